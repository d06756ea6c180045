import { screen, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Root } from 'react-dom/client';
import { bootInfoScript } from '../../src/app/boot-info';
import { startApp } from '../../src/app/start-app';
import { renderedPage } from '../render-page';
import { SEED_SLUG } from '../msw/sample-api';
import { server } from '../msw/server';
import { seed } from '../seed';

let root: Root | undefined;
beforeAll(() => {
  // startApp renders outside Testing Library's render(), so tell React these tests use act().
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});
afterEach(() => {
  vi.useRealTimers();
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  window.history.replaceState(null, '', '/');
  server.events.removeAllListeners();
});

/** Puts a prerendered page into the document at its URL, as the browser receives it. */
async function loadPrerendered(renderPath: string, atPath = renderPath): Promise<HTMLElement> {
  const page = await renderedPage(renderPath);
  const boot = bootInfoScript({ path: page.path, modules: [], siteUrl: 'https://warta.example' });
  const doc = new DOMParser().parseFromString(`<div id="root">${page.html}</div>${page.state}${boot}`, 'text/html');
  document.body.replaceChildren(...doc.body.childNodes);
  window.history.replaceState(null, '', atPath);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  return container;
}

describe('a prerendered page', () => {
  it('holds the whole article before any script runs', async () => {
    const page = await renderedPage(`/post/read/${SEED_SLUG}`);
    expect(page.status).toBe(200);
    const doc = new DOMParser().parseFromString(page.html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe(seed.headline);
    expect(doc.querySelector('figcaption')?.textContent).toBe(seed.captionLine);
    expect(doc.querySelectorAll('aside li')).toHaveLength(10);
    expect(doc.body.textContent).toContain(seed.bodyLines.at(-1));
  });

  it('hydrates without a mismatch and without asking the API again, however old the build', async () => {
    const container = await loadPrerendered(`/post/read/${SEED_SLUG}`);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000);
    const headline = container.querySelector('h1');
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.url));
    await act(async () => {
      ({ root } = await startApp(container));
      await Promise.resolve();
    });
    // setup.ts fails the test on any console.error, which is how React reports a mismatch.
    expect(console.error).not.toHaveBeenCalled();
    // Hydration adopts the server's DOM rather than replacing it…
    expect(screen.getByRole('heading', { level: 1 })).toBe(headline);
    // …and then adds what only works with scripts.
    expect(await screen.findByRole('button', { name: 'Salin tautan' })).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('goes on as the single-page app: a related link opens in the app', async () => {
    const container = await loadPrerendered(`/post/read/${SEED_SLUG}`);
    await act(async () => {
      ({ root } = await startApp(container));
      await Promise.resolve();
    });
    const aside = screen.getByRole('complementary', { name: 'Berita Terkait' });
    const next = seed.relatedHeadlines[0] ?? '';
    await act(async () => {
      within(aside).getByRole('link', { name: next }).click();
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: next })).toBeInTheDocument();
  });

  it('renders afresh, not hydrates, when 404.html answers another path', async () => {
    const container = await loadPrerendered('/404', `/post/read/${SEED_SLUG}`);
    expect(container.textContent).toContain('Halaman tidak ditemukan');
    let hydrated = true;
    await act(async () => {
      ({ root, hydrated } = await startApp(container));
      await Promise.resolve();
    });
    expect(hydrated).toBe(false);
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
  });

  it('answers an unknown article with the not-found page and status 404', async () => {
    const page = await renderedPage('/post/read/tidak-ada');
    expect(page.status).toBe(404);
    expect(page.head).toContain('<meta name="robots" content="noindex">');
    expect(page.html).toContain('Halaman tidak ditemukan');
  });
});
