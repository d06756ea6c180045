import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../lib/api-client';

export const queryDefaults = {
  queries: {
    retry: shouldRetry,
    retryDelay,
    // News changes, but not by the second: a story read a minute ago is shown from the cache,
    // so Back is instant and a weak connection is not asked twice.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { ...queryDefaults.queries, ...overrides } } });
}
