/**
 * The route table and the render pipeline (#13): one entry per page kind decides its paths, its
 * param checks, what it loads and what it is; renderPage(path, fetcher) renders any page with the
 * content fetcher it is given, and nothing global is replaced.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageHead } from '../../src/app/head';
import { createQueryClient } from '../../src/app/query-client';
import { matchPage } from '../../src/app/route-table';
import { staticPaths } from '../../src/app/static-paths';
import { renderPage } from '../../src/entry-server';
import type { ContentFetcher } from '../../src/lib/api-client';
import { sampleApi, SEED_SLUG } from '../msw/sample-api';
import { server } from '../msw/server';
import { seed } from '../seed';

/** A content fetcher over the built sample API in memory, counting what it is asked for. */
function memoryFetcher(files: ReadonlyMap<string, unknown>) {
  const asked: string[] = [];
  const fetcher: ContentFetcher = (path) => {
    asked.push(path);
    const json = files.get(path);
    return Promise.resolve(json === undefined ? new Response(null, { status: 404 }) : Response.json(json));
  };
  return { fetcher, asked };
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('matchPage', () => {
  it.each([
    ['/', 'page'],
    ['/halaman/3', 'page'],
    [`/post/read/${SEED_SLUG}`, 'page'],
    ['/kategori/dunia', 'page'],
    ['/kategori/dunia/halaman/2', 'page'],
    ['/cari', 'page'],
    ['/halaman/0', 'not-found'],
    ['/halaman/abc', 'not-found'],
    ['/post/read/a--b', 'not-found'],
    ['/post/read/titik.titik', 'not-found'],
    ['/kategori/Bukan_Slug', 'not-found'],
  ])('resolves %s to a %s', (path, kind) => {
    expect(matchPage(path)?.resolution.kind).toBe(kind);
  });

  it.each([
    ['/halaman/1', '/'],
    ['/kategori/dunia/halaman/1', '/kategori/dunia'],
    [`/post/read/${SEED_SLUG.toUpperCase()}`, `/post/read/${SEED_SLUG}`],
  ])('sends %s to its canonical address %s', (path, to) => {
    expect(matchPage(path)?.resolution).toEqual({ kind: 'redirect', to });
  });

  it('keeps the query string of a shared link it redirects', () => {
    expect(matchPage(`/post/read/${SEED_SLUG.toUpperCase()}`, new URLSearchParams('utm_source=wa'))?.resolution).toEqual({
      kind: 'redirect',
      to: `/post/read/${SEED_SLUG}?utm_source=wa`,
    });
  });

  it('matches nothing outside the table', () => {
    expect(matchPage('/tidak/ada')).toBeNull();
  });
});

describe('renderPage(path, fetcher)', () => {
  it('renders a page with the content fetcher it is given, and asks the network for nothing', async () => {
    const network: string[] = [];
    server.events.on('request:start', ({ request }) => network.push(request.url));
    const { fetcher, asked } = memoryFetcher(sampleApi);
    const page = await renderPage(`/post/read/${SEED_SLUG}`, fetcher);
    expect(page.status).toBe(200);
    if (page.status !== 200) return;
    expect(page.page).toMatchObject({ kind: 'article', article: { headline: seed.headline } });
    expect(page.html).toContain(seed.headline);
    expect(page.head).toContain(`<title>${seed.headline} | Warta</title>`);
    expect(asked).toEqual(expect.arrayContaining([`articles/${SEED_SLUG}.json`, `related/${SEED_SLUG}.json`, 'categories.json']));
    expect(network).toEqual([]);
  });

  it('answers a path that is not a page with the not-found page, 404, without fetching it', async () => {
    const { fetcher, asked } = memoryFetcher(sampleApi);
    const page = await renderPage('/post/read/bukan_slug', fetcher);
    expect(page.status).toBe(404);
    expect(asked).toEqual(['categories.json']);
  });

  it('answers a story the content does not have with the not-found page, 404', async () => {
    const { fetcher } = memoryFetcher(sampleApi);
    const page = await renderPage('/post/read/cerita-yang-tidak-ada', fetcher);
    expect(page).toMatchObject({ status: 404, page: { kind: 'not-found' } });
  });

  it('answers a path that has a canonical address elsewhere with 301 and that address', async () => {
    const { fetcher } = memoryFetcher(sampleApi);
    expect(await renderPage('/halaman/1', fetcher)).toEqual({ status: 301, location: '/' });
  });

  it('fails a page whose content cannot be loaded, rather than render it half', async () => {
    const failing: ContentFetcher = (path) => Promise.resolve(path === 'categories.json' ? Response.json(sampleApi.get(path)) : new Response(null, { status: 503 }));
    await expect(renderPage(`/post/read/${SEED_SLUG}`, failing)).rejects.toMatchObject({ kind: 'http', status: 503 });
  });
});

describe('the pages a static build writes', () => {
  it('are every story, every list page and search, found through the content API', async () => {
    const { fetcher } = memoryFetcher(sampleApi);
    const queryClient = createQueryClient({ retry: false }, fetcher);
    const found: Record<string, string[]> = {};
    for (const [name, pathsOf] of Object.entries(staticPaths)) {
      found[name] = [];
      for await (const path of pathsOf(queryClient)) found[name].push(path);
    }
    const articles = [...sampleApi.keys()].filter((file) => file.startsWith('articles/')).map((file) => `/post/read/${file.slice('articles/'.length, -'.json'.length)}`);
    expect(found.article?.sort()).toEqual(articles.sort());
    expect(found.home).toEqual(['/']);
    expect(found.category).toEqual(['/kategori/dunia', '/kategori/nasional']);
    expect(found.tag).toEqual(['/tag/contoh', '/tag/format-artikel']);
    expect(found.search).toEqual(['/cari']);
  });
});

describe('the head and the title come from the same page data', () => {
  it('for every kind of page', async () => {
    const { fetcher } = memoryFetcher(sampleApi);
    for (const path of ['/', `/post/read/${SEED_SLUG}`, '/kategori/dunia', '/cari', '/tidak/ada']) {
      const page = await renderPage(path, fetcher);
      if (page.status === 301) throw new Error(`${path} redirected`);
      const head = pageHead(page.page);
      expect(page.head, path).toContain(`<title>${head.title.replace(/&/g, '&amp;')}</title>`);
      expect(head.robots, path).toBe(page.page.kind === 'search' || page.page.kind === 'not-found' ? 'noindex' : undefined);
    }
  });
});
