/**
 * The live mode through the real Varnish (#14): publish without a rebuild, a cache that keeps pages
 * through a failing content service, and nothing from a request's Host in any page. Only behaviour:
 * no timings.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium';
import { SITE_URL, startStack, until, type Stack } from './stack';

const SEED = '/post/read/media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia';
const NEW_SLUG = 'banjir-rob-rendam-pesisir-jakarta-utara';
const NEW_HEADLINE = 'Banjir Rob Rendam Pesisir Jakarta Utara';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${stack.url}${path}`, { headers, redirect: 'manual' });

function storyFile(headline: string) {
  return JSON.stringify({
    slug: NEW_SLUG,
    headline,
    summary: 'Air laut naik dan merendam permukiman di pesisir utara Jakarta.',
    category: 'nasional',
    publishedAt: new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00'),
    image: { file: 'gambar-contoh-laut.svg', alt: 'Ilustrasi ombak', caption: 'Gambar pengganti.', credit: 'Ilustrasi: Warta' },
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Teks contoh: warga mengungsi ke tempat yang lebih tinggi.' }] }],
  });
}
const storyPath = () => path.join(stack.contentDir, 'articles', `${NEW_SLUG}.json`);
const ogTitle = (html: string) => /<meta property="og:title" content="([^"]*)">/.exec(html)?.[1];

describe('a page rendered on request', () => {
  it('is the same markup and head as the static build of the same content', async () => {
    const live = await (await get(SEED)).text();
    const built = await readFile(path.join('dist', SEED, 'index.html'), 'utf8');
    // But for the boot info's one word more: search runs on this server, not in the browser.
    const bootInfo = '"siteUrl":"https://warta.example"';
    expect(live).toContain(`${bootInfo},"search":"server"}`);
    expect(live.replace(`${bootInfo},"search":"server"}`, `${bootInfo}}`)).toBe(built);
  });

  it('tells a shared cache what it needs: s-maxage, stale-while-revalidate, an ETag, and what it shows', async () => {
    const origin = await fetch(`${stack.renderUrl}${SEED}`);
    expect(origin.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(origin.headers.get('xkey')?.split(' ')).toEqual(expect.arrayContaining([`story:${SEED.split('/').at(-1) ?? ''}`, 'categories']));
    const etag = origin.headers.get('etag') ?? '';
    expect((await fetch(`${stack.renderUrl}${SEED}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    // The cache keeps the keys to itself.
    expect((await get(SEED)).headers.get('xkey')).toBeNull();
  });

  it('caches a page once for its tracking-parameter variants', async () => {
    expect((await get('/kategori/dunia')).headers.get('x-cache')).toBe('MISS');
    expect((await get('/kategori/dunia?utm_source=whatsapp&utm_medium=social')).headers.get('x-cache')).toBe('HIT');
    expect((await get('/kategori/dunia?fbclid=IwAR0abc')).headers.get('x-cache')).toBe('HIT');
  });

  it('never puts a request’s Host or X-Forwarded-Host in a page or a header', async () => {
    const hostileHeaders: Record<string, string>[] = [{ Host: 'evil.example' }, { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' }];
    for (const headers of hostileHeaders) {
      for (const path of ['/?x=host', SEED, '/post/read/tidak-ada-di-mana-pun']) {
        const response = await get(path, headers);
        const text = await response.text();
        expect(text).not.toContain('evil.example');
        expect(JSON.stringify([...response.headers])).not.toContain('evil.example');
      }
    }
    expect(await (await get('/', { Host: 'evil.example' })).text()).toContain(`<link rel="canonical" href="${SITE_URL}/">`);
  });

  it.each([
    ['dot segments', '/post/read/..%2f..%2fapi/latest/1.json', 400],
    ['an encoded slash', '/post/read/a%2Fb', 400],
    ['a slug that fails the pattern', '/post/read/Bukan_Slug!', 404],
    ['a very long path', `/post/read/${'a'.repeat(3000)}`, 414],
  ])('answers %s with %i', async (_, path, status) => {
    expect((await get(path)).status).toBe(status);
  });
});

describe('publishing', () => {
  it('refuses a publish without the token, or with a body that is not a list of slugs', async () => {
    expect((await fetch(`${stack.url}/_publish`, { method: 'POST', body: '{"slugs":["a"]}' })).status).toBe(401);
    expect((await stack.publish(['Bukan Slug'])).status).toBe(400);
    expect((await stack.publish([])).status).toBe(400);
  });

  it('makes a story saved after the build live: its page with its full head, on the home page and in its category', async () => {
    // Asked for before it exists (and so cached as not found), with the lists it will be in and a search for it.
    expect((await get(`/post/read/${NEW_SLUG}`)).status).toBe(404);
    expect(await (await get('/cari?q=permukiman')).text()).not.toContain(NEW_HEADLINE);
    expect((await get('/cari?q=permukiman')).headers.get('x-cache')).toBe('HIT');
    expect(await (await get('/')).text()).not.toContain(NEW_HEADLINE);
    expect(await (await get('/kategori/nasional')).text()).not.toContain(NEW_HEADLINE);
    await writeFile(storyPath(), storyFile(NEW_HEADLINE));
    expect((await stack.publish([NEW_SLUG])).status).toBe(200);
    const page = await get(`/post/read/${NEW_SLUG}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(ogTitle(html)).toBe(NEW_HEADLINE);
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/post/read/${NEW_SLUG}">`);
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/warta\.example\/images\/gambar-contoh-laut-[0-9a-f]+-og\.jpg">/);
    expect(await (await get('/')).text()).toContain(NEW_HEADLINE);
    expect(await (await get('/kategori/nasional')).text()).toContain(NEW_HEADLINE);
    expect((await get(`/api/articles/${NEW_SLUG}.json`)).status).toBe(200);
    // Findable at once: the server's index took it in, and the publish purged the cached answers.
    expect(await (await get('/cari?q=permukiman')).text()).toContain(NEW_HEADLINE);
    const answer = (await (await get('/api/search.json?q=merendam')).json()) as { results: { teaser: { slug: string } }[] };
    expect(answer.results.map((result) => result.teaser.slug)).toContain(NEW_SLUG);
  });

  it('lists a published story in the news sitemap, its month’s sitemap and the feeds', async () => {
    const news = await (await get('/sitemaps/news.xml')).text();
    expect(news).toContain(`<loc>${SITE_URL}/post/read/${NEW_SLUG}</loc>`);
    expect(news).toContain(`<news:title>${NEW_HEADLINE}</news:title>`);
    const index = await (await get('/sitemap.xml')).text();
    const month = /stories-(\d{4}-\d{2})\.xml/.exec(index)?.[1] ?? '';
    expect(await (await get(`/sitemaps/stories-${month}.xml`)).text()).toContain(`/post/read/${NEW_SLUG}</loc>`);
    expect(await (await get('/feed.xml')).text()).toContain(NEW_HEADLINE);
    expect(await (await get('/kategori/nasional/feed.xml')).text()).toContain(NEW_HEADLINE);
    expect((await get('/robots.txt')).headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('shows a changed headline on the story and on the lists after publishing', async () => {
    const changed = `${NEW_HEADLINE}, Ratusan Warga Mengungsi`;
    await writeFile(storyPath(), storyFile(changed));
    expect((await stack.publish([NEW_SLUG])).status).toBe(200);
    expect(ogTitle(await (await get(`/post/read/${NEW_SLUG}`)).text())).toBe(changed);
    expect(await (await get('/')).text()).toContain(changed);
    expect((await (await get(`/api/articles/${NEW_SLUG}.json`)).json()) as unknown).toMatchObject({ headline: changed });
  });

  it('answers a removed story with not found, and takes it off the lists', async () => {
    await rm(storyPath());
    expect((await stack.publish([NEW_SLUG])).status).toBe(200);
    expect([404, 410]).toContain((await get(`/post/read/${NEW_SLUG}`)).status);
    expect(await (await get('/')).text()).not.toContain(NEW_HEADLINE);
    expect(await (await get('/kategori/nasional')).text()).not.toContain(NEW_HEADLINE);
    expect(await (await get('/cari?q=permukiman')).text()).not.toContain(NEW_HEADLINE);
  });

  it('finds a story saved without a publish call once the index has looked at the archive again, and loses it when it is deleted', async () => {
    const slug = 'nelayan-muara-angke-melaut-lagi';
    const file = path.join(stack.contentDir, 'articles', `${slug}.json`);
    await writeFile(file, JSON.stringify({ ...(JSON.parse(storyFile('Nelayan Muara Angke Melaut Lagi')) as object), slug, publishedAt: '2025-01-15T08:00:00+07:00' }));
    // The render server itself: the cache would keep an answer up to its s-maxage.
    const found = async () => ((await (await fetch(`${stack.renderUrl}/api/search.json?q=angke`)).json()) as { total: number }).total > 0;
    await until(found, 30);
    await rm(file);
    await until(async () => !(await found()), 30);
  });
});

describe('in the browser', () => {
  it('hydrates the live page without a mismatch and carries on as the single-page app', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${stack.url}${SEED}`);
      await page.mouse.move(5, 5);
      await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
      const related = page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link').first();
      const headline = (await related.textContent()) ?? '';
      await related.click();
      await page.getByRole('heading', { level: 1, name: headline }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/post\/read\//);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('search in the browser', () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    it(`shows a shared search's results before any gesture, and searches again with only the results fetched (${viewport.width} px)`, async () => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      try {
        const page = await (await browser.newContext({ viewport })).newPage();
        const searchRequests: string[] = [];
        page.on('request', (request) => {
          const { pathname, search } = new URL(request.url());
          if (pathname.startsWith('/pagefind/') || pathname.startsWith('/api/search')) searchRequests.push(`${pathname}${search}`);
        });
        await page.goto(`${stack.url}/cari?q=tsunami`);
        const main = page.getByRole('main');
        // Rendered by the server: there before the app starts (it waits for a gesture, decision 5).
        await main.getByText('3 berita ditemukan').waitFor();
        expect(await page.locator('html[data-warta="ready"]').count()).toBe(0);
        expect(await main.locator('li mark').count()).toBeGreaterThan(0);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
        expect(axe.violations.map((violation) => violation.id)).toEqual([]);
        // The app started by a gesture, a next query asks the server for its results alone.
        await page.mouse.move(5, 5);
        await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
        const box = main.getByRole('searchbox');
        await box.fill('pembelotan');
        await box.press('Enter');
        await main.getByRole('heading', { level: 1, name: 'Hasil untuk «pembelotan»' }).waitFor();
        await main.getByRole('link', { name: /Membelot/ }).first().waitFor();
        expect(searchRequests).toEqual(['/api/search.json?q=pembelotan']);
      } finally {
        await browser.close();
      }
    });
  }
});

describe('with the content service down', () => {
  it('serves every cached page past its lifetime, answers a page never seen with 503, and recovers by itself', async () => {
    const cached = ['/', SEED, '/kategori/dunia'];
    for (const path of cached) expect((await get(path)).status).toBe(200);
    await stack.stopContentApi();
    // Past their lifetime: expired, kept in grace (a soft purge of every list and story they show).
    const softPurge = await fetch(stack.purgeUrl, { method: 'SOFTPURGE', headers: { 'xkey-purge': 'list:latest categories list:category:dunia' } });
    expect(softPurge.status).toBe(200);
    for (const path of cached) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<h1');
    }
    const unseen = await get('/kategori/nasional/halaman/2');
    expect(unseen.status).toBe(503);
    expect(unseen.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = await unseen.text();
    expect(body).toContain('Halaman tidak dapat dimuat');
    expect(body).toContain('Coba lagi');
    await stack.startContentApi();
    await until(async () => (await get('/post/read/dpr-sahkan-uu-ekstradisi-ri-rusia')).status === 200);
  });
});
