import type { Page } from '@playwright/test';
import { expect, SEED_PATH, test } from './fixtures';

// What the first frame shows does not depend on the screen's size: this file runs at 390 px only (playwright.config.ts).

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
