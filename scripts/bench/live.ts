/**
 * npm run bench:live — the live mode's figures, on loopback, with autocannon for fixed times:
 * - the render server alone (no cache): pages per second and p50/p99 latency for the seed article
 *   and the home page, on its one Node process (one core), and where a page's time goes (the
 *   Server-Timing of the content fetch and the render, medians of 50);
 * - through Varnish: requests per second and p99 for every page of the sample at once, and how many
 *   renders the render server did for them (varnishstat's backend requests);
 * - publish to shareable: a changed headline, from the publish call to the page showing it (20 times);
 * - with LARGE (100,000) generated stories behind a content API: the render server's memory after
 *   10,000 different article pages.
 * Writes docs/performance-live.md and docs/bench/live.json.
 *   SKIP_BUILD=1 · DURATION (seconds a load lasts, 10) · LARGE (stories, 100000; 0 skips that run)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile, chmod } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import sirv from 'sirv';
import { machine, median } from './lib';

const DURATION = Number(process.env.DURATION ?? 10);
const LARGE = Number(process.env.LARGE ?? 100_000);
const SEED = '/post/read/media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia';
const TOKEN = 'bench-token';
const groups: ChildProcess[] = [];

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

function startGroup(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  groups.push(child);
  return child;
}

function stopAll(): void {
  for (const child of groups) if (child.pid !== undefined && child.exitCode === null) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
}
process.on('exit', stopAll);

async function until(url: string, seconds = 300): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

interface Load {
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function load(url: string | string[], connections = 10): Promise<Load> {
  const urls = Array.isArray(url) ? url : [url];
  const [first = ''] = urls;
  const origin = new URL(first).origin;
  const result = await autocannon({
    url: origin,
    connections,
    duration: DURATION,
    requests: urls.map((each) => ({ method: 'GET', path: new URL(each).pathname })),
  });
  return { url: urls.length > 1 ? `${urls.length} pages` : first, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

/** Medians of the render server's own Server-Timing over `count` requests, and the client's time to the whole page. */
async function timings(url: string, count = 50): Promise<{ content: number; render: number; total: number }> {
  const content: number[] = [];
  const render: number[] = [];
  const total: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    total.push(performance.now() - started);
    const header = response.headers.get('server-timing') ?? '';
    content.push(Number(/content;dur=([\d.]+)/.exec(header)?.[1] ?? 0));
    render.push(Number(/render;dur=([\d.]+)/.exec(header)?.[1] ?? 0));
  }
  return { content: median(content), render: median(render), total: median(total) };
}

function varnishBackendRequests(workDir: string): number {
  const { stdout } = spawnSync('varnishstat', ['-n', workDir, '-1', '-f', 'MAIN.backend_req'], { encoding: 'utf8' });
  return Number(/MAIN\.backend_req\s+(\d+)/.exec(stdout)?.[1] ?? NaN);
}

function rssMb(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then((status) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024));
}

/** The node process a group leader started (tsx runs the script in a child of its own or in itself). */
async function scriptPid(leader: number, script: string): Promise<number> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const group = Number(stat.split(') ')[1]?.split(' ')[2]);
    if (group === leader && cmdline.includes(script)) return Number(entry);
  }
  return leader;
}

if (!process.env.SKIP_BUILD) {
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (status !== 0) process.exit(1);
}

const work = await mkdtemp(path.join(tmpdir(), 'warta-bench-live-'));
await chmod(work, 0o755);
const contentDir = path.join(work, 'content');
await cp('content/sample', contentDir, { recursive: true });
const [port = 0, renderPort = 0, contentPort = 0, purgePort = 0, largeApiPort = 0, largeRenderPort = 0] = await freePorts(6);
const contentApiUrl = `http://127.0.0.1:${contentPort}`;
startGroup(['scripts/live/content-api.ts'], { CONTENT_DIR: contentDir, CONTENT_API_PORT: String(contentPort), CONTENT_WORK_DIR: path.resolve('.cache/content-api/bench') });
await until(`${contentApiUrl}/_health`);
const varnishDir = path.join(work, 'varnish');
startGroup(['scripts/live/start.ts'], {
  PORT: String(port), RENDER_PORT: String(renderPort), PURGE_PORT: String(purgePort), CONTENT_API_URL: contentApiUrl,
  SITE_URL: 'https://warta.example', PUBLISH_TOKEN: TOKEN, VARNISH_DIR: varnishDir,
});
const publicUrl = `http://127.0.0.1:${port}`;
const renderUrl = `http://127.0.0.1:${renderPort}`;
await until(`${publicUrl}/_health`);
console.log('bench:live: the stack is up');

// Warm the render server (its modules and JIT) before measuring it.
for (let index = 0; index < 50; index += 1) await (await fetch(`${renderUrl}${SEED}`)).arrayBuffer();
const alone = {
  article: await load(`${renderUrl}${SEED}`),
  home: await load(`${renderUrl}/`),
  articleTimings: await timings(`${renderUrl}${SEED}`),
  homeTimings: await timings(`${renderUrl}/`),
};
console.log('bench:live: render server alone', alone);

const pages = ['/', SEED, '/kategori/dunia', '/kategori/nasional', '/cari'];
for (const file of await readdir(path.join(contentDir, 'articles'))) pages.push(`/post/read/${file.replace(/\.json$/, '')}`);
const uniquePages = [...new Set(pages)];
const before = varnishBackendRequests(path.join(varnishDir, 'work'));
const cached = await load(uniquePages.map((page) => `${publicUrl}${page}`), 20);
const renders = varnishBackendRequests(path.join(varnishDir, 'work')) - before;
console.log('bench:live: through Varnish', cached, 'renders', renders);

// Publish to shareable: a headline changed in the content folder, published, then the page read until it shows it.
const storyFile = path.join(contentDir, 'articles', 'dpr-sahkan-uu-ekstradisi-ri-rusia.json');
const original = await readFile(storyFile, 'utf8');
await (await fetch(`${publicUrl}/post/read/dpr-sahkan-uu-ekstradisi-ri-rusia`)).arrayBuffer();
const publishTimes: number[] = [];
for (let round = 1; round <= 20; round += 1) {
  const headline = `DPR Sahkan UU Ekstradisi RI-Rusia (versi ${round})`;
  await writeFile(storyFile, original.replace('"headline":"DPR Sahkan UU Ekstradisi RI-Rusia"', `"headline":${JSON.stringify(headline)}`).replace(/"headline": "DPR Sahkan UU Ekstradisi RI-Rusia"/, `"headline": ${JSON.stringify(headline)}`));
  const started = performance.now();
  const published = await fetch(`${publicUrl}/_publish`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ slugs: ['dpr-sahkan-uu-ekstradisi-ri-rusia'] }) });
  if (!published.ok) throw new Error(`publish answered ${published.status}`);
  for (;;) {
    const html = await (await fetch(`${publicUrl}/post/read/dpr-sahkan-uu-ekstradisi-ri-rusia`)).text();
    if (html.includes(`(versi ${round})`)) break;
  }
  publishTimes.push(performance.now() - started);
}
await writeFile(storyFile, original);
const publish = { median: median(publishTimes), max: Math.max(...publishTimes) };
console.log('bench:live: publish to shareable', publish);

let large: { stories: number; pages: number; rssStartMb: number; rssEndMb: number; secondsFor10000: number } | undefined;
if (LARGE > 0) {
  const out = path.resolve('.cache/bench-live/out');
  const generated = path.resolve('.cache/bench-live/content');
  const have = await readdir(path.join(generated, 'articles')).then((files) => files.length, () => 0);
  if (have !== LARGE) {
    console.log(`bench:live: generating ${LARGE} stories and building their API (once; kept in .cache/bench-live)`);
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-content.ts', '--articles', String(LARGE), '--out', generated], { stdio: 'inherit' });
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    spawnSync(process.execPath, ['--max-old-space-size=8000', '--import', 'tsx', 'scripts/build-content.ts'], { stdio: 'inherit', env: { ...process.env, CONTENT_DIR: generated, CONTENT_OUT: out } });
  }
  const files = sirv(out, { dev: false });
  const api = createHttpServer((request, response) => {
    files(request, response, () => {
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => api.listen(largeApiPort, '127.0.0.1', resolve));
  const server = startGroup(['scripts/live/render-server.ts'], {
    RENDER_PORT: String(largeRenderPort), CONTENT_API_URL: `http://127.0.0.1:${largeApiPort}`, SITE_URL: 'https://warta.example', PUBLISH_TOKEN: TOKEN,
  });
  const base = `http://127.0.0.1:${largeRenderPort}`;
  await until(`${base}/_health`);
  const slugs = (await readdir(path.join(out, 'api/articles'))).slice(0, 10_000).map((file) => file.replace(/\.json$/, ''));
  for (const slug of slugs.slice(0, 20)) await (await fetch(`${base}/post/read/${slug}`)).arrayBuffer();
  const pid = await scriptPid(server.pid ?? 0, 'render-server');
  const rssStartMb = await rssMb(pid);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < slugs.length) {
        const slug = slugs[next++];
        const response = await fetch(`${base}/post/read/${slug ?? ''}`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`/post/read/${slug ?? ''} answered ${response.status}`);
      }
    }),
  );
  const secondsFor10000 = (performance.now() - started) / 1000;
  const rssEndMb = await rssMb(pid);
  api.close();
  large = { stories: LARGE, pages: slugs.length, rssStartMb, rssEndMb, secondsFor10000 };
  console.log('bench:live: at scale', large);
}
stopAll();

const report = { date: new Date().toISOString(), machine: machine(), durationSeconds: DURATION, alone, cached: { ...cached, pages: uniquePages.length, renders }, publish, large };
await mkdir('docs/bench', { recursive: true });
await writeFile('docs/bench/live.json', `${JSON.stringify(report, null, 2)}\n`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
await writeFile(
  'docs/performance-live.md',
  `# The live mode: figures

\`npm run bench:live\` on ${report.machine}, ${report.date.slice(0, 10)}. Loads last ${DURATION} s each (autocannon, 10
connections; 20 through Varnish), on loopback: the load tool shares the machine's two cores with what it measures.

## The render server alone (no cache, one Node process)

| page | pages/s | p50 | p99 | content fetch (median) | render (median) | whole page, one at a time (median) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| seed article | ${alone.article.requestsPerSecond} | ${alone.article.p50} ms | ${alone.article.p99} ms | ${ms(alone.articleTimings.content)} | ${ms(alone.articleTimings.render)} | ${ms(alone.articleTimings.total)} |
| home page | ${alone.home.requestsPerSecond} | ${alone.home.p50} ms | ${alone.home.p99} ms | ${ms(alone.homeTimings.content)} | ${ms(alone.homeTimings.render)} | ${ms(alone.homeTimings.total)} |

A page's head names what it shows, so no byte of it can leave before its content has been fetched; after that
the render takes the time above. Streaming could send the first bytes that much sooner, no more: the pages
are sent whole (renderToString), and Varnish serves almost every request from its cache anyway.

## Through Varnish

| what | requests/s | p99 | renders by the origin |
| --- | ---: | ---: | ---: |
| all ${uniquePages.length} pages of the sample, ${DURATION} s | ${cached.requestsPerSecond} | ${cached.p99} ms | ${renders} (${(renders / uniquePages.length).toFixed(1)} a page) |

## Publish to shareable

A headline changed in the content folder, \`POST /_publish\`, then the page read until it shows it: median
${ms(publish.median)}, at most ${ms(publish.max)} (20 times). The publish call purges by surrogate key before it answers,
so the first read after it is already the new page.

${large ? `## At scale

${large.stories.toLocaleString('en')} generated stories behind a static content API: the render server rendered ${large.pages.toLocaleString('en')} different
article pages (8 at a time) in ${large.secondsFor10000.toFixed(1)} s. Its memory (RSS): ${large.rssStartMb} MB after 20 pages, ${large.rssEndMb} MB after all of them.
` : ''}`,
);
console.log('bench:live: wrote docs/performance-live.md and docs/bench/live.json');
process.exit(0);
