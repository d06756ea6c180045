import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ogs from 'open-graph-scraper';
import { SEED_HEADLINE, SEED_PATH } from './fixtures';

/** How many stories the build has: one API file each. */
const STORIES = readdirSync('dist/api/articles').length;

const SITE = 'https://warta.example';
/** What WhatsApp's crawler says it is; it reads only the first 300 kB of a page. */
const WHATSAPP = { 'User-Agent': 'WhatsApp/2.23.20.0 A' };
const parser = new XMLParser({ ignoreAttributes: false });

test('a link preview crawler finds every Open Graph and Twitter tag in the article HTML', async ({ request }) => {
  const response = await request.get(SEED_PATH, { headers: WHATSAPP });
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html.indexOf('</head>')).toBeLessThan(300_000);

  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  expect(result).toMatchObject({
    ogTitle: SEED_HEADLINE,
    ogType: 'article',
    ogUrl: `${SITE}${SEED_PATH}`,
    ogSiteName: 'Warta',
    ogLocale: 'id_ID',
    twitterCard: 'summary_large_image',
    articlePublishedTime: '2024-10-17T14:05:00+07:00',
    articleModifiedTime: '2024-10-17T14:05:00+07:00',
  });
  expect(result.ogDescription).toMatch(/^MerahPutih\.com - Sekitar 18 tentara Korea Utara/);
  const [image] = result.ogImage ?? [];
  expect(image).toMatchObject({ width: '1200', height: '630' });
  expect(image?.url).toMatch(/^https:\/\/warta\.example\/images\/.+-og\.jpg$/);

  // The image the preview shows is really there, at the size it claims.
  const imagePath = new URL(image?.url ?? '').pathname;
  const imageResponse = await request.get(imagePath);
  expect(imageResponse.status()).toBe(200);
  expect(imageResponse.headers()['content-type']).toBe('image/jpeg');

  const [jsonLd] = (result.jsonLD ?? []) as Record<string, unknown>[];
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: SEED_HEADLINE, datePublished: '2024-10-17T14:05:00+07:00' });
  expect(jsonLd).toHaveProperty('publisher.logo.url', `${SITE}/logo-512.png`);
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/warta\.example\/post\/read\/media-ukraina[^"]*">/);
});

test('every address in the sitemaps the index lists is a deep link that answers 200 with its own HTML', async ({ request }) => {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(() => SyntaxValidator.validate(index)).not.toThrow();
  const sitemaps = (parser.parse(index) as { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } }).sitemapindex.sitemap;
  const urls: { loc: string; lastmod?: string }[] = [];
  for (const { loc } of sitemaps) {
    const response = await request.get(new URL(loc).pathname);
    expect(response.status(), loc).toBe(200);
    const sitemap = await response.text();
    expect(() => SyntaxValidator.validate(sitemap), loc).not.toThrow();
    const listed = (parser.parse(sitemap) as { urlset: { url?: { loc: string; lastmod?: string }[] | { loc: string; lastmod?: string } } }).urlset.url;
    urls.push(...(Array.isArray(listed) ? listed : listed ? [listed] : []));
  }
  const articles = new Set(urls.filter((url) => url.loc.includes('/post/read/')).map((url) => url.loc));
  expect(articles.size).toBe(STORIES);
  expect(urls.map((url) => url.loc)).toEqual(expect.arrayContaining([`${SITE}/`, `${SITE}/kategori/dunia`, `${SITE}/kategori/nasional`, `${SITE}/tag/contoh`]));
  for (const { loc, lastmod } of urls) {
    expect(Date.parse(lastmod ?? ''), loc).not.toBeNaN();
    const response = await request.get(new URL(loc).pathname);
    expect(response.status(), loc).toBe(200);
    expect(await response.text(), loc).toContain(`<link rel="canonical" href="${loc}">`);
  }
});

test('an unknown path answers 404 with the not-found page, marked noindex', async ({ request }) => {
  for (const path of ['/tidak/ada', '/post/read/tidak-ada', '/api/articles/tidak-ada.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(html, path).toContain('Halaman tidak ditemukan');
    expect(html, path).toContain('<meta name="robots" content="noindex">');
  }
});

test('the feeds are RSS 2.0, advertised on every page; robots.txt names the sitemap index', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(() => SyntaxValidator.validate(feed)).not.toThrow();
  const items = (parser.parse(feed) as { rss: { channel: { item: Record<string, unknown>[] } } }).rss.channel.item;
  expect(items).toHaveLength(Math.min(STORIES, 20));
  for (const item of items) {
    expect(Object.keys(item)).toEqual(expect.arrayContaining(['title', 'link', 'guid', 'pubDate', 'description']));
  }
  expect(items.map((item) => item.title)).toContain(SEED_HEADLINE);

  for (const path of ['/', SEED_PATH, '/tidak/ada']) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<link rel="alternate" href="${SITE}/feed.xml" type="application/rss+xml"`);
  }
  // A category advertises its own feed, which lists its own stories.
  expect(await (await request.get('/kategori/dunia')).text()).toContain(`<link rel="alternate" href="${SITE}/kategori/dunia/feed.xml" type="application/rss+xml"`);
  const categoryFeed = await (await request.get('/kategori/dunia/feed.xml')).text();
  expect(() => SyntaxValidator.validate(categoryFeed)).not.toThrow();
  expect(categoryFeed).toContain(SEED_HEADLINE);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('every page carries the CSP, and the host sends the security headers _headers names', async ({ request }) => {
  for (const path of ['/', SEED_PATH, '/tidak/ada']) {
    const response = await request.get(path);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(html.indexOf('Content-Security-Policy'), path).toBeLessThan(html.indexOf('<script'));
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'"]) {
      expect(meta, path).toContain(directive);
    }
    expect(meta, path).not.toContain('unsafe-inline');
    // Trusted Types: one named policy, for the service worker's URL (decision 13), and no other.
    expect(/trusted-types ([^;]+)/.exec(meta)?.[1], path).toBe('warta-sw');
    // Inline scripts run only by their hashes: exactly those of the page's own inline scripts.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, script]) => `'sha256-${createHash('sha256').update(script ?? '').digest('base64')}'`);
    expect(inline.length, path).toBeGreaterThan(0);
    expect(/script-src ([^;]+)/.exec(meta)?.[1]?.split(' ').sort(), path).toEqual(["'self'", "'wasm-unsafe-eval'", ...inline].sort());
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await (await request.get('/')).text())?.[1] ?? '';
  expect(asset).not.toBe('');
  expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
});

test('a page may frame only YouTube’s privacy-enhanced player, play only media of the site or https, and apply only its own stylesheets (#16)', async ({ request }) => {
  const headerOf = async (path: string) => (await request.get(path)).headers()['content-security-policy'] ?? '';
  for (const path of [SEED_PATH, '/post/read/contoh-semua-jenis-blok-artikel-warta']) {
    const html = await (await request.get(path)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    for (const policy of [meta, await headerOf(path)]) {
      expect(/frame-src ([^;]+)/.exec(policy)?.[1], path).toBe('https://www.youtube-nocookie.com');
      expect(/media-src ([^;]+)/.exec(policy)?.[1], path).toBe("'self' https:");
    }
    // The page's <meta> allows exactly its own inline stylesheets (the site's, and a block kind's where it has one).
    const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css ?? '').digest('base64')}'`);
    expect(/style-src ([^;]+)/.exec(meta)?.[1]?.split(' ').sort(), path).toEqual(["'self'", ...inline].sort());
    for (const hash of inline) expect(await headerOf(path), path).toContain(hash);
  }
  // The story of paragraphs carries one stylesheet; the one with every kind, the rich blocks' too.
  expect([...(await (await request.get(SEED_PATH)).text()).matchAll(/<style>/g)]).toHaveLength(1);
  expect([...(await (await request.get('/post/read/contoh-semua-jenis-blok-artikel-warta')).text()).matchAll(/<style>/g)]).toHaveLength(2);
});

test('Warta can be installed: every page links a web app manifest with its name, start, colours and icons that load (#19)', async ({ request }) => {
  for (const path of ['/', SEED_PATH, '/tersimpan']) expect(await (await request.get(path)).text(), path).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as { name: string; short_name: string; lang: string; start_url: string; display: string; theme_color: string; background_color: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest).toMatchObject({ name: 'Warta', short_name: 'Warta', lang: 'id', start_url: '/', display: 'standalone', theme_color: '#b91c1c' });
  expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toBe(icon.type);
    // A PNG's own width and height (bytes 16 to 23 of its header) are the size it claims.
    const bytes = await file.body();
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  const worker = await request.get('/service-worker.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toMatch(/javascript/);
});
