import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id';
import { ApiError } from '../../src/lib/api-client';
import { failureOf, type FailureKind } from '../../src/lib/failure';

const url = '/api/related/x.json';

describe('failureOf: one name for each way a request fails', () => {
  it.each<[string, unknown, FailureKind]>([
    ['a missing file (404)', new ApiError('not-found', url, 404), 'not-found'],
    ['a removed one (410)', new ApiError('not-found', url, 410), 'not-found'],
    ['a server error (500)', new ApiError('http', url, 500), 'server'],
    ['a refusal (403)', new ApiError('http', url, 403), 'server'],
    ['too many requests (429)', new ApiError('http', url, 429), 'server'],
    ['a server that does not answer', new ApiError('timeout', url), 'timeout'],
    ['a payload that breaks the contract', new ApiError('invalid', url, 200, 'headline: required'), 'invalid'],
    ['a connection that fails', new ApiError('network', url), 'network'],
    ['anything else thrown', new TypeError('x is undefined'), 'unknown'],
  ])('%s', (_, error, kind) => {
    expect(failureOf(error, true)).toBe(kind);
  });

  it('calls any failure offline when the browser is offline: it will run again on reconnect', () => {
    expect(failureOf(new ApiError('not-found', url, 404), false)).toBe('offline');
    expect(failureOf(new ApiError('network', url), false)).toBe('offline');
  });

  it('has words for every kind, and only the connection kinds tell the reader to check their connection', () => {
    for (const kind of ['not-found', 'server', 'invalid', 'unknown'] as const) expect(id.failure[kind]).not.toMatch(/koneksi/i);
    for (const kind of ['offline', 'timeout', 'network'] as const) expect(id.failure[kind]).toMatch(/koneksi/i);
  });
});
