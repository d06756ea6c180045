/**
 * What a view that fetches shows, decided once for every page and section (#13): the state of its
 * query in, one view out. In order:
 * - ready: there is data. What the reader already sees stays, even when a later refetch fails.
 * - not-found: the API answered 404 or 410 (an ApiError of kind not-found).
 * - offline: the query is paused, waiting for the connection; it runs by itself when it returns.
 * - error: it failed otherwise (lib/failure.ts names how, for the words).
 * - loading: nothing yet.
 */
import type { FetchStatus } from '@tanstack/react-query';
import { isNotFound } from './api-client';

export type QueryView<T> =
  | { kind: 'ready'; data: T }
  /** A page shows "Halaman tidak ditemukan"; a section says so with its error. */
  | { kind: 'not-found'; error: unknown }
  | { kind: 'offline' }
  | { kind: 'error'; error: unknown }
  | { kind: 'loading' };

/** The part of a query's state (useQuery's or useInfiniteQuery's result) that decides its view. */
export interface QueryStateLike<T> {
  data: T | undefined;
  error: unknown;
  fetchStatus: FetchStatus;
}

export function viewOf<T>({ data, error, fetchStatus }: QueryStateLike<T>): QueryView<T> {
  if (data !== undefined) return { kind: 'ready', data };
  if (isNotFound(error)) return { kind: 'not-found', error };
  if (fetchStatus === 'paused') return { kind: 'offline' };
  if (error) return { kind: 'error', error };
  return { kind: 'loading' };
}
