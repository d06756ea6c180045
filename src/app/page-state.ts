/**
 * The data a prerendered page was rendered with, handed to the browser in a non-executing
 * <script type="application/json"> element (allowed by a CSP without 'unsafe-inline'): each query's
 * key and data, nothing else. It rides in every page's first round trip, so it carries none of the
 * query cache's bookkeeping (timestamps, counters, error fields) that TanStack Query's dehydrate
 * would add: the browser seeds its cache with the data as received now.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { jsonScript, readJsonScript } from '../lib/serialise-for-script';

export const PAGE_STATE_ID = 'warta-state';

export interface PageState {
  /** The path the HTML was rendered for: a 404.html served at another path is not hydrated. */
  path: string;
  queries: { key: QueryKey; data: unknown }[];
}

/** Every query that has data, as the page was rendered with it. */
export function pageStateOf(path: string, queryClient: QueryClient): PageState {
  const queries = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    .map((query) => ({ key: query.queryKey, data: query.state.data }));
  return { path, queries };
}

export function pageStateScript(state: PageState): string {
  return jsonScript(PAGE_STATE_ID, state);
}

/** The page's state, or null when the page has none that can be read. */
export function readPageState(doc: Document): PageState | null {
  const state = readJsonScript(doc, PAGE_STATE_ID) as Partial<PageState> | undefined;
  if (typeof state?.path !== 'string' || !Array.isArray(state.queries)) return null;
  return { path: state.path, queries: state.queries.filter((query) => Array.isArray(query.key)) };
}

/**
 * Puts the page's data into the cache, as fresh as the page: it arrived with the HTML just now,
 * however long ago the page was built. Without this, every prerendered page would fetch its own
 * JSON again on load, costing a weak connection bytes and risking text changing under the reader.
 */
export function seedQueryCache(queryClient: QueryClient, state: PageState): void {
  for (const { key, data } of state.queries) queryClient.setQueryData(key, data);
}
