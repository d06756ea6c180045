import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, NOT_FOUND_LOG, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/**
 * What the first frame showed: the page's scheme and its background colour, and the root font size,
 * read in the first animation frame, which runs before the browser first paints the page.
 */
async function firstFrame(page: Page, path: string): Promise<{ scheme: string; background: string; fontSize: string }> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const style = getComputedStyle(document.documentElement);
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        scheme: style.colorScheme,
        background: getComputedStyle(document.body).backgroundColor,
        fontSize: style.fontSize,
      };
    });
  });
  await page.goto(path);
  await page.waitForFunction(() => 'firstFrame' in window);
  return page.evaluate(() => (window as unknown as { firstFrame: { scheme: string; background: string; fontSize: string } }).firstFrame);
}

const remember = (page: Page, entries: Record<string, string>) =>
  page.addInitScript((pairs) => {
    for (const [key, value] of Object.entries(pairs)) localStorage.setItem(key, value);
  }, entries);

const DARK = 'rgb(18, 18, 18)';
const LIGHT = 'rgb(255, 255, 255)';

test.describe('the theme and the text size at the first paint, before the app (#19)', () => {
  test.use({ startApp: false });

  for (const { system, chosen, expected } of [
    { system: 'light', chosen: undefined, expected: LIGHT },
    { system: 'dark', chosen: undefined, expected: DARK },
    { system: 'dark', chosen: 'light', expected: LIGHT },
    { system: 'light', chosen: 'dark', expected: DARK },
  ] as const) {
    test(`system ${system}, ${chosen ? `"${chosen === 'dark' ? 'Gelap' : 'Terang'}" chosen` : 'nothing chosen'}: the first frame is ${expected === DARK ? 'dark' : 'light'}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      if (chosen) await remember(page, { 'warta:theme': chosen });
      const frame = await firstFrame(page, SEED_PATH);
      expect(frame.background).toBe(expected);
      expect(frame.scheme).toBe(expected === DARK ? 'dark' : 'normal');
    });
  }

  test('a remembered text size is the first frame’s, and nothing overflows at the largest', async ({ page }) => {
    await remember(page, { 'warta:text': 'xxl' });
    const frame = await firstFrame(page, SEED_PATH);
    expect(frame.fontSize).toBe('24px');
    for (const path of [SEED_PATH, '/', '/post/read/contoh-semua-jenis-blok-artikel-warta']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
    }
  });

  test('a choice made before the app has started applies at once and is the next page’s at its first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(SEED_PATH);
    await page.getByText('Tampilan', { exact: true }).click();
    await page.getByRole('radio', { name: 'Gelap' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK);
    await page.keyboard.press('Escape');
    const frame = await firstFrame(page, '/');
    expect(frame.background).toBe(DARK);
  });
});

const pages: { name: string; path: string; heading: string | RegExp }[] = [
  { name: 'home', path: '/', heading: 'Berita Terkini' },
  { name: 'article', path: SEED_PATH, heading: SEED_HEADLINE },
  { name: 'story of every kind', path: '/post/read/contoh-semua-jenis-blok-artikel-warta', heading: 'Contoh: Semua Jenis Blok dalam Satu Artikel Warta' },
  { name: 'search', path: '/cari?q=tsunami', heading: /^Hasil untuk/ },
  { name: 'not found', path: '/tidak/ada', heading: 'Halaman tidak ditemukan' },
];

for (const { name, path, heading } of pages) {
  test(`axe finds nothing on the ${name} page in the dark theme, its menu open (#19)`, async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (path.startsWith('/cari')) await expect(page.getByRole('main').getByRole('link', { name: /tsunami/i }).first()).toBeVisible();
    await expect(page.locator('body')).toHaveCSS('background-color', DARK);
    await page.getByText('Tampilan', { exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
