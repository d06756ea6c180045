/**
 * A publisher's feed, end to end: `npm run content:import` fetches a small RSS feed from a server on
 * this machine, the content build and the prerender build the imported folder over a copy of the
 * built app, and a reader opens a story in Chromium, its picture coming from the publisher's image
 * host (answered here by a route: the test has no internet).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const STORY = '/post/read/hujan-deras-tiga-ruas-jalan-tergenang';
const PICTURE_HOST = 'https://gambar.wartauji.id';

function run(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

let work = '';
let site: ChildProcess | undefined;
let origin = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = await mkdtemp(path.join(tmpdir(), 'warta-import-'));
  // The CMS: a feed on this machine.
  const feed = await readFile(path.resolve('tests/fixtures/import/feed.rss.xml'));
  const cms = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}/feed/`;
  try {
    await run(['scripts/import-content.ts', feedUrl, '--out', path.join(work, 'content')], {});
  } finally {
    cms.close();
  }
  // The built app, with the imported content built into it in place of the sample.
  const dist = path.join(work, 'dist');
  await cp(path.resolve('dist'), dist, { recursive: true });
  await run(['scripts/build-content.ts'], { CONTENT_DIR: path.join(work, 'content'), CONTENT_OUT: dist });
  await run(['scripts/prerender.ts'], { DIST_DIR: dist });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  site = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: String(port), DIST_DIR: dist }, stdio: 'ignore' });
  await expect.poll(() => fetch(`${origin}/`).then((response) => response.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(async () => {
  site?.kill();
  if (work) await rm(work, { recursive: true, force: true });
});

test('a story imported from a feed reads as a Warta article, with its picture from the publisher', { tag: '@any-screen' }, async ({ page }) => {
  const picture = await readFile(path.resolve('tests/fixtures/import/foto-uji.jpg'));
  const requested: string[] = [];
  await page.route(`${PICTURE_HOST}/**`, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/jpeg', body: picture });
  });
  await page.goto(`${origin}${STORY}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hujan Deras, Tiga Ruas Jalan Tergenang & Macet');
  const main = page.getByRole('main');
  // The dateline and the editor's initials, found in the feed's text, set as Warta sets them.
  await expect(main.locator('p').filter({ hasText: 'Hujan deras sejak pagi' })).toHaveText(/^BANDUNG\s*-\s*Hujan deras sejak pagi membuat tiga ruas jalan tergenang\.$/);
  await expect(main.locator('p').filter({ hasText: 'Genangan mulai surut' })).toHaveText(/^Genangan mulai surut menjelang siang\.\s*\(sar\)$/);
  await expect(main.getByText('Genangan di jalan protokol.')).toBeVisible();
  // The picture is the publisher's own address, loaded as it is.
  const hero = main.getByRole('img', { name: 'Genangan di jalan protokol.' });
  await expect(hero).toHaveAttribute('src', `${PICTURE_HOST}/2025/03/genangan.jpg`);
  await expect.poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  expect(requested).toContain(`${PICTURE_HOST}/2025/03/genangan.jpg`);
  // "Baca juga" leads to the other story of the feed, on Warta.
  await main.getByRole('link', { name: 'Pintu Air Dibuka' }).first().click();
  await expect(page).toHaveURL(`${origin}/post/read/pintu-air-dibuka`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pintu Air Dibuka');
});
