import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, SEED_PATH, test } from './fixtures';

/**
 * "Hemat data" (#19): once the reader has chosen it and the service worker knows, no picture comes
 * from the network until the reader taps it: not a prerendered page's, not one the app renders.
 * Pictures are counted where they leave for the network: a response not given by the worker.
 */
const EVERY_KIND_PATH = '/post/read/contoh-semua-jenis-blok-artikel-warta';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

test.use({ serviceWorkers: 'allow', startApp: false });

/** The pictures (/images/…) fetched from the network from now on, by the page or its worker. */
function picturesFetched(context: BrowserContext): string[] {
  const fetched: string[] = [];
  context.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/images/') && !response.fromServiceWorker()) fetched.push(pathname);
  });
  return fetched;
}

async function startTheApp(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('"Hemat data" makes no image request until a tap (#19)', async ({ page, context, consoleProblems }) => {
  // The worker answers a held picture with nothing (204): Chromium may log it.
  consoleProblems.allow(/Failed to load resource/);
  const fetched = picturesFetched(context);

  // A first visit: the reader turns "Hemat data" on; the app registers the worker.
  await page.goto(SEED_PATH);
  await startTheApp(page);
  await page.getByText('Tampilan', { exact: true }).click();
  await page.getByRole('radio', { name: 'Aktif' }).check();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  // The picture already on screen stays: nothing the reader has seen is taken away.
  await expect(page.getByRole('button', { name: /^Tampilkan gambar/ })).toHaveCount(0);

  // The next page, every picture of every kind below the fold too: none is fetched.
  fetched.length = 0;
  await page.goto(EVERY_KIND_PATH, { waitUntil: 'networkidle' });
  const story = page.getByRole('article');
  const hero = story.getByRole('button', { name: /^Tampilkan gambar: .+, hingga \d+ kB$/ }).first();
  await expect(hero).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  // Held, a picture is its box, grey, with its caption below and its button: no broken picture.
  await expect(page.getByText('Gambar tidak tersedia')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // A tap (the reader's first gesture: the app has not started) loads that picture, and only it.
  const label = (await hero.getAttribute('aria-label')) ?? '';
  const alt = /^Tampilkan gambar: (.+), hingga \d+ kB$/.exec(label)?.[1] ?? '';
  await hero.click();
  const image = story.getByRole('img', { name: alt, exact: true });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(image).toBeVisible();
  await expect(story.getByRole('button', { name: label, exact: true })).toHaveCount(0);
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/^\/images\/gambar-contoh-gunung-/);

  // A story the app renders (opened in the app, from the home page) holds its pictures too.
  await startTheApp(page);
  fetched.length = 0;
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The lists leave the thumbnails' places to the headlines: no empty grey boxes.
  await expect(page.locator('main [data-teaser-picture]').first()).toBeHidden();
  await page.getByRole('main').getByRole('link').filter({ hasText: /\S/ }).first().click();
  await expect(page.getByRole('article').getByRole('button', { name: /^Tampilkan gambar/ }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
});
