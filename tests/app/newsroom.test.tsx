import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gate } from '../msw/gate';
import { apiHandlers, apiUrl, generatedApi, SEED_SLUG, sampleJson } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

afterEach(() => {
  server.events.removeAllListeners();
});

function requestsTo(prefix: string): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(prefix)) seen.push(pathname);
  });
  return seen;
}

describe('the header', () => {
  it('names Warta, lists every category and has a search box, on every page', async () => {
    renderApp('/tidak/ada');
    const banner = screen.getByRole('banner');
    const nav = within(banner).getByRole('navigation', { name: 'Navigasi utama' });
    expect(await within(nav).findByRole('link', { name: 'Dunia' })).toHaveAttribute('href', '/kategori/dunia');
    expect(within(nav).getByRole('link', { name: 'Nasional' })).toHaveAttribute('href', '/kategori/nasional');
    expect(within(nav).getByRole('link', { name: 'Beranda' })).toHaveAttribute('href', '/');
    expect(within(banner).getByRole('searchbox', { name: 'Cari berita' })).toBeInTheDocument();
  });
});

describe('home, 20 stories at a time', () => {
  it('appends the next page with "Muat lebih banyak", moves focus to the first new story and says how many came', async () => {
    const { files } = generatedApi(45);
    server.use(...apiHandlers(files));
    const { user } = renderApp('/');
    const main = screen.getByRole('main');
    expect(await within(main).findAllByRole('article')).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(main).getAllByRole('article')).toHaveLength(40));
    const stories = within(main).getAllByRole('article');
    expect(within(stories[20] ?? main).getByRole('link')).toHaveFocus();
    expect(screen.getByText('20 berita lagi dimuat')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(main).getAllByRole('article')).toHaveLength(45));
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    const dates = within(main)
      .getAllByRole('article')
      .map((story) => Date.parse(story.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('has a page of its own for each further page, /halaman/N', async () => {
    const { files } = generatedApi(45);
    server.use(...apiHandlers(files));
    renderApp('/halaman/2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita Terkini — Halaman 2' })).toBeInTheDocument();
    expect(await within(screen.getByRole('main')).findAllByRole('article')).toHaveLength(20);
    await waitFor(() => expect(document.title).toBe('Berita Terkini — Halaman 2 | Warta'));
  });

  it.each(['/halaman/0', '/halaman/abc', '/halaman/99'])('answers %s with not-found', async (path) => {
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});

describe('a category', () => {
  it('has its name as the h1 and only its stories, with the same paging', async () => {
    const { files, content } = generatedApi(600);
    server.use(...apiHandlers(files));
    const inCategory = content.articles.filter((article) => article.category === 'ekonomi').length;
    expect(inCategory).toBeGreaterThan(20);
    const { user } = renderApp('/kategori/ekonomi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ekonomi' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(await within(main).findAllByRole('article')).toHaveLength(20);
    const slugs = new Set(content.articles.filter((article) => article.category === 'ekonomi').map((article) => `/post/read/${article.slug}`));
    for (const link of within(main).getAllByRole('link')) {
      if (link.getAttribute('href')?.startsWith('/post/read/')) expect(slugs.has(link.getAttribute('href') ?? '')).toBe(true);
    }
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(main).getAllByRole('article')).toHaveLength(Math.min(40, inCategory)));
    expect(document.title).toBe('Ekonomi | Warta');
  });

  it('is reached from an article’s category', async () => {
    const { user } = renderApp(`/post/read/${SEED_SLUG}`);
    const article = await screen.findByRole('article', { name: seed.headline });
    await user.click(within(article).getByRole('link', { name: 'Dunia' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dunia' })).toBeInTheDocument();
    expect(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline })).toBeInTheDocument();
  });

  it('is not found when it does not exist', async () => {
    renderApp('/kategori/tidak-ada');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });

  it('is not fetched when its slug cannot be one', async () => {
    const requests = requestsTo('/api/categories/');
    renderApp('/kategori/Bukan_Kategori');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});

describe('search', () => {
  it.each([
    ['korut', seed.headline],
    ['KORUT', seed.headline],
    ['brandli', seed.headline],
    ['Brändli', seed.headline],
    ['kamch', 'Otoritas Kamchatka Umumkan Pencabutan Peringatan Tsunami'],
    ['ekstradisi rusia', 'DPR Sahkan UU Ekstradisi RI-Rusia'],
  ])('finds a story for «%s», folding case and accents and matching prefixes', async (query, headline) => {
    renderApp(`/cari?q=${encodeURIComponent(query)}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Hasil untuk «${query}»` })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: headline })).toHaveAttribute('href', expect.stringMatching(/^\/post\/read\//));
  });

  it('finds a word that is only in a story’s body, and shows the words around it with the match marked', async () => {
    renderApp('/cari?q=Buryat');
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: seed.headline })).toBeInTheDocument();
    expect(within(main).getAllByRole('listitem')).toHaveLength(1);
    const marked = main.querySelector('li mark');
    expect(marked).toHaveTextContent(/^Buryat[,.]?$/);
    expect(marked?.closest('p')).toHaveTextContent(/batalion khusus Buryat/);
  });

  it.each(['belot', 'pembelotan', 'MEMBELOT'])('finds a word’s Indonesian forms: «%s» finds the story of "membelot"', async (query) => {
    renderApp(`/cari?q=${query}`);
    expect(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline })).toBeInTheDocument();
  });

  it('shows a query that holds markup as the words it is', async () => {
    renderApp(`/cari?q=${encodeURIComponent('<b>korut</b>')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil untuk «<b>korut</b>»' })).toBeInTheDocument();
    expect(document.querySelector('main b')).toBeNull();
  });

  it('says when nothing matches, and keeps the query in its one box', async () => {
    renderApp('/cari?q=zzqqxx');
    // The query is its own (isolated) element inside the sentence: match the sentence whole.
    expect(await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent === 'Tidak ada hasil untuk «zzqqxx»')).toBeInTheDocument();
    const boxes = screen.getAllByRole('searchbox', { name: 'Cari berita' });
    expect(boxes).toHaveLength(1);
    expect(within(screen.getByRole('main')).getByRole('searchbox')).toHaveValue('zzqqxx');
  });

  it('runs from the header, keeping the query in the address', async () => {
    const { user } = renderApp(`/post/read/${SEED_SLUG}`);
    await screen.findByRole('article', { name: seed.headline });
    const box = within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Cari berita' });
    await user.type(box, 'tsunami{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil untuk «tsunami»' })).toBeInTheDocument();
    // Every word of every story: the two with it in their headline first, then the one with it in its body.
    expect(await screen.findByText('3 berita ditemukan')).toBeInTheDocument();
    const headlines = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headlines.slice(0, 2).sort()).toEqual(['Otoritas Kamchatka Umumkan Pencabutan Peringatan Tsunami', 'Peringatan Tsunami Terdengar, Pekerja Pembangkit Fukushima Jepang Segera Dievakuasi']);
    expect(headlines[2]).toBe('Contoh: Semua Jenis Blok dalam Satu Artikel Warta');
  });

  it('shows ten results at a time, fetching only their data; "Muat lebih banyak" appends the next and moves focus to the first of them', async () => {
    const fragments = requestsTo('/pagefind/fragment/');
    // Every sample story's picture is a "gambar pengganti".
    const { user } = renderApp('/cari?q=pengganti');
    const main = screen.getByRole('main');
    expect(await within(main).findByText('12 berita ditemukan')).toBeInTheDocument();
    expect(within(main).getAllByRole('heading', { level: 2 })).toHaveLength(10);
    expect(fragments).toHaveLength(10);
    await user.click(within(main).getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(main).getAllByRole('heading', { level: 2 })).toHaveLength(12));
    expect(fragments).toHaveLength(12);
    expect(document.activeElement).toBe(within(main).getAllByRole('heading', { level: 2 })[10]?.querySelector('a'));
    expect(screen.getByText('2 berita lagi dimuat')).toBeInTheDocument();
    expect(within(main).queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('loads its engine and index only when search is used', async () => {
    const requests = requestsTo('/pagefind/');
    const { user } = renderApp('/');
    await within(screen.getByRole('main')).findAllByRole('article');
    expect(requests).toEqual([]);
    await user.click(within(screen.getByRole('banner')).getByRole('searchbox'));
    // The index's entry and the Indonesian WebAssembly, before a word is typed; no result yet.
    await waitFor(() => expect(requests).toEqual(expect.arrayContaining(['/pagefind/pagefind-entry.json', '/pagefind/wasm.id.pagefind'])));
    expect(requests.filter((request) => request.startsWith('/pagefind/fragment/'))).toEqual([]);
  });
});

describe('instant navigation', () => {
  it('fetches an article and its related list when its link is hovered, so the click shows both at once', async () => {
    const articleRequests = requestsTo(`/api/articles/${SEED_SLUG}.json`);
    const relatedRequests = requestsTo(`/api/related/${SEED_SLUG}.json`);
    const { user, queryClient } = renderApp('/');
    const link = await within(screen.getByRole('main')).findByRole('link', { name: seed.headline });
    await user.hover(link);
    await waitFor(() => expect(relatedRequests).toHaveLength(1));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    await user.click(link);
    expect(screen.getByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
    const related = screen.getByRole('complementary', { name: 'Berita Terkait' });
    expect(within(related).getByRole('link', { name: seed.relatedHeadlines[0] })).toBeInTheDocument();
    expect(articleRequests).toHaveLength(1);
    expect(relatedRequests).toHaveLength(1);
  });

  it('does not fetch again a story the open page already shows as failed', async () => {
    // The seed fails once the reader has opened it; another story answers later still, so the seed,
    // hovered again, waits in the queue behind it.
    const seedAnswer = gate();
    const otherAnswer = gate();
    server.use(
      http.get(apiUrl(`articles/${SEED_SLUG}.json`), async () => {
        await seedAnswer.passed;
        return new HttpResponse('bukan JSON', { headers: { 'Content-Type': 'application/json' } });
      }),
      http.get(apiUrl('articles/:slug'), async () => {
        await otherAnswer.passed;
        return HttpResponse.json({});
      }),
    );
    const requests = requestsTo(`/api/articles/${SEED_SLUG}.json`);
    const { user, queryClient } = renderApp('/');
    const main = screen.getByRole('main');
    const seedLink = await within(main).findByRole('link', { name: seed.headline });
    await user.hover(seedLink);
    await user.hover(within(main).getByRole('link', { name: seed.relatedHeadlines[0] }));
    await user.hover(seedLink);
    await user.click(seedLink);
    seedAnswer.open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Artikel tidak dapat dimuat' })).toBeInTheDocument();
    // The other story answers: the queue moves on, and must pass over the story the page shows.
    otherAnswer.open();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(screen.getByRole('heading', { level: 1, name: 'Artikel tidak dapat dimuat' })).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  it('fetches nothing ahead when the browser asks to save data', async () => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      const { user, queryClient } = renderApp('/');
      const link = await within(screen.getByRole('main')).findByRole('link', { name: seed.headline });
      await user.hover(link);
      // A fetch ahead starts in the hover's own task (the test above sees it): none was started.
      expect(queryClient.isFetching()).toBe(0);
      expect(queryClient.getQueryCache().findAll({ queryKey: ['article'] })).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'connection');
    }
  });

  it('fetches a story whose link stays in view, and stops watching links that have left the page', async () => {
    // jsdom has no IntersectionObserver: a stand-in that reports every link as in view at once.
    const watched = new Set<Element>();
    class InViewObserver {
      constructor(private readonly report: IntersectionObserverCallback) {}
      observe(element: Element) {
        watched.add(element);
        this.report([{ target: element, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      }
      unobserve(element: Element) {
        watched.delete(element);
      }
      disconnect() {
        watched.clear();
      }
    }
    vi.stubGlobal('IntersectionObserver', InViewObserver);
    try {
      const requests = requestsTo('/api/articles/');
      const { user } = renderApp('/');
      await within(screen.getByRole('main')).findByRole('link', { name: seed.headline });
      await waitFor(() => expect(requests.length).toBeGreaterThan(0));
      await user.click(within(screen.getByRole('main')).getByRole('link', { name: seed.headline }));
      await screen.findByRole('heading', { level: 1, name: seed.headline });
      // Only links still in the document are watched: the home page's are let go.
      expect(watched.size).toBeGreaterThan(0);
      for (const element of watched) expect(document.contains(element)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('moves focus to the new page’s h1 and announces it', async () => {
    const { user } = renderApp('/');
    await user.click(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline }));
    const heading = await screen.findByRole('heading', { level: 1, name: seed.headline });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(`Halaman dibuka: ${seed.headline}`)).toBeInTheDocument();
  });

  it('moves focus to the new page’s h1 and announces it however long its data takes, never the old page', async () => {
    const answer = gate();
    server.use(
      http.get(apiUrl(`articles/${SEED_SLUG}.json`), async () => {
        await answer.passed;
        return HttpResponse.json(sampleJson(`articles/${SEED_SLUG}.json`) as Record<string, unknown>);
      }),
    );
    const { user } = renderApp('/');
    await user.click(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline }));
    expect(await screen.findByText('Memuat artikel…')).toBeInTheDocument();
    // Ten seconds pass before the story arrives.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    vi.advanceTimersByTime(10_000);
    vi.useRealTimers();
    // Nothing is announced while the page has no heading: not the home page it came from.
    expect(document.body).not.toHaveTextContent(/Halaman dibuka/);
    answer.open();
    const heading = await screen.findByRole('heading', { level: 1, name: seed.headline });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(`Halaman dibuka: ${seed.headline}`)).toBeInTheDocument();
  });
});

describe('the navigation', () => {
  const nav = () => within(screen.getByRole('banner')).getByRole('navigation', { name: 'Navigasi utama' });

  it('marks the section of the article being read', async () => {
    renderApp(`/post/read/${SEED_SLUG}`);
    await screen.findByRole('heading', { level: 1, name: seed.headline });
    expect(within(nav()).getByRole('link', { name: 'Dunia' })).toHaveAttribute('aria-current', 'true');
    expect(within(nav()).getByRole('link', { name: 'Nasional' })).not.toHaveAttribute('aria-current');
    expect(within(nav()).getByRole('link', { name: 'Beranda' })).not.toHaveAttribute('aria-current');
  });

  it.each([
    ['/', 'Beranda'],
    ['/kategori/dunia', 'Dunia'],
  ])('marks %s as the page of its section', async (path, section) => {
    renderApp(path);
    expect(await within(nav()).findByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
  });
});
