import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../../../content/api-paths';
import { getJson } from '../../../lib/api-client';

export const categoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['categories'],
    queryFn: ({ client, signal }) => getJson(apiPaths.categories(), (schemas) => schemas.CategoryListSchema, { client, signal }),
    // The sections of a newsroom change with a redesign, not by the minute.
    staleTime: 60 * 60_000,
  });
