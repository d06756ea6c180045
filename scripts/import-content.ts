/**
 * npm run content:import -- <input> --out <dir>
 *
 * Imports the stories of a CMS into Warta's authoring format, so that `CONTENT_DIR=<dir> npm run
 * build` and the live mode serve them. <input> is a file, or an http(s) address on this machine
 * (127.0.0.1, ::1, localhost), holding one of:
 *   - a WordPress REST API posts response (/wp-json/wp/v2/posts?_embed)
 *   - an RSS 2.0 feed with full content (content:encoded), or an Atom feed with content
 *   - IPTC ninjs 2.x or 3.x: one item or an array
 * Writes <dir>/categories.json (merged with one already there), <dir>/articles/<slug>.json (a story
 * imported again is written over), and <dir>/images/ for the placeholder picture. Pictures stay on
 * the publisher's https host. Prints one line for each thing dropped from a story and why, then a
 * summary. Exits 1 when the input cannot be read or no story could be imported.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { CategorySchema } from '../src/content/contract';
import { importStories } from './import/import-stories';
import { PLACEHOLDER_FILE, PLACEHOLDER_SVG } from './import/story';

const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

async function readInput(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    const url = new URL(input);
    if (!LOOPBACK.has(url.hostname)) throw new Error(`${input}: only an address on this machine (127.0.0.1, ::1, localhost) is fetched; save the export to a file first`);
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000), headers: { accept: 'application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
    if (!response.ok) throw new Error(`${input} answered ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFile(input, 'utf8');
}

async function existingCategories(file: string): Promise<v.InferOutput<typeof CategorySchema>[]> {
  try {
    return v.parse(v.array(CategorySchema), JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file} is there but is not a list of categories: ${(error as Error).message}`, { cause: error });
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
  const [input] = positionals;
  if (!input || !values.out) {
    console.error('usage: npm run content:import -- <file or http://127.0.0.1/... address> --out <content folder>');
    return 2;
  }
  const started = performance.now();
  const result = importStories(await readInput(input));
  const outDir = path.resolve(values.out);
  await mkdir(path.join(outDir, 'articles'), { recursive: true });
  const categoriesFile = path.join(outDir, 'categories.json');
  const categories = await existingCategories(categoriesFile);
  for (const category of result.categories) if (!categories.some((known) => known.slug === category.slug)) categories.push(category);
  await writeFile(categoriesFile, `${JSON.stringify(categories, null, 2)}\n`);
  for (const article of result.articles) await writeFile(path.join(outDir, 'articles', `${article.slug}.json`), `${JSON.stringify(article, null, 2)}\n`);
  if (result.usesPlaceholder) {
    await mkdir(path.join(outDir, 'images'), { recursive: true });
    await writeFile(path.join(outDir, 'images', PLACEHOLDER_FILE), PLACEHOLDER_SVG);
  }
  if (!values.quiet) for (const line of result.report) console.log(line);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `content:import: ${result.articles.length} stories (${result.format}) in ${result.categories.length} categories -> ${path.relative(process.cwd(), outDir) || '.'}/; ` +
      `${result.report.length} report lines; ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB`,
  );
  return result.articles.length > 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`content:import: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
