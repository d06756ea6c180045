/**
 * The search page in the live mode (#18): the render server answers search (src/server/story-search.ts),
 * and the app asks it for each query's results (/api/search.json). The server's engine runs here over
 * the sample's content API with one more story; MSW is the network between them and the app.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configureSearch } from '../../src/config/site';
import { createStorySearch, type StorySearch } from '../../src/server/story-search';
import { apiHandlers, sampleApiWith, SEED_SLUG } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const WAPRES = "Ma'ruf Amin Salat Jum'at di Masjid Istiqlal";

let search: StorySearch;
beforeAll(async () => {
  const files = sampleApiWith([
    {
      slug: 'wapres-salat-jumat-di-istiqlal',
      headline: WAPRES,
      category: 'nasional',
      publishedAt: '2025-03-07T12:00:00+07:00',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wakil presiden membaca Qur’an bersama warga.' }] }],
    },
  ]);
  server.use(...apiHandlers(files));
  search = createStorySearch({ fetchContent: (apiPath, init) => fetch(`http://content.test/api/${apiPath}`, init), syncIntervalMs: 0, log: () => undefined });
  await search.ready;
  // The page the live server renders tells the app so (its boot info).
  configureSearch('server');
});

let searchRequests: string[] = [];
beforeEach(() => {
  searchRequests = [];
  server.use(http.get('*/api/search.json', ({ request }) => HttpResponse.json(search.search(new URL(request.url).searchParams.get('q') ?? ''))));
  server.events.on('request:start', ({ request }) => {
    const { pathname, search: query } = new URL(request.url);
    if (pathname.startsWith('/pagefind/') || pathname === '/api/search.json') searchRequests.push(`${pathname}${query}`);
  });
});
afterEach(() => {
  server.events.removeAllListeners();
});

describe('search on the live server', () => {
  it('finds a word that is only in a story’s body, and shows the words around it with the match marked', async () => {
    renderApp('/cari?q=Buryat');
    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: seed.headline })).toHaveAttribute('href', `/post/read/${SEED_SLUG}`);
    expect(within(main).getAllByRole('listitem')).toHaveLength(1);
    const marked = main.querySelector('li mark');
    expect(marked).toHaveTextContent(/^Buryat$/);
    expect(marked?.closest('p')).toHaveTextContent(/batalion khusus Buryat/);
    // A query costs the browser its results only: nothing of the static site's engine.
    expect(searchRequests).toEqual(['/api/search.json?q=Buryat']);
  });

  it.each(['belot', 'pembelotan', 'MEMBELOT'])('finds a word’s Indonesian forms: «%s» finds the story of "membelot"', async (query) => {
    renderApp(`/cari?q=${query}`);
    expect(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline })).toBeInTheDocument();
  });

  it.each(['Maruf', 'maruf', 'Ma’ruf', 'Jumat', "jum'at", 'Quran'])('folds spellings: «%s» finds "%s"', async (query) => {
    renderApp(`/cari?q=${encodeURIComponent(query)}`);
    expect(await within(screen.getByRole('main')).findByRole('link', { name: WAPRES })).toBeInTheDocument();
  });

  it('lists matches in the headline above a match in the body', async () => {
    renderApp('/cari?q=tsunami');
    expect(await screen.findByText('3 berita ditemukan')).toBeInTheDocument();
    const headlines = within(screen.getByRole('main')).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headlines.slice(0, 2).sort()).toEqual(['Otoritas Kamchatka Umumkan Pencabutan Peringatan Tsunami', 'Peringatan Tsunami Terdengar, Pekerja Pembangkit Fukushima Jepang Segera Dievakuasi']);
    expect(headlines[2]).toBe('Contoh: Semua Jenis Blok dalam Satu Artikel Warta');
  });

  it('shows a query that holds markup as the words it is', async () => {
    renderApp(`/cari?q=${encodeURIComponent('<b>korut</b>')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil untuk «<b>korut</b>»' })).toBeInTheDocument();
    await screen.findByText((_, element) => element?.tagName === 'P' && /^Tidak ada hasil untuk|berita ditemukan$/.test(element.textContent));
    expect(document.querySelector('main b')).toBeNull();
  });

  it('says when nothing matches', async () => {
    renderApp('/cari?q=zzqqxx');
    expect(await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent === 'Tidak ada hasil untuk «zzqqxx»')).toBeInTheDocument();
  });

  it('says in Indonesian when the server cannot search yet, and "Coba lagi" searches again', async () => {
    let unavailable = true;
    server.use(
      http.get('*/api/search.json', ({ request }) =>
        unavailable ? HttpResponse.json({ error: 'unavailable' }, { status: 503 }) : HttpResponse.json(search.search(new URL(request.url).searchParams.get('q') ?? '')),
      ),
    );
    const { user } = renderApp('/cari?q=belot');
    const retry = await screen.findByRole('button', { name: 'Coba lagi' }, { timeout: 15_000 });
    expect(screen.getByText('Pencarian tidak dapat dimuat.')).toBeInTheDocument();
    unavailable = false;
    await user.click(retry);
    expect(await within(screen.getByRole('main')).findByRole('link', { name: seed.headline })).toBeInTheDocument();
  }, 20_000);

  it('runs from the header with nothing loaded ahead: focusing the box fetches nothing', async () => {
    const { user } = renderApp(`/post/read/${SEED_SLUG}`);
    await screen.findByRole('article', { name: seed.headline });
    const box = within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Cari berita' });
    await user.click(box);
    expect(searchRequests).toEqual([]);
    await user.type(box, 'korut{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil untuk «korut»' })).toBeInTheDocument();
    await waitFor(() => expect(searchRequests).toEqual(['/api/search.json?q=korut']));
  });
});
