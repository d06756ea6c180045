/**
 * The one way the reader talks to the JSON API: base URL, timeout, abort, and parsing at the
 * boundary. Every failure becomes an ApiError with a kind the views can explain.
 */
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

interface GetJsonOptions {
  /** react-query's signal: aborted when nobody needs the answer any more. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function getJson<const S extends v.GenericSchema>(
  path: string,
  schema: S,
  { signal, timeoutMs = site.requestTimeoutMs }: GetJsonOptions = {},
): Promise<v.InferOutput<S>> {
  const url = apiUrl(path);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new ApiError('timeout', url));
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
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
