/**
 * The story that holds every block kind (#16), in a browser at 390 and 1280 px (the phone and
 * desktop projects) and at 320 px: nothing scrolls sideways, axe finds nothing, nothing is requested
 * from an embed's provider before the reader taps, and the YouTube card plays after a tap.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

const KINDS_PATH = '/post/read/contoh-semua-jenis-blok-artikel-warta';
const HEADLINE = 'Contoh: Semua Jenis Blok dalam Satu Artikel Warta';
const PROVIDERS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|x\.com|twitter\.com|twimg\.com|instagram\.com|cdninstagram\.com|tiktok\.com|tiktokcdn\.com|facebook\.com|facebook\.net|fbcdn\.net)$/;

/** Every request the page makes to an embed provider's domains. */
function providerRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (PROVIDERS.test(new URL(request.url()).hostname)) seen.push(request);
  });
  return seen;
}

/** Scrolls the page from top to bottom, so that everything lazy comes into view and loads. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
}

test('nothing scrolls sideways, at this width and at 320 px', async ({ page }) => {
  await page.goto(KINDS_PATH);
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await overflow()).toBe(0);
  // The table, wider than a 320 px screen, scrolls inside its own box instead.
  const table = page.getByRole('region', { name: 'Teks contoh: jenis blok dan kegunaannya' });
  expect(await table.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
});

test('axe finds nothing on the story of every kind (WCAG 2.2 A/AA)', async ({ page }) => {
  await page.goto(KINDS_PATH);
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
  await scrollThrough(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('nothing is requested from YouTube, X, Instagram, TikTok or Facebook before a tap; the YouTube card plays after one', async ({ page }) => {
  const requests = providerRequests(page);
  // No network here: the player is answered by a stand-in page, as YouTube's would be.
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Pemutar</title><p>Pemutar</p>' }));
  await page.goto(KINDS_PATH);
  await scrollThrough(page);
  const card = page.getByRole('button', { name: 'Putar video: Teks contoh: Big Buck Bunny' });
  await card.scrollIntoViewIfNeeded();
  expect(requests.map((request) => request.url())).toEqual([]);

  await card.click();
  const player = page.getByTitle('Video YouTube: Teks contoh: Big Buck Bunny');
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0');
  await expect(page.frameLocator('iframe[title^="Video YouTube"]').getByText('Pemutar')).toBeVisible();
  expect(requests.map((request) => new URL(request.url()).hostname)).toEqual(['www.youtube-nocookie.com']);
});

test.describe('before the app has started', () => {
  test.use({ startApp: false });

  test('an embed card is a plain link to the post, and the video waits for play', async ({ page }) => {
    const requests = providerRequests(page);
    await page.goto(KINDS_PATH);
    const article = page.getByRole('article', { name: HEADLINE });
    await expect(article.getByRole('link', { name: 'Buka di YouTube: Teks contoh: Big Buck Bunny' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    await expect(article.getByRole('button', { name: /^Putar video/ })).toHaveCount(0);
    await expect(article.locator('video')).toHaveAttribute('preload', 'none');
    expect(requests).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind is there, and a gallery still scrolls by itself', async ({ page }) => {
    await page.goto(KINDS_PATH);
    const article = page.getByRole('article', { name: HEADLINE });
    await expect(article.getByRole('table', { name: 'Teks contoh: jenis blok dan kegunaannya' })).toBeVisible();
    const gallery = article.getByRole('list', { name: /Galeri foto, 3 foto$/ });
    await expect(gallery.getByRole('listitem')).toHaveCount(3);
    expect(await gallery.evaluate((row) => getComputedStyle(row).scrollSnapType)).toContain('x');
    await expect(article.getByRole('link', { name: 'Buka di X (membuka tab baru)' })).toHaveAttribute('href', 'https://x.com/bbcindonesia');
  });
});
