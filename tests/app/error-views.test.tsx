/**
 * Every view that fetches says what happened, the same way (lib/failure.ts), and offers "Coba
 * lagi" (#12): the article, "Berita Terkait", a list and search, each with a missing file, a
 * server error, bad data and a failed connection.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id';
import type { FailureKind } from '../../src/lib/failure';
import { apiUrl, SEED_SLUG } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const failures: [string, () => Response, FailureKind][] = [
  ['a missing file (404)', () => new HttpResponse(null, { status: 404 }), 'not-found'],
  ['a server error (503)', () => new HttpResponse(null, { status: 503 }), 'server'],
  ['data that is not JSON', () => new HttpResponse('<!doctype html>', { headers: { 'Content-Type': 'application/json' } }), 'invalid'],
  ['a connection that fails', () => HttpResponse.error(), 'network'],
];

/** The view's alert: its message is the one for this kind of failure, and "Coba lagi" is there. */
function expectFailureView(within: HTMLElement, kind: FailureKind) {
  expect(within).toHaveTextContent(id.failure[kind]);
  expect(within.querySelector('button')).toHaveTextContent(id.error.retry);
}

describe('"Berita Terkait" that cannot be loaded', () => {
  it.each(failures)('after %s says so, and offers "Coba lagi"', async (_, respond, kind) => {
    server.use(http.get(apiUrl(`related/${SEED_SLUG}.json`), respond));
    renderApp(`/post/read/${SEED_SLUG}`);
    const aside = await screen.findByRole('complementary', { name: 'Berita Terkait' });
    expectFailureView(await within(aside).findByRole('alert'), kind);
    // The article itself is all there.
    expect(screen.getByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
  });
});

describe('an article that cannot be loaded', () => {
  it.each(failures.filter(([, , kind]) => kind !== 'not-found'))('after %s says so, and offers "Coba lagi"', async (_, respond, kind) => {
    server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), respond));
    renderApp(`/post/read/${SEED_SLUG}`);
    expectFailureView(await screen.findByRole('alert'), kind);
  });
});

describe('a list that cannot be loaded', () => {
  it.each(failures.filter(([, , kind]) => kind !== 'not-found'))('after %s says so, and offers "Coba lagi"', async (_, respond, kind) => {
    server.use(http.get(apiUrl('categories/dunia/1.json'), respond));
    renderApp('/kategori/dunia');
    expectFailureView(await screen.findByRole('alert'), kind);
  });
});

describe('search that cannot be loaded', () => {
  it.each(failures)('after %s says so, and offers "Coba lagi"', async (_, respond, kind) => {
    server.use(http.get('*/pagefind/pagefind-entry.json', respond));
    renderApp('/cari?q=korut');
    expectFailureView(await screen.findByRole('alert'), kind);
  });
});
