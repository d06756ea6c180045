/**
 * The one way the reader talks to the JSON API: base URL, timeout, abort, and parsing at the
 * boundary. Every failure becomes an ApiError with a kind the views can explain.
 *
 * Where the JSON comes from is a content fetcher, passed in with the query client: the browser's
 * fetch of the API's URL by default; the prerender reads the built files; a server fetches its
 * content service; a test serves what it likes. No global is ever replaced to do it.
 */
import type { QueryClient } from '@tanstack/react-query';
import type * as v from 'valibot';
import { site } from '../config/site';
import type * as Schemas from '../content/schema';

/** Picks the schema a payload is parsed with from the reader's schemas (content/schema.ts), or gives its own. */
export type SchemaPick<S> = (schemas: typeof Schemas) => S;

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

/**
 * Loads the reader's schemas and valibot (content/schema.ts: a chunk of their own, about 4.7 kB gzip).
 * The app's query client brings its loader (createQueryClient), so that the dynamic import is the
 * app's: in the shared chunk, the bundler's helper for dynamic imports would move there with it, and
 * the boot script would import the whole shared chunk to use it.
 */
export type SchemaLoader = () => Promise<typeof Schemas>;

const schemaLoaders = new WeakMap<QueryClient, SchemaLoader>();

/** Every query of `queryClient` parses its payloads with the schemas `load` gives. */
export function attachSchemas(queryClient: QueryClient, load: SchemaLoader): void {
  schemaLoaders.set(queryClient, load);
}

/** Every query of `queryClient` reads the content through `fetcher` (see ContentFetcher). */
export function attachContentFetcher(queryClient: QueryClient, fetcher: ContentFetcher): void {
  fetchers.set(queryClient, fetcher);
}

interface GetJsonOptions {
  /** The query client (a query function's own `client`): its schemas, and its content fetcher (fetchFromApi without one). */
  client: QueryClient;
  /** react-query's signal: aborted when nobody needs the answer any more. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * The JSON at `path` under the content API, parsed with the schema `pick` chooses. Throws an ApiError: not-found
 * (404, 410), http (any other failing status), timeout (no answer within `timeoutMs`, 8 s by
 * default), network (unreachable) or invalid (not JSON, or not what the schema accepts).
 */
export async function getJson<const S extends v.GenericSchema>(
  path: string,
  pick: SchemaPick<S>,
  { client, signal, timeoutMs = site.requestTimeoutMs }: GetJsonOptions,
): Promise<v.InferOutput<S>> {
  const url = apiUrl(path);
  const fetcher = fetchers.get(client) ?? fetchFromApi;
  const load = schemaLoaders.get(client);
  if (!load) throw new Error(`getJson ${path}: the query client has no schemas (make it with createQueryClient)`);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new ApiError('timeout', url));
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  // The schemas load alongside the first fetch. Awaited below: a chunk that cannot load fails there
  // as the network does.
  const schemas = load();
  schemas.catch(() => undefined);
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
    const loaded = await schemas;
    const result = loaded.parseWith(pick(loaded), data);
    if ('issue' in result) throw new ApiError('invalid', url, response.status, result.issue);
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
