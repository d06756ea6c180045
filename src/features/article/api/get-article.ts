import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { getJson } from '../../../lib/api-client';

export const articleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ client, signal }) => getJson(apiPaths.article(slug), (schemas) => schemas.ArticleSchema, { client, signal }),
  });
