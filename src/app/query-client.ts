import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { attachContentFetcher, attachSchemas, retryDelay, shouldRetry, type ContentFetcher } from '../lib/api-client';

/**
 * The reader's schemas, loaded with the first fetch that needs them: a prerendered page hydrates with
 * the data it was rendered with, so none needs them before the reader goes on (see SchemaLoader).
 */
const loadSchemas = () => import('../content/schema');

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

/** Articles nobody is looking at that the cache keeps, newest first; older ones are let go. */
export const KEPT_ARTICLES = 30;

/**
 * React Query forgets an unused query after gcTime (5 minutes); a reader who opens a hundred
 * articles in a row would hold all hundred until then. This keeps the most recent few instead,
 * so memory stays flat however long the reading session.
 */
function keepRecentArticles(queryClient: QueryClient): void {
  const cache = queryClient.getQueryCache();
  cache.subscribe((event) => {
    // When a page stops using a query, or new data arrives.
    const relevant = event.type === 'observerRemoved' || (event.type === 'updated' && event.action.type === 'success');
    if (!relevant) return;
    for (const queryKey of [['article'], ['related']]) {
      const idle = cache
        .findAll({ queryKey })
        .filter((query) => query.getObserversCount() === 0 && query.state.status === 'success' && query.state.fetchStatus === 'idle')
        .sort((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
      for (const query of idle.slice(KEPT_ARTICLES)) cache.remove(query);
    }
  });
}

/**
 * The app's query client: the defaults above (`overrides` for a test's or a render's own), reading
 * its content through `fetcher` (the browser's fetch of the API by default; see ContentFetcher) and
 * parsing it with the reader's schemas.
 */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}, fetcher?: ContentFetcher): QueryClient {
  const queryClient = new QueryClient({ defaultOptions: { queries: { ...queryDefaults.queries, ...overrides } } });
  if (fetcher) attachContentFetcher(queryClient, fetcher);
  attachSchemas(queryClient, loadSchemas);
  keepRecentArticles(queryClient);
  return queryClient;
}
