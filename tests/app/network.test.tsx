import { onlineManager } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary';
import { apiUrl, SEED_SLUG, sampleArticle } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const SEED_PATH = `/post/read/${SEED_SLUG}`;
const ARTICLE = apiUrl(`articles/${SEED_SLUG}.json`);

function setOnline(online: boolean) {
  act(() => {
    Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'onLine');
  onlineManager.setOnline(true);
  server.events.removeAllListeners();
});

describe('a server that never answers', () => {
  it('is given up on after 8 seconds: the request is aborted and the error view says why', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let aborted = false;
    server.use(
      http.get(ARTICLE, async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aborted = true;
        });
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderApp(SEED_PATH);
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(screen.getByText('Memuat artikel…')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(7_900));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(200));
    // Let the abort settle and react-query (which batches on timers) tell the view.
    await act(() => vi.advanceTimersByTimeAsync(50));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Server terlalu lama menjawab.');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeEnabled();
    expect(aborted).toBe(true);
  });
});

describe('offline', () => {
  it('says a new article waits for the connection, and loads it by itself when it returns', async () => {
    const { user } = renderApp('/');
    await screen.findAllByRole('article');
    setOnline(false);
    await user.click(screen.getByRole('link', { name: seed.headline }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Perangkat Anda sedang luring' })).toBeInTheDocument();
    setOnline(true);
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
  });

  it('keeps an article already read readable', async () => {
    const { user } = renderApp(SEED_PATH);
    await screen.findByRole('heading', { level: 1, name: seed.headline });
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await screen.findAllByRole('article');
    setOnline(false);
    await user.click(screen.getByRole('link', { name: seed.headline }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
    expect(screen.getByText(/dimilikinya\./)).toBeInTheDocument();
  });
});

describe('opening article A (slow), then B (fast)', () => {
  it('only ever shows B, and aborts A’s request', async () => {
    const a = seed.relatedHeadlines[0] ?? '';
    let releaseA = () => {};
    let aAborted = false;
    let aAnswered = false;
    server.use(
      http.get(apiUrl('articles/dpr-sahkan-uu-ekstradisi-ri-rusia.json'), async ({ request }) => {
        request.signal.addEventListener('abort', () => {
          aAborted = true;
        });
        await new Promise<void>((resolve) => {
          releaseA = resolve;
        });
        aAnswered = true;
        return HttpResponse.json({ ...sampleArticle('dpr-sahkan-uu-ekstradisi-ri-rusia'), headline: 'A yang terlambat' });
      }),
    );
    const { user } = renderApp('/');
    await screen.findAllByRole('article');
    await user.click(screen.getByRole('link', { name: a }));
    expect(await screen.findByText('Memuat artikel…')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await user.click(await screen.findByRole('link', { name: seed.headline }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
    await vi.waitFor(() => expect(aAborted).toBe(true));
    releaseA();
    // A's answer reaches its aborted request, and is dropped there.
    await vi.waitFor(() => expect(aAnswered).toBe(true));
    await act(() => Promise.resolve());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(seed.headline);
    expect(screen.queryByText('A yang terlambat')).not.toBeInTheDocument();
  });
});

describe('a part of the page that fails', () => {
  it('loses only the share bar: the article stays and the link is still there to copy', async () => {
    // React reports what a boundary caught with console.error; here that is expected.
    vi.mocked(console.error).mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      get() {
        throw new Error('a broken share polyfill');
      },
    });
    try {
      renderApp(SEED_PATH);
      const article = await screen.findByRole('article', { name: seed.headline });
      expect(within(article).getByText(/Tombol berbagi tidak dapat ditampilkan/)).toHaveTextContent(`https://warta.example${SEED_PATH}`);
      expect(within(article).getByText(/dimilikinya\./)).toBeInTheDocument();
      expect(await screen.findByRole('complementary', { name: 'Berita Terkait' })).toBeInTheDocument();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('failed and was replaced'), expect.any(Error), expect.any(String));
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('is replaced by its fallback while its neighbours render', () => {
    vi.mocked(console.error).mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('rusak');
    }
    render(
      <div>
        <p>Artikel tetap</p>
        <ErrorBoundary fallback={<p>Bagian ini tidak dapat ditampilkan</p>}>
          <Broken />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByText('Artikel tetap')).toBeInTheDocument();
    expect(screen.getByText('Bagian ini tidak dapat ditampilkan')).toBeInTheDocument();
  });
});
