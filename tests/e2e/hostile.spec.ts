import type { Page } from '@playwright/test';
import { expect, NOT_FOUND_LOG, SEED_HEADLINE, SEED_PATH, SEED_SLUG, test } from './fixtures';

const RELATED_SLUG = 'dpr-sahkan-uu-ekstradisi-ri-rusia';
const RELATED_HEADLINE = 'DPR Sahkan UU Ekstradisi RI-Rusia';
const LAST_RELATED_HEADLINE = 'Peringatan Tsunami Terdengar, Pekerja Pembangkit Fukushima Jepang Segera Dievakuasi';
const LAST_RELATED_SLUG = 'peringatan-tsunami-terdengar-pekerja-pembangkit-fukushima-jepang-segera-dievakuasi';

function apiRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) urls.push(request.url());
  });
  return urls;
}

// What a URL or the network does to a page does not depend on the screen: at 390 px only (playwright.config.ts).
test.describe('links anyone can craft', { tag: '@any-screen' }, () => {
  for (const slug of ['%2e%2e', '%2E%2E%2Fapi', 'a%00b', 'a%3Fb', 'a%23b', 'a_b', 'x'.repeat(2000)]) {
    test(`/post/read/${slug.slice(0, 20)} is not found and fetches nothing`, async ({ page, consoleProblems }) => {
      consoleProblems.allow(NOT_FOUND_LOG);
      const requests = apiRequests(page);
      await page.goto(`/post/read/${slug}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
      await expect(page.locator('meta[name="robots"][content="noindex"]')).toHaveCount(1);
      expect(requests).toEqual([]);
    });
  }

  for (const [name, variant] of [
    ['utm and fbclid parameters', `${SEED_PATH}?utm_source=whatsapp&utm_medium=social&fbclid=IwAR0abc`],
    ['a trailing slash', `${SEED_PATH}/`],
    ['a trailing slash and utm', `${SEED_PATH}/?utm_campaign=x`],
    ['upper case', `/post/read/${SEED_SLUG.toUpperCase()}`],
    ['mixed case and fbclid', `/post/read/Media-Ukraina-${SEED_SLUG.slice('media-ukraina-'.length)}?fbclid=1`],
  ] as const) {
    test(`a shared link with ${name} still opens the article`, async ({ page, consoleProblems }) => {
      consoleProblems.allow(NOT_FOUND_LOG); // an upper-case path is not a file on the host: 404.html answers it
      await page.goto(variant);
      await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
      expect(new URL(page.url()).pathname.replace(/\/$/, '')).toBe(SEED_PATH);
    });
  }
});

test.describe('a network that fails', { tag: '@any-screen' }, () => {
  test('offline: what was read stays readable, a new article waits and loads by itself', async ({ page, context, consoleProblems }) => {
    consoleProblems.allow(/net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
    // The story to open offline must not have been prefetched while online.
    await page.route(`**/api/articles/${LAST_RELATED_SLUG}.json`, (route) => route.abort());
    await page.goto('/');
    await page.getByRole('link', { name: SEED_HEADLINE }).click();
    await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('listitem')).toHaveCount(10);
    await context.setOffline(true);
    await page.unroute(`**/api/articles/${LAST_RELATED_SLUG}.json`);
    await page.goBack();
    await page.getByRole('link', { name: SEED_HEADLINE }).click();
    await expect(page.getByText(/dimilikinya\. \(ikh\)$/)).toBeVisible();
    await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: LAST_RELATED_HEADLINE }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Perangkat Anda sedang luring' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: 'Perangkat Anda sedang luring' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: LAST_RELATED_HEADLINE })).toBeVisible();
  });

  test('a server that hangs: the wait ends with "Coba lagi", which then works', async ({ page, consoleProblems }) => {
    consoleProblems.allow(/net::ERR_FAILED/);
    await page.route(`**/api/articles/${RELATED_SLUG}.json`, () => {
      // never answered
    });
    await page.goto(SEED_PATH);
    await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: RELATED_HEADLINE }).click();
    await expect(page.getByText('Memuat artikel…')).toBeAttached();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Server terlalu lama menjawab', { timeout: 15_000 });
    await page.unroute(`**/api/articles/${RELATED_SLUG}.json`);
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: RELATED_HEADLINE })).toBeVisible();
  });

  test('a related list that fails leaves the article whole', async ({ page, consoleProblems }) => {
    consoleProblems.allow(/status of 500/);
    await page.route(`**/api/related/${RELATED_SLUG}.json`, (route) => route.fulfill({ status: 500, body: 'galat' }));
    await page.goto(SEED_PATH);
    await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: RELATED_HEADLINE }).click();
    await expect(page.getByRole('heading', { level: 1, name: RELATED_HEADLINE })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('alert')).toContainText('Berita terkait tidak dapat dimuat.', {
      timeout: 20_000,
    });
    await expect(page.getByRole('region', { name: 'Bagikan' })).toBeVisible();
  });
});

test('hostile article data shows as text, runs nothing and wraps a 500-character word', async ({ page }) => {
  const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
  const word = 'x'.repeat(500);
  await page.route(`**/api/articles/${RELATED_SLUG}.json`, (route) =>
    route.fulfill({
      json: {
        slug: RELATED_SLUG,
        headline: `Judul ${word} ${evil}`,
        category: { slug: 'dunia', name: `Dunia ${evil}` },
        publishedAt: 'bukan tanggal',
        image: { src: 'javascript:alert(1)', width: -1, height: 0, alt: `Alt ${evil}`, caption: `Keterangan ${evil}`, credit: 'Kredit' },
        body: [
          { type: 'paragraph', content: [{ type: 'text', text: `Isi ${evil}` }, { type: 'link', text: 'tautan jahat', href: ' JaVaScRiPt:window.pwned=1' }] },
          { type: 'html', html: evil },
          { type: 'paragraph', content: [{ type: 'link', text: 'tautan luar', href: '//evil.example/x' }] },
        ],
      },
    }),
  );
  await page.goto(SEED_PATH);
  await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: RELATED_HEADLINE }).click();
  const article = page.getByRole('article', { name: /^Judul x+/ });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(`Judul ${word} ${evil}`);
  await expect(article.getByText(`Isi ${evil}`)).toBeVisible();
  await expect(article.getByText(`Keterangan ${evil}`)).toBeVisible();
  await expect(article.getByRole('img', { name: /Gambar tidak tersedia/ })).toBeVisible();
  await expect(article.getByRole('link', { name: 'tautan jahat' })).toHaveCount(0);
  await expect(article.getByRole('link', { name: 'tautan luar' })).toHaveAttribute('href', 'https://evil.example/x');
  await expect(article.locator('time')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});
