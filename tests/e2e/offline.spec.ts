import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/**
 * Offline reading through the service worker (decision 13). Each test serves its own copy of dist/
 * on a port of its own and stops that server to go offline: the browser's offline switch does not
 * reach a service worker's own requests.
 */
const OTHER_PATH = '/post/read/dpr-sahkan-uu-ekstradisi-ri-rusia';
const OTHER_HEADLINE = 'DPR Sahkan UU Ekstradisi RI-Rusia';
const UNREAD_PATH = '/post/read/otoritas-kamchatka-umumkan-pencabutan-peringatan-tsunami';

interface Site {
  url: string;
  dir: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

async function serveCopy(port: number): Promise<Site> {
  const dir = await mkdtemp(path.join(tmpdir(), 'warta-offline-'));
  await cp('dist', dir, { recursive: true });
  let server: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  const start = async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: String(port), DIST_DIR: dir }, stdio: 'ignore' });
    for (let tries = 0; tries < 300; tries += 1) {
      const up = await fetch(`${url}/favicon.svg`).then((response) => response.ok, () => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the copy of dist/ did not answer on ${url}`);
  };
  const stop = async () => {
    const running = server;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill();
    });
  };
  await start();
  return { url, dir, start, stop };
}

/** Waits until the worker controls the page and has kept the page itself. */
async function workerKeeps(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await expect.poll(() => page.evaluate(async () => (await caches.match(window.location.href)) !== undefined), { timeout: 20_000 }).toBe(true);
}

/** The reader's first gesture starts the app, which registers the worker once it is idle. */
async function startTheApp(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
}

// The fixture's own start would wait for the app on the offline page, which has none.
test.use({ serviceWorkers: 'allow', startApp: false });

let site: Site;
// eslint-disable-next-line no-empty-pattern -- Playwright hands the fixtures first; this hook needs only testInfo.
test.beforeEach(async ({}, testInfo) => {
  // One port for each worker running beside the others; a test's server is stopped before the next.
  site = await serveCopy(4300 + testInfo.parallelIndex);
});
test.afterEach(async () => {
  await site.stop();
  await rm(site.dir, { recursive: true, force: true });
});

test('a story read online opens offline with its picture; a page not kept says so and lists what can be read (#19)', async ({ page, consoleProblems }) => {
  consoleProblems.allow(/Failed to load resource|net::ERR_/);
  await page.goto(site.url + SEED_PATH);
  await startTheApp(page);
  await workerKeeps(page);
  await site.stop();

  await page.goto(site.url + SEED_PATH);
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  const hero = page.getByRole('article').getByRole('img').first();
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

  await page.goto(site.url + UNREAD_PATH);
  await expect(page.getByRole('heading', { level: 1, name: 'Anda sedang tidak terhubung' })).toBeVisible();
  await expect(page.getByText('Halaman ini belum tersimpan untuk dibaca tanpa koneksi.', { exact: false })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('link', { name: SEED_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
});

test('a saved story opens offline from "Tersimpan", with its picture (#19)', async ({ page, consoleProblems }) => {
  consoleProblems.allow(/Failed to load resource|net::ERR_/);
  await page.goto(site.url + SEED_PATH);
  await startTheApp(page);
  await workerKeeps(page);
  await page.goto(site.url + OTHER_PATH);
  await startTheApp(page);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('link', { name: 'Lihat Tersimpan' })).toBeVisible();
  await page.getByRole('link', { name: 'Lihat Tersimpan' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: OTHER_HEADLINE })).toBeVisible();
  // Gone from the cache of pages read (as after 50 others): the saved copy is what is left.
  await page.evaluate(async (otherPath) => {
    const pages = await caches.open('warta-halaman');
    for (const request of await pages.keys()) if (new URL(request.url).pathname === otherPath) await pages.delete(request);
  }, OTHER_PATH);
  await site.stop();

  await page.goto(site.url + '/tersimpan');
  await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
  const link = page.getByRole('main').getByRole('link', { name: OTHER_HEADLINE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: OTHER_HEADLINE })).toBeVisible();
  const hero = page.getByRole('article').getByRole('img').first();
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
});

test('a new version is offered with "Muat ulang", never forced, and takes over when chosen (#19)', async ({ page, consoleProblems }) => {
  consoleProblems.allow(/Failed to load resource/);
  await page.goto(site.url + SEED_PATH);
  await startTheApp(page);
  await workerKeeps(page);
  // A new build's worker (the server restarted to serve it).
  await site.stop();
  const worker = path.join(site.dir, 'service-worker.js');
  await writeFile(worker, `${await readFile(worker, 'utf8')}\n// a new version\n`);
  await site.start();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const bar = page.getByRole('status').filter({ hasText: 'Versi baru Warta tersedia.' });
  await expect(bar).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await bar.getByRole('button', { name: 'Muat ulang' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(page.getByText('Versi baru Warta tersedia.')).toHaveCount(0);
});
