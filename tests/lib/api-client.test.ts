import { delay, http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { ApiError, getJson, retryDelay, shouldRetry } from '../../src/lib/api-client';
import { server } from '../msw/server';

const Schema = v.object({ headline: v.string() });
/** The app's query client: it brings the schemas' loader (its parser) and the browser's fetch. */
const client = createQueryClient();

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('getJson', () => {
  it('returns the parsed payload and asks for JSON', async () => {
    let accept: string | null = null;
    server.use(
      http.get('*/api/ok.json', ({ request }) => {
        accept = request.headers.get('accept');
        return HttpResponse.json({ headline: 'Halo', extra: 'dibuang' });
      }),
    );
    await expect(getJson('ok.json', () => Schema, { client })).resolves.toEqual({ headline: 'Halo' });
    expect(accept).toBe('application/json');
  });

  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [500, 'http'],
    [503, 'http'],
  ] as const)('turns status %i into a %s error', async (status, kind) => {
    server.use(http.get('*/api/x.json', () => new HttpResponse(null, { status })));
    const error = await failureOf(getJson('x.json', () => Schema, { client }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind, status });
  });

  it('calls a body that is not JSON invalid', async () => {
    server.use(http.get('*/api/x.json', () => HttpResponse.text('<!doctype html><p>Halo')));
    expect(await failureOf(getJson('x.json', () => Schema, { client }))).toMatchObject({ kind: 'invalid' });
  });

  it('calls a payload that does not match the schema invalid, naming the field', async () => {
    server.use(http.get('*/api/x.json', () => HttpResponse.json({ headline: 42 })));
    const error = await failureOf(getJson('x.json', () => Schema, { client }));
    expect(error).toMatchObject({ kind: 'invalid' });
    expect(String(error)).toContain('headline');
  });

  it('calls a refused connection a network error', async () => {
    server.use(http.get('*/api/x.json', () => HttpResponse.error()));
    expect(await failureOf(getJson('x.json', () => Schema, { client }))).toMatchObject({ kind: 'network' });
  });

  it('gives up on a server that never answers, and says it timed out', async () => {
    server.use(
      http.get('*/api/x.json', async () => {
        await delay('infinite');
        return HttpResponse.json({ headline: 'terlambat' });
      }),
    );
    expect(await failureOf(getJson('x.json', () => Schema, { client, timeoutMs: 50 }))).toMatchObject({ kind: 'timeout' });
  });

  it('lets a request its caller aborted end as an abort, not as an error to show', async () => {
    server.use(
      http.get('*/api/x.json', async () => {
        await delay('infinite');
        return HttpResponse.json({ headline: 'terlambat' });
      }),
    );
    const controller = new AbortController();
    const request = getJson('x.json', () => Schema, { client, signal: controller.signal });
    controller.abort();
    const error = await failureOf(request);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('shouldRetry', () => {
  const url = '/api/x.json';
  it.each([
    ['a 404', new ApiError('not-found', url, 404), false],
    ['a bad payload', new ApiError('invalid', url, 200), false],
    ['a 400', new ApiError('http', url, 400), false],
    ['a 500', new ApiError('http', url, 500), true],
    ['a 429', new ApiError('http', url, 429), true],
    ['a network failure', new ApiError('network', url), true],
    ['a timeout (the reader has waited long enough)', new ApiError('timeout', url), false],
    ['a bug in our code', new TypeError('x is undefined'), false],
  ])('retries %s: %s', (_, error, expected) => {
    expect(shouldRetry(0, error)).toBe(expected);
  });

  it('stops after two retries', () => {
    const error = new ApiError('http', url, 503);
    expect([0, 1, 2, 3].map((count) => shouldRetry(count, error))).toEqual([true, true, false, false]);
  });

  it('waits longer each time, never more than 8 seconds', () => {
    expect([0, 1, 2, 3, 10].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });
});
