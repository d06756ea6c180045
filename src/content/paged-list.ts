import { infiniteQueryOptions } from '@tanstack/react-query';
import { getJson } from '../lib/api-client';
import { apiPaths } from './api-paths';
import type { TeaserList } from './schema';

/** The page after this one, for useInfiniteQuery; none after the last. */
export function nextPageOf(last: TeaserList): number | undefined {
  return last.page < last.pageCount ? last.page + 1 : undefined;
}

/**
 * The stories of one named thing, a category's or a tag's (api/categories/<slug>/<page>.json,
 * api/tags/<slug>/<page>.json), from a page on, 20 at a time, newest first. An unknown one answers 404.
 */
export const namedListPagesQueryOptions = (kind: 'category' | 'tag', slug: string, firstPage = 1) =>
  infiniteQueryOptions({
    queryKey: [kind, slug, firstPage],
    queryFn: ({ client, pageParam, signal }) => getJson(apiPaths[kind](slug, pageParam), (schemas) => schemas.TeaserListSchema, { client, signal }),
    initialPageParam: firstPage,
    getNextPageParam: nextPageOf,
  });
