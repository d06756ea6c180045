import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { nextPageOf } from '../../../content/paged-list';
import { getJson } from '../../../lib/api-client';

/** The latest stories from a page on, one page of 20 at a time ("Muat lebih banyak"). */
export const latestPagesQueryOptions = (firstPage = 1) =>
  infiniteQueryOptions({
    queryKey: ['latest', firstPage],
    queryFn: ({ client, pageParam, signal }) => getJson(apiPaths.latest(pageParam), (schemas) => schemas.TeaserListSchema, { client, signal }),
    initialPageParam: firstPage,
    getNextPageParam: nextPageOf,
  });
