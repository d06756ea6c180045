import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { nextPageOf } from '../../../content/paged-list';
import { TeaserListSchema } from '../../../content/schema';
import { getJson } from '../../../lib/api-client';

/** A category's stories from a page on, 20 at a time. An unknown category answers 404. */
export const categoryPagesQueryOptions = (slug: string, firstPage = 1) =>
  infiniteQueryOptions({
    queryKey: ['category', slug, firstPage],
    queryFn: ({ client, pageParam, signal }) => getJson(apiPaths.category(slug, pageParam), TeaserListSchema, { client, signal }),
    initialPageParam: firstPage,
    getNextPageParam: nextPageOf,
  });
