/**
 * tsx scripts/bench/discovery-files.ts --api DIR --out DIR [--now ISO]
 * Makes every discovery file (robots.txt, the sitemap index, its sitemaps, the news sitemap, the feeds)
 * from a built content API directory, as the prerender and the live server do (src/server/discovery),
 * and writes them under --out. Prints one JSON line: files, addresses in the sitemaps, the biggest
 * sitemap's addresses and bytes, the seconds it took. `npm run bench:scale` runs it under GNU time
 * for its memory. --now (default: an hour after the newest story) is the moment the news sitemap is for.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createQueryClient } from '../../src/app/query-client';
import { apiPaths } from '../../src/content/api-paths';
import type { ContentFetcher } from '../../src/lib/api-client';
import { allDiscoveryPaths, discoveryFile } from '../../src/server/discovery';

const { values } = parseArgs({ options: { api: { type: 'string' }, out: { type: 'string' }, now: { type: 'string' } } });
if (!values.api || !values.out) throw new Error('usage: discovery-files.ts --api DIR --out DIR [--now ISO]');
const apiDir = path.resolve(values.api);
const outDir = path.resolve(values.out);

const readApi: ContentFetcher = async (apiPath) => {
  try {
    return new Response(await readFile(path.join(apiDir, ...apiPath.split('/').map(decodeURIComponent))), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response(null, { status: 404 });
  }
};

const newestStory = async (): Promise<Date> => {
  const { months } = JSON.parse(await readFile(path.join(apiDir, apiPaths.archiveIndex()), 'utf8')) as { months: { month: string }[] };
  const month = months.map((entry) => entry.month).sort().at(-1);
  if (!month) return new Date();
  const { items } = JSON.parse(await readFile(path.join(apiDir, apiPaths.archiveMonth(month)), 'utf8')) as { items: { publishedAt: string }[] };
  return new Date(Math.max(...items.map((item) => Date.parse(item.publishedAt))) + 60 * 60 * 1000);
};

const now = values.now ? new Date(values.now) : await newestStory();
const started = performance.now();
const client = createQueryClient({ retry: false }, readApi);
await rm(outDir, { recursive: true, force: true });
const files = await allDiscoveryPaths(client);
let addresses = 0;
let biggest = { path: '', addresses: 0, bytes: 0 };
for (const file of files) {
  const text = await discoveryFile(file, client, { now });
  if (text === null) throw new Error(`${file} was listed but could not be made`);
  const target = path.join(outDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  if (!file.startsWith('/sitemaps/')) continue;
  const count = text.split('<url>').length - 1;
  addresses += count;
  if (count > biggest.addresses) biggest = { path: file, addresses: count, bytes: Buffer.byteLength(text) };
}
client.clear();
console.log(JSON.stringify({ files: files.length, addresses, biggest, now: now.toISOString(), seconds: Math.round((performance.now() - started) / 100) / 10 }));
