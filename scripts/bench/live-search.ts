/**
 * The live render server's search (src/server/story-search.ts) over a built content API folder, in a
 * process of its own so its memory is its own; `npm run bench:scale` runs it for each size.
 *   tsx scripts/bench/live-search.ts --api <dir>/api --queries "w1,w2,…"  (run with node --expose-gc)
 * Prints JSON: seconds to index every story (read from the folder as the server reads the content
 * API), the JS heap after garbage collection (MB), query times (ms: each query once, then its median
 * and 95th percentile), and the time from a story saved to it being found: after a publish call
 * (refresh), and after the index's own look at the archive (sync), which runs every 20 s.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ContentFetcher } from '../../src/lib/api-client';
import { createStorySearch } from '../../src/server/story-search';
import { median, percentile } from './lib';

const { values } = parseArgs({ options: { api: { type: 'string' }, queries: { type: 'string', default: '' } } });
if (!values.api) throw new Error('--api <dir> is required');
const apiDir = path.resolve(values.api);
const words = values.queries.split(',').filter(Boolean);

/** Files a test story adds or changes, over the folder's. */
const overlay = new Map<string, unknown>();
const fetchContent: ContentFetcher = async (apiPath) => {
  if (overlay.has(apiPath)) return Response.json(overlay.get(apiPath));
  return readFile(path.join(apiDir, apiPath)).then(
    (bytes) => new Response(bytes, { headers: { 'Content-Type': 'application/json' } }),
    () => new Response(null, { status: 404 }),
  );
};
const json = async <T>(apiPath: string): Promise<T> => (await (await fetchContent(apiPath, { signal: AbortSignal.timeout(8000), headers: {} })).json()) as T;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};

const started = performance.now();
const search = createStorySearch({ fetchContent, syncIntervalMs: 0, concurrency: 16, log: () => undefined });
await search.ready;
const indexSeconds = Math.round((performance.now() - started) / 100) / 10;
const stories = search.size();
const heap = heapMb();

// One-word queries, then two words together (every word must match).
const queries = [...words, ...words.slice(0, -1).map((word, index) => `${word} ${words[index + 1] ?? ''}`)];
const times: number[] = [];
for (const query of queries) {
  const begun = performance.now();
  search.search(query);
  times.push(performance.now() - begun);
}

/** Saves a new story (a copy of the newest with its own slug and word) into the overlay, with its archive entry. */
async function saveStory(slug: string, word: string): Promise<void> {
  const archive = await json<{ months: { month: string; count: number; updatedAt: string }[] }>('archive.json');
  const newest = archive.months[0];
  if (!newest) throw new Error('the archive has no month');
  const month = await json<{ month: string; items: { slug: string; headline: string; category: string; publishedAt: string; updatedAt: string }[] }>(`archive/${newest.month}.json`);
  const template = month.items[0];
  if (!template) throw new Error(`archive/${newest.month}.json has no story`);
  const article = await json<Record<string, unknown>>(`articles/${template.slug}.json`);
  const updatedAt = new Date(Date.parse(newest.updatedAt) + 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  overlay.set(`articles/${slug}.json`, { ...article, slug, headline: `Contoh: ${word} terbit`, updatedAt });
  overlay.set(`archive/${newest.month}.json`, { ...month, items: [{ ...template, slug, headline: `Contoh: ${word} terbit`, updatedAt }, ...month.items] });
  overlay.set('archive.json', { months: [{ ...newest, count: newest.count + 1, updatedAt }, ...archive.months.slice(1)] });
}

const found = (word: string) => search.search(word).results.some((result) => result.teaser.headline.includes(word));

await saveStory('bench-terbit-dengan-panggilan', 'zyxterbit');
let begun = performance.now();
await search.refresh(['bench-terbit-dengan-panggilan']);
const publishMs = performance.now() - begun;
if (!found('zyxterbit')) throw new Error('a published story was not found');

await saveStory('bench-terbit-tanpa-panggilan', 'zyxsendiri');
begun = performance.now();
await search.sync();
const syncMs = performance.now() - begun;
if (!found('zyxsendiri')) throw new Error('a story saved without a publish call was not found after a sync');

search.stop();
const round = (ms: number) => Math.round(ms * 10) / 10;
console.log(
  JSON.stringify({
    stories,
    indexSeconds,
    heapMb: heap,
    queries: queries.length,
    queryMsMedian: round(median(times)),
    queryMsP95: round(percentile(times, 95)),
    queryMsMax: round(Math.max(...times)),
    publishToFoundMs: round(publishMs),
    syncToFoundMs: round(syncMs),
  }),
);
