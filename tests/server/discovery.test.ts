/**
 * Sitemaps, the Google News sitemap, feeds and robots.txt (#15), made from the content API alone with
 * the `sitemap` and `feed` libraries: every file parses as XML and holds what it must.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import type { ContentFetcher } from '../../src/lib/api-client';
import { allDiscoveryPaths, discoveryFile, discoveryPaths, SITEMAP_MAX_URLS, type DiscoveryOptions } from '../../src/server/discovery';
import { fillTemplate } from '../../src/server/fill-template';
import { generatedApi, sampleApi, SEED_SLUG } from '../msw/sample-api';

const SITE = 'https://warta.example';
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });

/** A query client reading `files` (path → JSON), with a 404 for anything else. */
function clientOf(files: ReadonlyMap<string, unknown>) {
  const fetcher: ContentFetcher = (path) => {
    const json = files.get(path);
    return Promise.resolve(json === undefined ? new Response(null, { status: 404 }) : Response.json(json));
  };
  return createQueryClient({ retry: false }, fetcher);
}

async function xml(path: string, files: ReadonlyMap<string, unknown> = sampleApi, options: DiscoveryOptions = {}) {
  const text = await discoveryFile(path, clientOf(files), options);
  if (text === null) throw new Error(`${path} was not made`);
  expect(() => SyntaxValidator.validate(text), path).not.toThrow();
  return { text, doc: parser.parse(text) as Record<string, Record<string, unknown>> };
}

type Url = { loc: string; lastmod?: string; 'news:news'?: { 'news:title': string; 'news:publication_date': string; 'news:publication': { 'news:name': string; 'news:language': string } } };
const urls = (doc: Record<string, Record<string, unknown>>) => (doc.urlset?.url ?? []) as Url[];
const SEED_PUBLISHED = '2024-10-17T14:05:00+07:00';

describe('robots.txt', () => {
  it('allows everything and names the sitemap index', async () => {
    expect(await discoveryFile(discoveryPaths.robots, clientOf(sampleApi))).toMatch(/^User-agent: \*\nAllow: \/\n[\s\S]*^Sitemap: https:\/\/warta\.example\/sitemap\.xml$/m);
  });
});

describe('the sitemap index', () => {
  it('lists the pages sitemap, the news sitemap and a sitemap of each month of stories, with lastmod', async () => {
    const { doc } = await xml(discoveryPaths.index);
    const sitemaps = (doc.sitemapindex?.sitemap ?? []) as { loc: string; lastmod: string }[];
    const locs = sitemaps.map((sitemap) => sitemap.loc);
    expect(locs.slice(0, 2)).toEqual([`${SITE}/sitemaps/pages.xml`, `${SITE}/sitemaps/news.xml`]);
    expect(locs).toContain(`${SITE}/sitemaps/stories-2024-10.xml`);
    expect(locs).toContain(`${SITE}/sitemaps/stories-2025-08.xml`);
    for (const sitemap of sitemaps) expect(sitemap.lastmod, sitemap.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('splits a month of more stories than a sitemap may hold (50,000) into sitemaps of at most that many', async () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    // The same split at a limit of 100, so the test makes 250 addresses, not 60,000.
    const maxUrls = 100;
    const items = Array.from({ length: 250 }, (_, index) => ({
      slug: `cerita-${index + 1}`,
      headline: `Cerita ${index + 1}`,
      category: 'dunia',
      publishedAt: '2025-08-15T10:00:00+07:00',
      updatedAt: '2025-08-15T10:00:00+07:00',
    }));
    const files = new Map<string, unknown>([...sampleApi, ['archive.json', { months: [{ month: '2025-08', count: 250, updatedAt: '2025-08-15T10:00:00+07:00' }] }], ['archive/2025-08.json', { month: '2025-08', items }]]);
    const locs = ((await xml(discoveryPaths.index, files, { maxUrls })).doc.sitemapindex?.sitemap as { loc: string }[]).map((sitemap) => sitemap.loc);
    expect(locs.filter((loc) => loc.includes('stories-'))).toEqual([
      `${SITE}/sitemaps/stories-2025-08.xml`,
      `${SITE}/sitemaps/stories-2025-08-2.xml`,
      `${SITE}/sitemaps/stories-2025-08-3.xml`,
    ]);
    expect(urls((await xml('/sitemaps/stories-2025-08.xml', files, { maxUrls })).doc)).toHaveLength(100);
    const third = urls((await xml('/sitemaps/stories-2025-08-3.xml', files, { maxUrls })).doc);
    expect(third).toHaveLength(50);
    expect(third[0]?.loc).toBe(`${SITE}/post/read/cerita-201`);
    expect(await discoveryFile('/sitemaps/stories-2025-08-4.xml', clientOf(files), { maxUrls })).toBeNull();
    expect(await allDiscoveryPaths(clientOf(files), { maxUrls })).toEqual(expect.arrayContaining(['/sitemaps/stories-2025-08-3.xml']));
  });
});

describe('a month’s sitemap', () => {
  it('lists every story of the month (in WIB) with its lastmod', async () => {
    const { doc } = await xml('/sitemaps/stories-2024-10.xml');
    expect(urls(doc).map((url) => url.loc)).toEqual([`${SITE}/post/read/${SEED_SLUG}`]);
    expect(urls(doc)[0]?.lastmod).toBe(new Date(SEED_PUBLISHED).toISOString());
  });

  it('covers every story of the archive exactly once', async () => {
    const { files } = generatedApi(120);
    const client = clientOf(files);
    const stories = (await allDiscoveryPaths(client)).filter((path) => path.startsWith('/sitemaps/stories-'));
    const listed: string[] = [];
    for (const path of stories) listed.push(...urls((await xml(path, files)).doc).map((url) => url.loc));
    const articles = [...files.keys()].filter((file) => file.startsWith('articles/')).map((file) => `${SITE}/post/read/${file.slice(9, -5)}`);
    expect(listed.sort()).toEqual(articles.sort());
  });
});

describe('the pages sitemap', () => {
  it('lists the home page, every category page and every tag’s page, with the newest story’s date', async () => {
    const { doc } = await xml(discoveryPaths.pages);
    expect(urls(doc).map((url) => url.loc)).toEqual([`${SITE}/`, `${SITE}/kategori/dunia`, `${SITE}/kategori/nasional`, `${SITE}/tag/contoh`, `${SITE}/tag/format-artikel`]);
    for (const url of urls(doc)) expect(url.lastmod, url.loc).toMatch(/^\d{4}-/);
  });
});

describe('the Google News sitemap', () => {
  it('lists the stories of the last 48 hours, with publication name, language, title and date', async () => {
    const { doc } = await xml(discoveryPaths.news, sampleApi, { now: new Date('2024-10-18T12:00:00+07:00') });
    expect(urls(doc)).toHaveLength(1);
    const [seed] = urls(doc);
    expect(seed?.loc).toBe(`${SITE}/post/read/${SEED_SLUG}`);
    expect(seed?.['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Warta', 'news:language': 'id' },
      'news:publication_date': SEED_PUBLISHED,
      'news:title': 'Media Ukraina Sebut Tentara Korut Perang di Ukraina Membelot, Kini Jadi Buronan Rusia',
    });
  });

  it('is empty but valid when nothing was published in the last 48 hours', async () => {
    const { doc, text } = await xml(discoveryPaths.news, sampleApi, { now: new Date('2030-01-01T00:00:00Z') });
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(doc.urlset).toBeDefined();
    expect(urls(doc)).toEqual([]);
  });
});

describe('the feeds', () => {
  type Item = { title: string; link: string; guid: unknown; pubDate: string; description: string; category?: string[] };
  const items = (doc: Record<string, Record<string, unknown>>) => ((doc.rss?.channel as { item?: Item[] }).item ?? []);

  it('feed.xml is RSS 2.0 of the latest stories, newest first, each with link, guid, date, description and section', async () => {
    const { doc } = await xml(discoveryPaths.feed);
    expect((doc.rss as Record<string, unknown>)['@_version']).toBe('2.0');
    const list = items(doc);
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(20);
    const dates = list.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const seed = list.find((item) => item.link === `${SITE}/post/read/${SEED_SLUG}`);
    expect(seed?.description).toMatch(/^MerahPutih\.com - Sekitar 18 tentara/);
    expect(seed?.category).toEqual(['Dunia']);
  });

  it('a category has a feed of its own stories only', async () => {
    const { doc } = await xml(discoveryPaths.categoryFeed('nasional'));
    const list = items(doc);
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expect(item.category).toEqual(['Nasional']);
    expect(await discoveryFile(discoveryPaths.categoryFeed('tidak-ada'), clientOf(sampleApi))).toBeNull();
  });

  it('keeps markup and characters XML forbids out of the file, as text', async () => {
    const files = new Map(sampleApi);
    const seed = structuredClone(files.get(`articles/${SEED_SLUG}.json`)) as Record<string, unknown>;
    files.set(`articles/${SEED_SLUG}.json`, { ...seed, headline: 'Awas </title><script>x</script> & "kutip"\u0001' });
    const { doc } = await xml(discoveryPaths.feed, files);
    expect(items(doc).map((item) => item.title)).toContain('Awas </title><script>x</script> & "kutip"');
  });
});

describe('fillTemplate', () => {
  const template = '<head><!--app-head--><title>x</title><!--/app-head--></head><body><div id="root"><!--app-html--></div></body>';

  it('puts head, markup and state where they belong, taking "$&" and "$1" literally', () => {
    const page = fillTemplate(template, { head: '<title>$& $1</title>', html: '<p>$`</p>', state: '<script>{}</script>' });
    expect(page).toBe('<head><title>$& $1</title></head><body><div id="root"><p>$`</p></div>  <script>{}</script>\n  </body>');
  });

  it('refuses a template without its markers', () => {
    expect(() => fillTemplate('<html></html>', { head: '', html: '', state: '' })).toThrow(/marker/);
  });
});
