import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { namedListPagesQueryOptions } from '../../../content/paged-list';
import { getJson } from '../../../lib/api-client';

/** A tag's stories from a page on, 20 at a time, newest first. An unknown tag answers 404. */
export const tagPagesQueryOptions = (slug: string, firstPage = 1) => namedListPagesQueryOptions('tag', slug, firstPage);

/** Every tag with a page (api/tags.json), by name: for the static build and the sitemap. */
export const tagsQueryOptions = () =>
  queryOptions({
    queryKey: ['tags'],
    queryFn: ({ client, signal }) => getJson(apiPaths.tags(), (schemas) => schemas.TagListSchema, { client, signal }),
  });
