/**
 * The live render server as a Fetch-API handler (#14), without Varnish: what each response tells a
 * shared cache, what publishing purges, and how a failing content service is answered. The content
 * service is the network (MSW serves the sample's API at a content address); the built client is a
 * small one made here.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_ERROR, CACHE_MEDIA, CACHE_NOT_FOUND, CACHE_PAGE, CACHE_SEARCH, createLiveApp, refusedPath } from '../../src/server/live-app';
import { createStorySearch } from '../../src/server/story-search';
import { loadPageDocuments } from '../../src/server/page-document';
import { sampleApi, SEED_SLUG, sampleJson } from '../msw/sample-api';
import { server } from '../msw/server';

const CONTENT = 'http://content.test';
const SITE = 'https://warta.example';
const TOKEN = 'rahasia';
const SEED = `/post/read/${SEED_SLUG}`;

/** A built client in miniature: Vite's template with its markers, one stylesheet, a manifest. */
async function builtClient(): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), 'warta-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await mkdir(path.join(dist, '.vite'));
  await writeFile(path.join(dist, 'assets/app.css'), 'body{margin:0}');
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><html lang="id"><head><!--app-csp--><script>document.documentElement.dataset.js=""</script><!--app-head--><title>Warta</title><!--/app-head--><link rel="stylesheet" href="/assets/app.css"></head><body><div id="root"><!--app-html--></div><script type="module" src="/assets/main.js"></script></body></html>',
  );
  await writeFile(path.join(dist, '.vite/manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/main.js', isEntry: true }, 'src/app/start-app.tsx': { file: 'assets/start-app.js' } }));
  return dist;
}

/** The sample's content API at the content service's address (the setup resets handlers after each test). */
function serveContent() {
  server.use(
    http.get(`${CONTENT}/api/*`, ({ request: incoming }) => {
      const json = sampleApi.get(new URL(incoming.url).pathname.replace(/^\/api\//, ''));
      return json === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(json);
    }),
  );
}

let app: ReturnType<typeof createLiveApp>;
const purged: string[][] = [];

beforeEach(serveContent);

const fetchContent = (apiPath: string, init: RequestInit) => fetch(`${CONTENT}/api/${apiPath}`, init);
let documents: Awaited<ReturnType<typeof loadPageDocuments>>;

beforeAll(async () => {
  const dist = await builtClient();
  documents = await loadPageDocuments(dist, path.join(dist, 'template.html'));
  serveContent();
  const search = createStorySearch({ fetchContent, syncIntervalMs: 0, log: () => undefined });
  await search.ready;
  app = createLiveApp({
    search,
    documents,
    contentApiUrl: `${CONTENT}/api`,
    imagesUrl: `${CONTENT}/images`,
    mediaUrl: `${CONTENT}/media`,
    siteUrl: SITE,
    publishToken: TOKEN,
    purge: (keys) => {
      purged.push(keys);
      return Promise.resolve(keys.length);
    },
  });
});

const request = (target: string, init?: RequestInit) => app.request(target, init);
const keysOf = (response: Response) => (response.headers.get('xkey') ?? '').split(' ');

describe('a page', () => {
  it('is cached by a shared cache, revalidated by browsers, and names what it shows', async () => {
    const response = await request(SEED);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_PAGE);
    const related = (sampleJson(`related/${SEED_SLUG}.json`) as { items: { slug: string }[] }).items.map((item) => `story:${item.slug}`);
    expect(keysOf(response)).toEqual(expect.arrayContaining([`story:${SEED_SLUG}`, 'categories', ...related]));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const etag = response.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await request(SEED, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('makes every absolute URL on the site URL, whatever Host or X-Forwarded-Host say', async () => {
    const html = await (await request('/', { headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' } })).text();
    expect(html).not.toContain('evil.example');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/">`);
    expect(html).toContain(`"siteUrl":"${SITE}"`);
  });

  it('of a story not published yet is a short-lived 404 its publication will purge', async () => {
    const response = await request('/post/read/belum-terbit');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe(CACHE_NOT_FOUND);
    expect(keysOf(response)).toContain('story:belum-terbit');
    expect(await response.text()).toContain('<meta name="robots" content="noindex">');
  });

  it('redirects to its canonical address', async () => {
    const response = await request('/halaman/1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/');
  });

  it('says in Indonesian that it cannot be loaded while the content service fails: 503, never cached', async () => {
    server.use(http.get(`${CONTENT}/api/*`, () => new HttpResponse(null, { status: 503 })));
    const response = await request('/kategori/dunia');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe(CACHE_ERROR);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = await response.text();
    expect(html).toContain('Halaman tidak dapat dimuat');
    expect(html).toContain('Coba lagi');
  });

  it('answers bad JSON from the content service with 502', async () => {
    server.use(http.get(`${CONTENT}/api/articles/*`, () => new HttpResponse('<html>', { headers: { 'Content-Type': 'application/json' } })));
    expect((await request(SEED)).status).toBe(502);
  });
});

describe('the browser’s JSON, through the public address', () => {
  it('is cached and purged with the pages', async () => {
    const article = await request(`/api/articles/${SEED_SLUG}.json`);
    expect(article.status).toBe(200);
    expect(article.headers.get('cache-control')).toBe(CACHE_PAGE);
    expect(keysOf(article)).toContain(`story:${SEED_SLUG}`);
    const latest = await request('/api/latest/1.json');
    expect(keysOf(latest)).toEqual(expect.arrayContaining(['list:latest', `story:${SEED_SLUG}`]));
  });

  it('answers a missing file 404, briefly cached', async () => {
    const response = await request('/api/articles/tidak-ada.json');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe(CACHE_NOT_FOUND);
  });
});

describe('videos and captions', () => {
  it('are passed through from the content service, kept an hour (an editor may replace a file under its name)', async () => {
    server.use(http.get(`${CONTENT}/media/klip.webm`, () => new HttpResponse(new Uint8Array([26, 69, 223, 163]), { headers: { 'Content-Type': 'video/webm' } })));
    const response = await request('/media/klip.webm');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/webm');
    expect(response.headers.get('cache-control')).toBe(CACHE_MEDIA);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([26, 69, 223, 163]));
  });

  it('answer 404 for a name that is not a plain file name', async () => {
    expect((await request('/media/..%2fapi%2fcategories.json')).status).toBe(404);
  });
});

describe('sitemaps and feeds', () => {
  it('name what a publish purges them by: a month’s sitemap its month, a feed its list', async () => {
    const month = await request('/sitemaps/stories-2024-10.xml');
    expect(month.status).toBe(200);
    expect(month.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(month.headers.get('cache-control')).toBe(CACHE_PAGE);
    expect(keysOf(month)).toEqual(['archive', 'archive:2024-10']);
    expect(keysOf(await request('/kategori/dunia/feed.xml'))).toEqual(['list:category:dunia']);
    expect(keysOf(await request('/feed.xml'))).toEqual(['list:latest']);
    expect(keysOf(await request('/sitemap.xml'))).toEqual(['discovery']);
    expect(keysOf(await request('/sitemaps/news.xml'))).toEqual(['discovery']);
  });

  it('answers a month with no stories 404', async () => {
    expect((await request('/sitemaps/stories-1999-01.xml')).status).toBe(404);
  });
});

describe('publishing', () => {
  const publish = (body: string, token = TOKEN) => request('/_publish', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body });

  it('needs the token', async () => {
    expect((await publish('{"slugs":["a"]}', 'salah')).status).toBe(401);
    expect((await request('/_publish', { method: 'POST', body: '{"slugs":["a"]}' })).status).toBe(401);
  });

  it.each(['', 'bukan json', '{}', '{"slugs":[]}', '{"slugs":["Huruf Besar"]}', '{"slugs":"a"}'])('refuses the body %j', async (body) => {
    expect((await publish(body)).status).toBe(400);
  });

  it('purges the stories, the lists they are in and the discovery files they touch, before it answers', async () => {
    purged.length = 0;
    const response = await publish(JSON.stringify({ slugs: [SEED_SLUG] }));
    expect(response.status).toBe(200);
    expect(purged).toHaveLength(1);
    // Its month's sitemap (published 2024-10-17 WIB) and its category's feed, not every month's nor every feed.
    expect(new Set(purged[0])).toEqual(new Set([`story:${SEED_SLUG}`, 'list:category:dunia', 'list:latest', 'archive:2024-10', 'discovery', 'search']));
  });

  it('purges the lists of a story’s tags too, which a new story joins', async () => {
    purged.length = 0;
    await publish(JSON.stringify({ slugs: ['contoh-semua-jenis-blok-artikel-warta'] }));
    expect(purged[0]).toEqual(expect.arrayContaining(['list:tag:contoh', 'list:tag:format-artikel', 'list:category:nasional', 'archive:2025-07']));
  });

  it('purges every month’s sitemap for a story that is gone, its month unknown', async () => {
    purged.length = 0;
    await publish(JSON.stringify({ slugs: ['cerita-yang-dihapus'] }));
    expect(new Set(purged[0])).toEqual(new Set(['story:cerita-yang-dihapus', 'list:latest', 'archive', 'discovery', 'search']));
  });
});

describe('search', () => {
  it('answers the app with JSON: only the results, kept a minute by a shared cache and purged on publish', async () => {
    const response = await request('/api/search.json?q=membelot');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_SEARCH);
    expect(keysOf(response)).toEqual(['search']);
    const answer = (await response.json()) as { query: string; total: number; results: { teaser: { slug: string }; excerpt: { text: string; marked: boolean }[] }[] };
    expect(answer.query).toBe('membelot');
    expect(answer.results[0]?.teaser.slug).toBe(SEED_SLUG);
    expect(answer.results[0]?.excerpt.some((part) => part.marked)).toBe(true);
  });

  it('renders /cari?q=… with its results, so it works without JavaScript, and tells the app where search runs', async () => {
    const response = await request('/cari?q=belot');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(CACHE_SEARCH);
    expect(keysOf(response)).toContain('search');
    const html = await response.text();
    // React parts the text nodes with an empty comment.
    expect(html).toMatch(/Hasil untuk(<!-- -->)? «<bdi>belot<\/bdi>»/);
    expect(html).toContain(`href="/post/read/${SEED_SLUG}"`);
    expect(html).toMatch(/<mark>[^<]*belot[^<]*<\/mark>/i);
    expect(html).not.toContain('Pencarian memerlukan JavaScript');
    expect(html).toContain('"search":"server"');
  });

  it('shows a query holding markup as text', async () => {
    const html = await (await request(`/cari?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('says no story matched, in Indonesian', async () => {
    const html = await (await request('/cari?q=zzzqqq')).text();
    expect(html).toMatch(/Tidak ada hasil untuk(<!-- -->)? «<bdi>zzzqqq<\/bdi>»/);
  });

  it('answers 503 with "Coba lagi", never cached, while its index is not ready', async () => {
    server.use(http.get(`${CONTENT}/api/archive.json`, () => new HttpResponse(null, { status: 503 })));
    const search = createStorySearch({ fetchContent, syncIntervalMs: 0, log: () => undefined });
    await search.ready.catch(() => undefined);
    const starting = createLiveApp({ documents, search, contentApiUrl: `${CONTENT}/api`, imagesUrl: `${CONTENT}/images`, siteUrl: SITE, publishToken: TOKEN });
    const json = await starting.request('/api/search.json?q=banjir');
    expect(json.status).toBe(503);
    expect(json.headers.get('cache-control')).toBe(CACHE_ERROR);
    const page = await starting.request('/cari?q=banjir');
    expect(page.status).toBe(503);
    expect(page.headers.get('cache-control')).toBe(CACHE_ERROR);
    expect(await page.text()).toContain('Coba lagi');
  });
});

describe('refusedPath', () => {
  it.each([
    ['/post/read/..%2f..%2fapi', 400],
    ['/post/read/a%2Fb', 400],
    ['/post/read/a%5Cb', 400],
    ['/a/../b', 400],
    ['/a/%2e%2e/b', 400],
    [`/post/read/${'a'.repeat(3000)}`, 414],
    [SEED, null],
    ['/cari?q=a%20b', null],
  ])('%s → %s', (target, status) => {
    expect(refusedPath(target)).toBe(status);
  });
});

