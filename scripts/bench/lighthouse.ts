/**
 * npm run bench — how fast Warta is against the limit, on this machine.
 *
 * Builds the project, serves dist/ and a hand-made static copy of the seed article (bench/static-seed:
 * one HTML file, inline CSS, the same image, no script) with the project's own gzip static server,
 * and runs Lighthouse 12.2.3 in Debian's Chromium on both, alternately, RUNS times each, with the mobile
 * and desktop presets, on the seed article and the home page. Then, in Chromium with a 4× slower CPU,
 * it times a click on a prefetched article link until its headline is painted, and the render of a
 * 5,000-block article. Prints and writes docs/performance.md and docs/bench/lighthouse.json.
 *   RUNS (default 5), SKIP_BUILD=1 to measure the dist/ already built
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { ARTICLE_PAGE_MODULES, BUDGET, gzipBytes } from '../lib/bundle-size';
import { filesForPage, readManifest } from '../../src/server/manifest';
import { CHROMIUM_ARGS, chromiumPath } from '../lib/chromium';
import { machine, median, startServer } from './lib';

const RUNS = Number(process.env.RUNS ?? 5);
/** ONLY_INTERACTIONS=1 skips Lighthouse, to work on the interaction figures: prints them, writes nothing. */
const ONLY_INTERACTIONS = process.env.ONLY_INTERACTIONS === '1';
const root = process.cwd();
const distDir = path.join(root, 'dist');
const staticDir = path.join(root, '.cache/bench-static');
const WARTA_PORT = 4281;
const STATIC_PORT = 4282;
const SEED_PATH = '/post/read/media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia';

type Preset = 'mobile' | 'desktop';
interface Run {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: Record<string, number>;
  /** Audits below a full score in the categories that should be 100, for fixing. */
  failing: string[];
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** The hand-made page with the seed's hero files under fixed names, as its own site root. */
async function prepareStaticPage(): Promise<void> {
  await rm(staticDir, { recursive: true, force: true });
  await mkdir(path.join(staticDir, 'static-seed'), { recursive: true });
  await cp(path.join(root, 'bench/static-seed/index.html'), path.join(staticDir, 'static-seed/index.html'));
  await cp(path.join(distDir, 'favicon.svg'), path.join(staticDir, 'favicon.svg'));
  await cp(path.join(distDir, '404.html'), path.join(staticDir, '404.html'));
  for (const file of await readdir(path.join(distDir, 'images'))) {
    const match = /^bendera-korea-utara-[0-9a-f]+-(\d+)\.(avif|webp|jpg)$/.exec(file);
    if (match) await cp(path.join(distDir, 'images', file), path.join(staticDir, 'static-seed', `hero-${match[1]}.${match[2]}`));
  }
}

function summarise(lhr: Result): Run {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const bytes: Record<string, number> = {};
  const summary = lhr.audits['resource-summary']?.details;
  if (summary?.type === 'table') {
    for (const item of summary.items) if (typeof item.resourceType === 'string') bytes[item.resourceType] = Number(item.transferSize);
  }
  const failing: string[] = [];
  for (const category of ['accessibility', 'best-practices', 'seo'] as const) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push(`${category}: ${ref.id}`);
    }
  }
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    bytes,
    failing,
  };
}

/**
 * Lighthouse now and then fails to record a trace on this machine (NO_NAVSTART, NO_FCP): such a run
 * says nothing about the page, so it is run again, up to twice, instead of ending a long benchmark.
 */
async function lighthouseRun(url: string, preset: Preset, attempts = 3): Promise<Run> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseOnce(url, preset);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.log(`  run failed (${error instanceof Error ? error.message : String(error)}); again`);
    }
  }
}

async function lighthouseOnce(url: string, preset: Preset): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
    const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return summarise(result.lhr);
  } finally {
    chrome.kill();
  }
}

/** The medians of a page's runs (and every audit that fell short in any of them). */
interface Summary extends Run {
  page: string;
  preset: Preset;
  runs: number;
}

function medianOf(page: string, preset: Preset, runs: Run[]): Summary {
  const m = (pick: (run: Run) => number) => median(runs.map(pick));
  const types = [...new Set(runs.flatMap((r) => Object.keys(r.bytes)))];
  return {
    page,
    preset,
    runs: runs.length,
    scores: {
      performance: m((r) => r.scores.performance),
      accessibility: m((r) => r.scores.accessibility),
      'best-practices': m((r) => r.scores['best-practices']),
      seo: m((r) => r.scores.seo),
    },
    fcp: Math.round(m((r) => r.fcp)),
    lcp: Math.round(m((r) => r.lcp)),
    tbt: Math.round(m((r) => r.tbt)),
    cls: Math.round(m((r) => r.cls) * 1000) / 1000,
    bytes: Object.fromEntries(types.map((type) => [type, m((r) => r.bytes[type] ?? 0)])),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

/** Time from a click to the frame that shows the headline, between two performance marks in the page. */
async function clickUntilPainted(page: Page, selector: string, headline: string): Promise<number> {
  return page.evaluate(
    async ({ selector, headline }) => {
      const link = document.querySelector<HTMLElement>(selector);
      if (!link) throw new Error(`no ${selector}`);
      const done = () => document.querySelector('main h1')?.textContent === headline;
      performance.clearMarks();
      performance.mark('bench:click');
      link.click();
      await new Promise<void>((resolve) => {
        const check = () => (done() ? resolve() : requestAnimationFrame(check));
        check();
      });
      // The frame that shows it: the next animation frame, then the task after its paint.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.mark('bench:painted');
      return performance.measure('bench:click-to-headline', 'bench:click', 'bench:painted').duration;
    },
    { selector, headline },
  );
}

/** Records long tasks and the largest contentful paint from the start of every page. */
const OBSERVE = `
  window.__name = (fn) => fn; // tsx names the functions passed to page.evaluate with a helper the page lacks
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    const e = list.getEntries().at(-1);
    if (!e) return;
    const el = e.element;
    window.__lcp = { time: e.startTime, element: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.tagName === 'IMG' ? ' (' + (el.currentSrc || el.src).split('/').pop() + ')' : ' "' + (el.textContent || '').trim().slice(0, 40) + '…"') : '' };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

/**
 * The reader's first gesture: the mouse moving, marked 'bench:gesture'. Now and then (about one
 * page in ten, with the CPU slowed 4×) Chromium drops the first mouse event a page gets, and the
 * app never hears it; the mouse then moves again, as a reader's would, and the mark moves with it.
 */
async function gesture(page: Page): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.evaluate(() => {
      performance.clearMarks('bench:gesture');
      performance.mark('bench:gesture');
    });
    await page.mouse.move(attempt * 2, 1);
    const heard = await page
      .waitForFunction(() => performance.getEntriesByName('warta:boot').length > 0, undefined, { timeout: 3_000 })
      .then(() => true, () => false);
    if (heard) return;
  }
  throw new Error('the app did not start after five gestures');
}

interface PageWindow {
  __longTasks: { start: number; duration: number }[];
  __lcp?: { time: number; element: string };
}

interface InteractionResults {
  lcpElement: { article: string; limit: string; home: string };
  boot: { gestureToReadyMs: number[]; longestTaskMs: number[] };
  prefetchedClickMs: number[];
  /** The same on this machine's CPU, unthrottled: a fast phone or a laptop. */
  prefetchedClickFullSpeedMs: number[];
  hugeArticle: { headlineMs: number; allBlocksMs: number; longestTaskMs: number };
}

async function interactionBench(): Promise<InteractionResults> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  /** A phone-sized page in a context of its own (an empty cache: a first visit), its CPU 4× slower. */
  const phonePage = async () => {
    // No service worker: it would answer the routed 5,000-block article from the network itself (a
    // worker's own requests pass by page.route), and this measures the app, not the worker's caches.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript({ content: OBSERVE });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    return { page, cdp, close: () => context.close() };
  };
  try {
    const { page, cdp } = await phonePage();
    const base = `http://127.0.0.1:${WARTA_PORT}`;
    const lcpOf = async (url: string) => {
      await page.goto(url, { waitUntil: 'networkidle' });
      return page.evaluate(() => (window as unknown as PageWindow).__lcp?.element ?? '');
    };
    const lcpElement = { article: await lcpOf(`${base}${SEED_PATH}`), limit: await lcpOf(`http://127.0.0.1:${STATIC_PORT}/static-seed/`), home: await lcpOf(`${base}/`) };
    /** Opens a page and starts the app as a reader does, with a gesture once it has loaded. */
    const openApp = async (url: string) => {
      await page.goto(url, { waitUntil: 'load' });
      await gesture(page);
      await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
    };

    // What the first gesture costs on a first visit: the app's code fetched, compiled, run and
    // hydrated. Each run has an empty cache: in one tab, runs after the first reuse the compiled code.
    const boot: InteractionResults['boot'] = { gestureToReadyMs: [], longestTaskMs: [] };
    for (let i = 0; i < 5; i += 1) {
      const fresh = await phonePage();
      await fresh.page.goto(`${base}${SEED_PATH}`, { waitUntil: 'networkidle' });
      await gesture(fresh.page);
      await fresh.page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
      await fresh.page.waitForTimeout(300);
      const result = await fresh.page.evaluate(() => {
        const gesture = performance.getEntriesByName('bench:gesture')[0]?.startTime ?? 0;
        const ready = performance.getEntriesByName('warta:ready')[0]?.startTime ?? 0;
        const tasks = (window as unknown as PageWindow).__longTasks.filter((task) => task.start >= gesture);
        return { ms: ready - gesture, longest: Math.max(0, ...tasks.map((task) => task.duration)) };
      });
      boot.gestureToReadyMs.push(Math.round(result.ms));
      boot.longestTaskMs.push(Math.round(result.longest));
      await fresh.close();
    }

    /** Hover a story on the home page until its JSON is in, then click it: 20 times. */
    const prefetchedClicks = async (): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; times.length < 20; i += 1) {
        await openApp(`${base}/`);
        const links = page.getByRole('main').getByRole('article').getByRole('link');
        const count = await links.count();
        const link = links.nth(i % count);
        const href = (await link.getAttribute('href')) ?? '';
        const headline = ((await link.textContent()) ?? '').trim();
        const slug = href.split('/').pop() ?? '';
        const fetched = page.waitForResponse((response) => response.url().endsWith(`/api/articles/${slug}.json`), { timeout: 10_000 }).catch(() => null);
        await link.hover();
        await fetched;
        await page.waitForTimeout(300);
        times.push(Math.round(await clickUntilPainted(page, `main a[href="${href}"]`, headline)));
      }
      return times;
    };
    const prefetchedClickMs = await prefetchedClicks();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const prefetchedClickFullSpeedMs = await prefetchedClicks();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // A 5,000-block article, opened from the home page inside the app.
    const target = 'dpr-sahkan-uu-ekstradisi-ri-rusia';
    await page.route(`**/api/articles/${target}.json`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as Record<string, unknown>;
      json.body = Array.from({ length: 5000 }, (_, index) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Paragraf ${index + 1}. ${'Teks uji yang panjang untuk mengukur waktu tampil. '.repeat(3)}` }],
      }));
      await route.fulfill({ response, json });
    });
    // Three times (one run swings by a second on this machine): the medians are reported.
    const huge = { headlineMs: [] as number[], allBlocksMs: [] as number[], longestTaskMs: [] as number[] };
    for (let i = 0; i < 3; i += 1) {
      await openApp(`${base}/`);
      const before = await page.evaluate(() => performance.now());
      const selector = `main a[href="/post/read/${target}"]`;
      huge.headlineMs.push(await clickUntilPainted(page, selector, 'DPR Sahkan UU Ekstradisi RI-Rusia'));
      await page.waitForFunction(() => document.body.textContent.includes('Paragraf 5000.'), undefined, { timeout: 60_000, polling: 'raf' });
      huge.allBlocksMs.push((await page.evaluate(() => performance.now())) - before);
      huge.longestTaskMs.push(await page.evaluate((since) => Math.max(0, ...(window as unknown as PageWindow).__longTasks.filter((task) => task.start >= since).map((task) => task.duration)), before));
    }
    return {
      lcpElement,
      boot,
      prefetchedClickMs,
      prefetchedClickFullSpeedMs,
      hugeArticle: { headlineMs: Math.round(median(huge.headlineMs)), allBlocksMs: Math.round(median(huge.allBlocksMs)), longestTaskMs: Math.round(median(huge.longestTaskMs)) },
    };
  } finally {
    await browser.close();
  }
}

if (process.env.SKIP_BUILD !== '1') await run('npm', ['run', 'build']);
await prepareStaticPage();
const manifest = await readManifest(distDir);
const articleFiles = filesForPage(manifest, ARTICLE_PAGE_MODULES);
const budget = { js: await gzipBytes(distDir, articleFiles.js), css: await gzipBytes(distDir, articleFiles.css) };

const wartaServer = await startServer(root, distDir, WARTA_PORT);
const staticServer = await startServer(root, staticDir, STATIC_PORT);
const summaries: Summary[] = [];
let interactions: InteractionResults | undefined;
try {
  for (const preset of ONLY_INTERACTIONS ? [] : (['mobile', 'desktop'] as const)) {
    const warta: Run[] = [];
    const limit: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      console.log(`lighthouse ${preset} ${i + 1}/${RUNS}: article (Warta, then static)`);
      warta.push(await lighthouseRun(`http://127.0.0.1:${WARTA_PORT}${SEED_PATH}`, preset));
      limit.push(await lighthouseRun(`http://127.0.0.1:${STATIC_PORT}/static-seed/`, preset));
    }
    const home: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      console.log(`lighthouse ${preset} ${i + 1}/${RUNS}: home`);
      home.push(await lighthouseRun(`http://127.0.0.1:${WARTA_PORT}/`, preset));
    }
    summaries.push(medianOf('article', preset, warta), medianOf('static article (the limit)', preset, limit), medianOf('home', preset, home));
    console.log(JSON.stringify(summaries.slice(-3), null, 1));
  }
  console.log('interactions in Chromium (4× slower CPU)');
  interactions = await interactionBench();
} finally {
  wartaServer.stop();
  staticServer.stop();
}
if (ONLY_INTERACTIONS) {
  console.log(JSON.stringify(interactions, null, 1));
  process.exit(0);
}

const find = (page: string, preset: Preset) => summaries.find((s) => s.page === page && s.preset === preset);
const ratio = (preset: Preset) => {
  const w = find('article', preset)?.lcp ?? Number.NaN;
  const s = find('static article (the limit)', preset)?.lcp ?? Number.NaN;
  return Math.round((w / s) * 100) / 100;
};
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (s: Summary) =>
  `| ${s.page} | ${s.preset} | ${s.scores.performance} | ${s.scores.accessibility} | ${s.scores['best-practices']} | ${s.scores.seo} | ${s.fcp} | ${s.lcp} | ${s.tbt} | ${s.cls} | ${kb(s.bytes.document ?? 0)} | ${kb(s.bytes.script ?? 0)} | ${kb(s.bytes.stylesheet ?? 0)} | ${kb(s.bytes.image ?? 0)} | ${kb(s.bytes.total ?? 0)} |`;
const clicks = interactions.prefetchedClickMs;
const report = {
  date: new Date().toISOString(),
  machine: machine(),
  lighthouse: '12.2.3',
  runs: RUNS,
  summaries,
  lcpRatio: { mobile: ratio('mobile'), desktop: ratio('desktop') },
  articlePageBytes: budget,
  interactions: { ...interactions, prefetchedClickMedianMs: Math.round(median(clicks)) },
};
const markdown = `# Warta's performance

Measured by \`npm run bench\` on ${report.date.slice(0, 10)}, ${report.machine}, Lighthouse ${report.lighthouse} in Debian's Chromium,
median of ${RUNS} runs each, Warta and the static limit run alternately. The limit is [the seed article written by hand](../bench/static-seed/index.html):
one HTML file with inline CSS, the same image, no script, served by the same gzip static server
(\`scripts/serve.ts\`). Mobile is Lighthouse's default (a mid-range phone on slow 4G, simulated); desktop its desktop preset.
Times in milliseconds, transfer sizes in kB.

| page | preset | perf | a11y | best practices | SEO | FCP | LCP | TBT | CLS | HTML | JS | CSS | images | total |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${summaries.map(row).join('\n')}

- **Warta's LCP against the limit's:** ${report.lcpRatio.mobile}× on mobile, ${report.lcpRatio.desktop}× on desktop (goal: at most 1.15× on mobile).
- **The article page's code** (gzip -9): ${budget.js.toLocaleString('en')} B of JavaScript, ${budget.css.toLocaleString('en')} B of CSS (budgets ${BUDGET.js.toLocaleString('en')} and ${BUDGET.css.toLocaleString('en')}, held in CI).
- **The first gesture on a first visit** (the app starts then, not at load; empty cache, 4× slower CPU, median of ${interactions.boot.gestureToReadyMs.length}): the app ready ${median(interactions.boot.gestureToReadyMs)} ms after it (max ${Math.max(...interactions.boot.gestureToReadyMs)}), longest task ${median(interactions.boot.longestTaskMs)} ms (max ${Math.max(...interactions.boot.longestTaskMs)}).
- **A prefetched article, from click to its headline painted** (390×844, median of ${clicks.length}): ${report.interactions.prefetchedClickMedianMs} ms with a 4× slower CPU (min ${Math.min(...clicks)}, max ${Math.max(...clicks)}); ${median(interactions.prefetchedClickFullSpeedMs)} ms at this machine's full speed (min ${Math.min(...interactions.prefetchedClickFullSpeedMs)}, max ${Math.max(...interactions.prefetchedClickFullSpeedMs)}).
- **A 5,000-block article opened in the app** (4× slower CPU, median of 3): headline painted after ${interactions.hugeArticle.headlineMs} ms, all 5,000 blocks rendered after ${interactions.hugeArticle.allBlocksMs} ms, longest task ${interactions.hugeArticle.longestTaskMs} ms.
- **LCP element** (Chromium, 390×844): article ${interactions.lcpElement.article}; the limit ${interactions.lcpElement.limit}; home ${interactions.lcpElement.home}.
${summaries.some((s) => s.failing.length > 0) ? `\nAudits not at full score: ${[...new Set(summaries.flatMap((s) => s.failing))].join(', ')}.\n` : ''}`;
// The hand-written part of the page (what changed and why) follows the marker and is kept.
const MARKER = '<!-- written by hand below -->';
const previous = await readFile(path.join(root, 'docs/performance.md'), 'utf8').catch(() => '');
const kept = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : MARKER;
await mkdir(path.join(root, 'docs/bench'), { recursive: true });
await writeFile(path.join(root, 'docs/bench/lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(root, 'docs/performance.md'), `${markdown}\n${kept.trimEnd()}\n`);
console.log(`\n${markdown}`);
