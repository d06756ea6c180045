import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { TeaserListSchema } from '../../../content/schema';
import { getJson } from '../../../lib/api-client';

export const latestQueryOptions = (page = 1) =>
  queryOptions({
    queryKey: ['latest', page],
    queryFn: ({ signal }) => getJson(apiPaths.latest(page), TeaserListSchema, { signal }),
  });
