import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { getJson } from '../../../lib/api-client';

export const relatedQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['related', slug],
    queryFn: ({ client, signal }) => getJson(apiPaths.related(slug), (schemas) => schemas.TeaserListSchema, { client, signal }),
  });
