import { queryOptions } from '@tanstack/react-query';
import type { AsPlainObject } from 'minisearch';
import * as v from 'valibot';
import { apiPaths } from '../../../content/api-paths';
import { ApiError, apiUrl, getJson } from '../../../lib/api-client';
import { INDEX_OPTIONS } from '../model/search-options';

/** The top of MiniSearch's saved form; MiniSearch itself checks the rest as it loads. */
const SavedIndexSchema = v.looseObject({
  documentCount: v.number(),
  nextId: v.number(),
  serializationVersion: v.number(),
  index: v.array(v.unknown()),
});

/**
 * The search index and the library that reads it, fetched together the first time search is
 * used, and kept for the visit. Neither is part of any other page's JavaScript.
 */
export const searchIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['search-index'],
    queryFn: async ({ client, signal }) => {
      const [{ default: MiniSearch }, saved] = await Promise.all([
        import('minisearch'),
        getJson(apiPaths.searchIndex(), SavedIndexSchema, { client, signal }),
      ]);
      try {
        // Checked above at the top and by MiniSearch below: a malformed index throws here.
        return MiniSearch.loadJS(saved as unknown as AsPlainObject, INDEX_OPTIONS);
      } catch (error) {
        throw new ApiError('invalid', apiUrl(apiPaths.searchIndex()), 200, error instanceof Error ? error.message : undefined);
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
