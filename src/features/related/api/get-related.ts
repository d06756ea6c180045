import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { TeaserListSchema } from '../../../content/schema';
import { getJson } from '../../../lib/api-client';

export const relatedQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['related', slug],
    queryFn: ({ client, signal }) => getJson(apiPaths.related(slug), TeaserListSchema, { client, signal }),
  });
