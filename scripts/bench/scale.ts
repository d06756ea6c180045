/**
 * npm run bench:scale [-- --sizes 100,1000,10000 --sitemap-sizes 100000]
 * Builds Warta on generated content of each size, in a scratch copy of the project, and measures:
 * the time and peak memory of each build step, the size of list pages (they must not grow), the
 * search index and the time a search takes once it is loaded, and the browser's memory while a
 * reader opens 100 articles in a row. For each of --sitemap-sizes it builds the content API alone and
 * measures making the discovery files (sitemap index, sitemaps, news sitemap, feeds) from it.
 * Writes docs/bench/scale.json and docs/performance-scale.md.
 */
import { cp, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium';
import { machine, median, percentile, startServer, timed, type Measured } from './lib';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, 'sitemap-sizes': { type: 'string', default: '100000' } } });
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const sitemapSizes = values['sitemap-sizes'].split(',').filter(Boolean).map(Number);
const root = process.cwd();
const scratch = path.join(root, '.cache/bench-scale');

interface SizeResult {
  articles: number;
  steps: Record<'content' | 'client' | 'server' | 'prerender', Measured>;
  buildSeconds: number;
  pages: number;
  bytes: { latestFirst: number; latestLast: number; categoryFirst: number; searchIndexMb: number; searchIndexFiles: number; distMb: number };
  search: QueryBytes & { firstMs: number; nextMsMedian: number; nextMsP95: number; queries: number };
  liveSearch: LiveSearch;
  browser?: { heapMbAfter: Record<string, number>; articlesOpened: number };
}

/**
 * Bytes a static site's query fetches (as sent, compressed): the engine and index (Pagefind's code, the
 * index's entry, WebAssembly, metadata and chunks: what #18's limits are on) apart from the results'
 * own data (a fragment a result shown).
 */
interface QueryBytes {
  first: { index: number; results: number };
  next: { indexMedian: number; indexMax: number; resultsMedian: number };
}

/** scripts/bench/live-search.ts's report, and the process's time and peak memory. */
interface LiveSearch {
  run: Measured;
  stories: number;
  indexSeconds: number;
  heapMb: number;
  queries: number;
  queryMsMedian: number;
  queryMsP95: number;
  queryMsMax: number;
  publishToFoundMs: number;
  syncToFoundMs: number;
}

/** The live render server's search over a built content API folder, in a process of its own. */
async function measureLiveSearch(cwd: string, apiDir: string, words: string[]): Promise<LiveSearch> {
  const report = path.join(cwd, 'live-search.json');
  const run = await timed('sh', ['-c', `${process.execPath} --expose-gc --max-old-space-size=8000 --import tsx scripts/bench/live-search.ts --api ${apiDir} --queries '${words.slice(0, 25).join(',')}' > ${report}`], { cwd });
  return { run, ...(JSON.parse(await readFile(report, 'utf8')) as Omit<LiveSearch, 'run'>) };
}

function queryBytes(perQuery: { index: number; results: number }[]): QueryBytes {
  const [first = { index: 0, results: 0 }, ...next] = perQuery;
  return {
    first,
    next: { indexMedian: median(next.map((bytes) => bytes.index)), indexMax: Math.max(...next.map((bytes) => bytes.index)), resultsMedian: median(next.map((bytes) => bytes.results)) },
  };
}

/**
 * The words a reader searches for, from the newest headlines: longer than four letters, and not
 * "contoh", which opens every generated headline ("Contoh: …") and so is in every story.
 */
function queryWords(headlines: readonly string[]): string[] {
  return [...new Set(headlines.flatMap((headline) => headline.toLowerCase().split(/[^\p{L}\p{N}]+/u)))].filter((word) => word.length > 4 && word !== 'contoh');
}

async function copyProject(target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const entry of ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'src', 'scripts', 'content/sample', 'public']) {
    await cp(path.join(root, entry), path.join(target, entry), {
      recursive: true,
      filter: (source) => !/public\/(api|images)(\/|$)/.test(path.relative(root, source)),
    });
  }
  await symlink(path.join(root, 'node_modules'), path.join(target, 'node_modules'));
}

async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size;
}

async function dirMb(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return Math.round((total / 2 ** 20) * 10) / 10;
}

async function countHtml(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).length;
}

/**
 * A running count of the bytes (as sent, compressed) of the page's /pagefind/ responses, from
 * Chromium's network events: the engine and index apart from the results' fragments.
 */
async function countSearchBytes(page: Page): Promise<() => { index: number; results: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const bytes = { index: 0, results: 0 };
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId) ?? '';
    if (url.includes('/pagefind/fragment/')) bytes.results += event.encodedDataLength;
    else if (url.includes('/pagefind/')) bytes.index += event.encodedDataLength;
  });
  return () => ({ ...bytes });
}
const less = (after: { index: number; results: number }, before: { index: number; results: number }) => ({ index: after.index - before.index, results: after.results - before.results });

/**
 * Search as a reader meets it: /cari?q=… in Chromium at 390×844 over the static server, with the
 * bytes of /pagefind/ responses (as sent, compressed) for a first query (engine, index entry,
 * WebAssembly, chunks, result fragments) and for each next one, and the time from submitting a
 * query to its results on screen. Queries are words of the stories' headlines.
 */
async function measureSearch(distDir: string, cwd: string, words: string[]): Promise<SizeResult['search']> {
  const port = 4197;
  const server = await startServer(cwd, distDir, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const searchBytes = await countSearchBytes(page);
    const settled = () => page.locator('main section[aria-live="polite"]').waitFor();
    const queries = words.slice(0, 11);
    const times: number[] = [];
    await page.goto(`http://127.0.0.1:${port}/cari`);
    await page.mouse.move(1, 1);
    await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
    const perQuery: { index: number; results: number }[] = [];
    for (const query of queries) {
      const before = searchBytes();
      const box = page.getByRole('main').getByRole('searchbox');
      await box.fill(query);
      const started = performance.now();
      await box.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await settled();
      times.push(performance.now() - started);
      // Responses still finishing are counted with the query that asked for them.
      await page.waitForLoadState('networkidle');
      perQuery.push(less(searchBytes(), before));
    }
    const [firstMs = 0, ...nextMs] = times;
    const round = (value: number) => Math.round(value);
    return { ...queryBytes(perQuery), firstMs: round(firstMs), nextMsMedian: round(median(nextMs)), nextMsP95: round(percentile(nextMs, 95)), queries: queries.length };
  } finally {
    await browser.close();
    server.stop();
  }
}

const ARTICLES_OPENED = 200;

/** Opens 200 articles in a row inside the app, following "Berita Terkait", and reads the JS heap after GC. */
async function measureBrowser(distDir: string, cwd: string): Promise<SizeResult['browser']> {
  const port = 4196; // not 4190: that is on the Fetch standard's list of blocked ports (sieve)
  const server = await startServer(cwd, distDir, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
      return Math.round((used / 2 ** 20) * 10) / 10;
    };
    await page.goto(`http://127.0.0.1:${port}/`);
    // The app starts on the reader's first gesture; every article after this opens inside it.
    await page.mouse.move(1, 1);
    await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
    await page.evaluate(() => Object.assign(window, { wartaSameDocument: true }));
    await page.getByRole('main').getByRole('article').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const heapMbAfter: Record<string, number> = { '1': await heapMb() };
    const seen = new Set<string>([page.url()]);
    let opened = 1;
    while (opened < ARTICLES_OPENED) {
      const links = page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''));
      const next = hrefs.find((href) => !seen.has(`http://127.0.0.1:${port}${href}`)) ?? hrefs[0];
      if (!next) break;
      await page.locator(`aside a[href="${next}"]`).first().click();
      await page.waitForURL(`**${next}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      seen.add(page.url());
      opened += 1;
      if (opened % 50 === 0 || opened === 25) heapMbAfter[String(opened)] = await heapMb();
    }
    // A full page load would have reset the heap and made the figures meaningless.
    if (!(await page.evaluate(() => 'wartaSameDocument' in window))) throw new Error('an article opened as a new page, not inside the app');
    return { heapMbAfter, articlesOpened: opened };
  } finally {
    await browser.close();
    server.stop();
  }
}

const results: SizeResult[] = [];
for (const articles of sizes) {
  console.log(`\n== ${articles} articles`);
  const work = path.join(scratch, String(articles));
  await copyProject(work);
  await timed('npx', ['tsx', 'scripts/generate-content.ts', '--articles', String(articles), '--out', 'content/generated'], { cwd: work });
  const env = { CONTENT_DIR: 'content/generated' };
  const steps = {
    content: await timed('npx', ['tsx', 'scripts/build-content.ts'], { cwd: work, env }),
    client: await timed('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: work, env }),
    server: await timed('npx', ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-ssr', '--logLevel', 'warn'], { cwd: work, env }),
    prerender: await timed('npx', ['tsx', 'scripts/prerender.ts'], { cwd: work, env }),
  };
  const dist = path.join(work, 'dist');
  const latest = await readdir(path.join(dist, 'api/latest'));
  const headlines = (JSON.parse(await readFile(path.join(dist, 'api/latest/1.json'), 'utf8')) as { items: { headline: string }[] }).items.map((item) => item.headline);
  const searchIndex = path.join(dist, 'pagefind');
  const words = queryWords(headlines);
  const result: SizeResult = {
    articles,
    steps,
    buildSeconds: Math.round(Object.values(steps).reduce((sum, step) => sum + step.seconds, 0) * 10) / 10,
    pages: await countHtml(dist),
    bytes: {
      latestFirst: await sizeOf(path.join(dist, 'api/latest/1.json')),
      latestLast: await sizeOf(path.join(dist, 'api/latest', `${latest.length}.json`)),
      categoryFirst: await sizeOf(path.join(dist, 'api/categories/ekonomi/1.json')),
      searchIndexMb: await dirMb(searchIndex),
      searchIndexFiles: (await readdir(searchIndex, { recursive: true })).length,
      distMb: await dirMb(dist),
    },
    search: await measureSearch(dist, work, words),
    liveSearch: await measureLiveSearch(work, path.join(dist, 'api'), words),
  };
  if (articles >= 1000) result.browser = await measureBrowser(dist, work);
  results.push(result);
  console.log(JSON.stringify(result, null, 2));
}

interface SitemapResult {
  articles: number;
  contentBuild: Measured;
  search: QueryBytes & { indexMb: number; indexFiles: number; firstMs: number; nextMsMedian: number; nextMsP95: number; queries: number };
  liveSearch: LiveSearch;
  discovery: Measured;
  files: number;
  addresses: number;
  biggest: { path: string; addresses: number; bytes: number };
}

/** The discovery files of N stories: the content API alone is built (no pages), then every file is made from it. */
async function measureSitemaps(articles: number): Promise<SitemapResult> {
  const work = path.join(scratch, `sitemaps-${articles}`);
  // Generating 100,000 stories takes minutes and is the same every time: kept between runs, under a
  // name that changes with the generator (#16: its format; #18: its words follow Zipf's law).
  const generated = path.join(scratch, `generated-${articles}-v18`);
  const have = await readdir(path.join(generated, 'articles')).then((files) => files.length, () => 0);
  await copyProject(work);
  if (have < articles) await timed('npx', ['tsx', 'scripts/generate-content.ts', '--articles', String(articles), '--out', generated], { cwd: work });
  const contentBuild = await timed(process.execPath, ['--max-old-space-size=8000', '--import', 'tsx', 'scripts/build-content.ts'], {
    cwd: work,
    env: { CONTENT_DIR: generated, CONTENT_OUT: 'out' },
  });
  const report = path.join(work, 'discovery.json');
  const discovery = await timed('sh', ['-c', `npx tsx scripts/bench/discovery-files.ts --api out/api --out discovery > ${report}`], { cwd: work });
  const made = JSON.parse(await readFile(report, 'utf8')) as Pick<SitemapResult, 'files' | 'addresses' | 'biggest'>;
  const latest = JSON.parse(await readFile(path.join(work, 'out/api/latest/1.json'), 'utf8')) as { items: { headline: string }[] };
  const words = queryWords(latest.items.map((item) => item.headline));
  const search = await measurePagefind(work, path.join(work, 'out/pagefind'), words);
  const liveSearch = await measureLiveSearch(work, path.join(work, 'out/api'), words);
  return { articles, contentBuild, discovery, files: made.files, addresses: made.addresses, biggest: made.biggest, search, liveSearch };
}

/**
 * The index alone, at a size whose pages are not built: Pagefind's code and index on a blank page of the
 * static server, queried as the search page queries them (createInstance, no worker, the first 10 results' data).
 */
async function measurePagefind(work: string, pagefindDir: string, words: string[]): Promise<SitemapResult['search']> {
  const site = path.join(work, 'search-site');
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<!doctype html><html lang="id"><title>cari</title><body></body></html>');
  await writeFile(path.join(site, '404.html'), 'not found');
  await symlink(pagefindDir, path.join(site, 'pagefind'));
  const port = 4198;
  const server = await startServer(work, site, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const searchBytes = await countSearchBytes(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    const perQuery: { index: number; results: number }[] = [];
    const times: number[] = [];
    for (const [index, query] of words.slice(0, 11).entries()) {
      const before = searchBytes();
      const ms = await page.evaluate(
        async ({ query, first }) => {
          const started = performance.now();
          const w = window as unknown as { warta?: { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } };
          if (first) {
            const runtime = '/pagefind/pagefind.js';
            const module = (await import(/* @vite-ignore */ runtime)) as { createInstance: (options: object) => { init: () => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } };
            const instance = module.createInstance({ basePath: '/pagefind/', noWorker: true });
            await instance.init();
            w.warta = instance;
          }
          const found = await w.warta?.search(query);
          // The first page of results, as the search page loads it (RESULTS_PAGE_SIZE).
          await Promise.all((found?.results ?? []).slice(0, 10).map((result) => result.data()));
          return performance.now() - started;
        },
        { query, first: index === 0 },
      );
      await page.waitForLoadState('networkidle');
      perQuery.push(less(searchBytes(), before));
      times.push(ms);
    }
    const [firstMs = 0, ...nextMs] = times;
    return {
      indexMb: await dirMb(pagefindDir),
      indexFiles: (await readdir(pagefindDir, { recursive: true })).length,
      ...queryBytes(perQuery),
      firstMs: Math.round(firstMs),
      nextMsMedian: Math.round(median(nextMs)),
      nextMsP95: Math.round(percentile(nextMs, 95)),
      queries: perQuery.length,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

const sitemaps: SitemapResult[] = [];
for (const articles of sitemapSizes) {
  console.log(`\n== discovery files of ${articles} stories`);
  sitemaps.push(await measureSitemaps(articles));
  console.log(JSON.stringify(sitemaps.at(-1), null, 2));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = results.map((r) =>
  [
    r.articles.toLocaleString('en'),
    r.pages.toLocaleString('en'),
    `${r.steps.content.seconds} s / ${r.steps.content.peakMb} MB`,
    `${(r.steps.client.seconds + r.steps.server.seconds).toFixed(1)} s / ${Math.max(r.steps.client.peakMb, r.steps.server.peakMb)} MB`,
    `${r.steps.prerender.seconds} s / ${r.steps.prerender.peakMb} MB`,
    `${r.buildSeconds} s`,
    `${kb(r.bytes.latestFirst)} / ${kb(r.bytes.latestLast)}`,
    kb(r.bytes.categoryFirst),
    `${r.bytes.searchIndexMb} MB, ${r.bytes.searchIndexFiles.toLocaleString('en')} files`,
    r.browser ? Object.entries(r.browser.heapMbAfter).map(([n, mb]) => `${n}: ${mb}`).join(', ') : '–',
  ].join(' | '),
);
const markdown = `# Warta at scale

Measured by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.
Each size is generated content (\`npm run content:generate\`) built from scratch in a copy of the project.
Times are wall-clock seconds, memory the peak resident size of the step (GNU time). List pages hold 20
stories whatever the size of the archive. The content build's time includes writing the static search index
(Pagefind); search is measured below. Browser memory is Chromium's JS
heap after garbage collection while a reader opens ${ARTICLES_OPENED} articles one after another inside the app (following
"Berita Terkait"), at 390×844.

| articles | HTML pages | content build | client + server build | prerender | whole build | latest/1.json / last page | category page | search index on disk | JS heap (MB) after N articles |
| ---: | ---: | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${row} |`).join('\n')}

## Discovery files

The sitemap index, a sitemap per month (at most 50,000 addresses each), the pages sitemap, the news
sitemap and the feeds, made from the content API's archive (\`scripts/bench/discovery-files.ts\`, the code
the prerender and the live server use) after the content build alone. Memory is the peak resident size.

| stories | content build | discovery files | files | addresses | biggest sitemap |
| ---: | --- | --- | ---: | ---: | --- |
${sitemaps
  .map((r) =>
    [
      r.articles.toLocaleString('en'),
      `${r.contentBuild.seconds} s / ${r.contentBuild.peakMb} MB`,
      `${r.discovery.seconds} s / ${r.discovery.peakMb} MB`,
      r.files,
      r.addresses.toLocaleString('en'),
      `${r.biggest.addresses.toLocaleString('en')} addresses, ${kb(r.biggest.bytes)}`,
    ].join(' | '),
  )
  .map((row) => `| ${row} |`)
  .join('\n')}

## Search

Generated text follows Zipf's law over 40,000 words (\`scripts/content/generate.ts\`). Queries are words of
the newest stories' headlines (but "contoh", which opens every generated headline).

**Static site** (Pagefind, \`dist/pagefind/\`, written by the content build above). At 1,000 and 10,000 stories,
the search page in Chromium at 390×844 over the static server: Enter in its search box, to the results on
screen. At larger sizes, the index alone on a blank page, queried as the search page queries it. Bytes are
as sent (compressed), split into the engine and index (Pagefind's code, the index's entry, the Indonesian
WebAssembly, the metadata and the chunks a query needs: what #18 limits to 150 kB for a first query and 30
kB for a next one at 10,000 stories) and the results' own data (a fragment for each of the 10 results a page shows).

| stories | index on disk | first query: engine and index + results | next query (median): engine and index + results; max engine and index | time: first / next median / p95 |
| ---: | --- | --- | --- | --- |
${[
  ...results.map((r) => ({ articles: r.articles, indexMb: r.bytes.searchIndexMb, indexFiles: r.bytes.searchIndexFiles, search: r.search })),
  ...sitemaps.map((r) => ({ articles: r.articles, indexMb: r.search.indexMb, indexFiles: r.search.indexFiles, search: r.search })),
]
  .map((r) =>
    [
      r.articles.toLocaleString('en'),
      `${r.indexMb} MB, ${r.indexFiles.toLocaleString('en')} files`,
      `${kb(r.search.first.index)} + ${kb(r.search.first.results)}`,
      `${kb(r.search.next.indexMedian)} + ${kb(r.search.next.resultsMedian)}; ${kb(r.search.next.indexMax)}`,
      `${r.search.firstMs} / ${r.search.nextMsMedian} / ${r.search.nextMsP95} ms`,
    ].join(' | '),
  )
  .map((row) => `| ${row} |`)
  .join('\n')}

**Live mode** (the render server's own index, \`src/server/story-search.ts\`, \`scripts/bench/live-search.ts\`): read
from the built content API folder as the server reads the content API, in a process of its own. Index: the
time to read and index every story, the JS heap after garbage collection and the process's peak memory.
Queries: one- and two-word queries, each once, in the server (a reader adds the network and Varnish, and
fetches only the results). Findable: a story saved and published (the publish call reads it at once), and one
saved without a publish call (found at the index's next look at the archive, every 20 s; the time is that
look's).

| stories | index: time / heap / peak memory | query: median / p95 / max | findable: with a publish call / at the next look |
| ---: | --- | --- | --- |
${[...results.map((r) => r.liveSearch), ...sitemaps.map((r) => r.liveSearch)]
  .map((r) =>
    [
      r.stories.toLocaleString('en'),
      `${r.indexSeconds} s / ${r.heapMb} MB / ${r.run.peakMb} MB`,
      `${r.queryMsMedian} / ${r.queryMsP95} / ${r.queryMsMax} ms`,
      `${r.publishToFoundMs} ms / ${r.syncToFoundMs} ms`,
    ].join(' | '),
  )
  .map((row) => `| ${row} |`)
  .join('\n')}
`;
await mkdir(path.join(root, 'docs/bench'), { recursive: true });
await writeFile(path.join(root, 'docs/bench/scale.json'), `${JSON.stringify({ machine: machine(), results, sitemaps }, null, 2)}\n`);
await writeFile(path.join(root, 'docs/performance-scale.md'), markdown);
console.log(`\n${markdown}`);
