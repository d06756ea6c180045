import { namedListPagesQueryOptions } from '../../../content/paged-list';

/** A category's stories from a page on, 20 at a time. An unknown category answers 404. */
export const categoryPagesQueryOptions = (slug: string, firstPage = 1) => namedListPagesQueryOptions('category', slug, firstPage);
