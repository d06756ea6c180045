import path from 'node:path';
import { readdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { buildApi } from '../../scripts/content/build-api';
import { generateContent } from '../../scripts/content/generate';
import { indexImages } from '../../scripts/content/images';
import { expect, isPhone, NOT_FOUND_LOG, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/** A generated archive of 45 stories, served in place of the sample's list pages. */
async function generatedLatest(): Promise<Map<string, unknown>> {
  const imageDir = path.resolve('content/sample/images');
  const images = await indexImages(imageDir, (await readdir(imageDir)).filter((file) => file.endsWith('.svg')).map((file) => ({ file })));
  return buildApi({ dir: 'generated', ...generateContent(45) }, images);
}

test('"Muat lebih banyak" appends the next 20 stories, then the rest', async ({ page, consoleProblems }) => {
  // The generated stories' own articles are not on this server: prefetching them answers 404.
  consoleProblems.allow(NOT_FOUND_LOG);
  const files = await generatedLatest();
  await page.route('**/api/latest/*.json', (route) => {
    const file = new URL(route.request().url()).pathname.replace('/api/', '');
    const json = files.get(file);
    return json ? route.fulfill({ json }) : route.fulfill({ status: 404 });
  });
  // Start elsewhere, so the home page's list comes from the (generated) API, not the page.
  await page.goto('/cari');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
  const stories = page.getByRole('main').getByRole('article');
  await expect(stories).toHaveCount(20);
  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect(stories).toHaveCount(40);
  await expect(stories.nth(20).getByRole('link')).toBeFocused();
  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect(stories).toHaveCount(45);
  await expect(page.getByRole('button', { name: 'Muat lebih banyak' })).toHaveCount(0);
});

test('Back returns to the place in the list the reader left', async ({ page }) => {
  await page.goto('/');
  const last = page.getByRole('main').getByRole('article').last().getByRole('link');
  await last.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 80));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  const headline = (await last.textContent()) ?? '';
  await last.click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 5);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(5);
});

test('search from the header, then on to the story and its category', async ({ page }) => {
  await page.goto(SEED_PATH);
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Cari berita' });
  await box.fill('brandli');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cari\?q=brandli$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hasil untuk «brandli»' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('brandli');
  await page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeFocused();
  await page.getByRole('article', { name: SEED_HEADLINE }).getByRole('link', { name: 'Dunia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dunia' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Hasil untuk «brandli»' })).toBeVisible();
});

test('the navigation fits a phone without the page scrolling sideways', { tag: '@any-screen' }, async ({ page }) => {
  await page.goto('/kategori/dunia');
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Nasional' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  if (isPhone(page)) {
    await expect(page.getByRole('banner').getByRole('searchbox')).toBeVisible();
  }
});

for (const [name, path, heading] of [
  ['category', '/kategori/dunia', 'Dunia'],
  ['search results', '/cari?q=korut', 'Hasil untuk «korut»'],
  ['empty search', '/cari?q=zzqqxx', 'Hasil untuk «zzqqxx»'],
] as const) {
  test(`axe finds nothing on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
