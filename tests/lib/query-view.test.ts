import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/lib/api-client';
import { viewOf } from '../../src/lib/query-view';

const url = '/api/articles/x.json';

describe('viewOf: one view for each state of a query', () => {
  it.each([
    ['data, even if a refetch failed', { data: 'berita', error: new ApiError('http', url, 500), fetchStatus: 'idle' as const }, { kind: 'ready', data: 'berita' }],
    ['data while refetching offline', { data: 'berita', error: null, fetchStatus: 'paused' as const }, { kind: 'ready', data: 'berita' }],
    ['a 404', { data: undefined, error: new ApiError('not-found', url, 404), fetchStatus: 'idle' as const }, { kind: 'not-found', error: new ApiError('not-found', url, 404) }],
    ['paused for the connection', { data: undefined, error: null, fetchStatus: 'paused' as const }, { kind: 'offline' }],
    ['a failure', { data: undefined, error: new ApiError('timeout', url), fetchStatus: 'idle' as const }, { kind: 'error', error: new ApiError('timeout', url) }],
    ['a failure while trying again', { data: undefined, error: new ApiError('http', url, 503), fetchStatus: 'fetching' as const }, { kind: 'error', error: new ApiError('http', url, 503) }],
    ['nothing yet', { data: undefined, error: null, fetchStatus: 'fetching' as const }, { kind: 'loading' }],
  ])('%s', (_, state, view) => {
    expect(viewOf<string>(state)).toEqual(view);
  });
});
