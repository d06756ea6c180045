/**
 * The one way the reader talks to the JSON API: base URL, timeout, abort, and parsing at the
 * boundary. Every failure becomes an ApiError with a kind the views can explain.
 *
 * Where the JSON comes from is a content fetcher, passed in with the query client: the browser's
 * fetch of the API's URL by default; the prerender reads the built files; a server fetches its
 * content service; a test serves what it likes. No global is ever replaced to do it.
 */
import type { QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { site } from '../config/site';

export type ApiErrorKind = 'not-found' | 'http' | 'timeout' | 'network' | 'invalid';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    readonly status?: number,
    detail?: string,
  ) {
    super(`${kind}${status === undefined ? '' : ` ${status}`}: ${url}${detail ? ` (${detail})` : ''}`);
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'not-found';
}

export const MAX_RETRIES = 2;

/**
 * A flaky network or a 5xx may get better by asking again; a 404 or a bad payload will not. Nor is
 * a server that did not answer in 8 seconds asked twice more: the reader would wait half a
 * minute. The error view's "Coba lagi" is theirs to press.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'http') return error.status === undefined || error.status >= 500 || error.status === 429;
  return error.kind === 'network';
}

/** 1 s, 2 s, 4 s … capped at 8 s. */
export function retryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 8000);
}

export function apiUrl(path: string): string {
  return `${site.apiBaseUrl}/${path.replace(/^\/+/, '')}`;
}

/**
 * A source of the content API: a path under the API ("articles/<slug>.json") in, its HTTP response
 * out (404 for a path it does not have). Rejects only when the source cannot be reached.
 */
export type ContentFetcher = (path: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

/** The browser's (and a test's, through MSW): fetch the path under VITE_API_BASE_URL. */
export const fetchFromApi: ContentFetcher = (path, init) => fetch(apiUrl(path), init);

const fetchers = new WeakMap<QueryClient, ContentFetcher>();

/** Every query of `queryClient` reads the content through `fetcher` (see ContentFetcher). */
export function attachContentFetcher(queryClient: QueryClient, fetcher: ContentFetcher): void {
  fetchers.set(queryClient, fetcher);
}

interface GetJsonOptions {
  /** The query client whose content fetcher to use (a query function's own `client`); fetchFromApi without one. */
  client?: QueryClient;
  /** react-query's signal: aborted when nobody needs the answer any more. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * The JSON at `path` under the content API, parsed with `schema`. Throws an ApiError: not-found
 * (404, 410), http (any other failing status), timeout (no answer within `timeoutMs`, 8 s by
 * default), network (unreachable) or invalid (not JSON, or not what the schema accepts).
 */
export async function getJson<const S extends v.GenericSchema>(
  path: string,
  schema: S,
  { client, signal, timeoutMs = site.requestTimeoutMs }: GetJsonOptions = {},
): Promise<v.InferOutput<S>> {
  const url = apiUrl(path);
  const fetcher = (client && fetchers.get(client)) ?? fetchFromApi;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new ApiError('timeout', url));
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const response = await fetcher(path, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (response.status === 404 || response.status === 410) throw new ApiError('not-found', url, response.status);
    if (!response.ok) throw new ApiError('http', url, response.status);
    let data: unknown;
    try {
      data = await response.json();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      throw new ApiError('invalid', url, response.status, 'not JSON');
    }
    const result = v.safeParse(schema, data);
    if (!result.success) {
      const [first] = result.issues;
      throw new ApiError('invalid', url, response.status, `${v.getDotPath(first) ?? '(root)'}: ${first.message}`);
    }
    return result.output;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const reason: unknown = controller.signal.reason;
    if (reason instanceof ApiError) throw reason;
    if (signal?.aborted) throw error;
    throw new ApiError('network', url, undefined, error instanceof Error ? error.message : undefined);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
