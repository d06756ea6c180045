/**
 * The built-in sample content, served through MSW exactly as `npm run content` writes it:
 * the network is the only thing the tests replace.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { http, HttpResponse, type HttpHandler } from 'msw';
import * as v from 'valibot';
import { apiPaths } from '../../src/content/api-paths';
import { ArticleSchema, TeaserListSchema, type Article, type TeaserList } from '../../src/content/schema';
import { buildApi } from '../../scripts/content/build-api';
import { generateContent } from '../../scripts/content/generate';
import { indexImages } from '../../scripts/content/images';
import { loadContent } from '../../scripts/content/source';

const contentDir = path.resolve(import.meta.dirname, '../../content/sample');
const content = await loadContent(contentDir);
// Every sample image, so generated content (which reuses them) can be built too.
const images = await indexImages(path.join(contentDir, 'images'), (await readdir(path.join(contentDir, 'images'))).filter((file) => file.endsWith('.svg')).map((file) => ({ file })));

/** path under /api/ -> JSON, e.g. "articles/<slug>.json". */
export const sampleApi: ReadonlyMap<string, unknown> = buildApi(content, images);

/** The sample's API with more stories (in the authoring format) beside its own, built as `npm run content` would. */
export function sampleApiWith(articles: (typeof content.articles)[number][]): ReadonlyMap<string, unknown> {
  return buildApi({ ...content, articles: [...content.articles, ...articles] }, images);
}

export const SEED_SLUG = 'media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia';

/** A fresh deep copy of a sample payload, for tests that bend it. */
export function sampleJson(file: string): unknown {
  const value = sampleApi.get(file);
  if (value === undefined) throw new Error(`no sample file ${file}`);
  return structuredClone(value);
}

export function sampleArticle(slug: string = SEED_SLUG): Article {
  return v.parse(ArticleSchema, sampleJson(apiPaths.article(slug)));
}

export function sampleTeaserList(file: string): TeaserList {
  return v.parse(TeaserListSchema, sampleJson(file));
}

export const apiUrl = (file: string) => `*/api/${file}`;

/** Serves a built API (path -> JSON) as the static host does: the file, or 404. */
export function apiHandlers(files: ReadonlyMap<string, unknown>): HttpHandler[] {
  return [
    http.get('*/api/*', ({ request }) => {
      const file = new URL(request.url).pathname.replace(/^.*?\/api\//, '');
      const value = files.get(file);
      return value === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(value);
    }),
  ];
}

/** The sample's search index (tests/global-setup.ts), served as the static host serves dist/pagefind/. */
export const searchIndexHandler: HttpHandler = http.get('*/pagefind/*', async ({ request }) => {
  const file = new URL(request.url).pathname.replace(/^.*?\/pagefind\//, '');
  if (!/^(?:(?:index|fragment|filter)\/)?[\w.-]+$/.test(file)) return new HttpResponse(null, { status: 404 });
  return readFile(path.join(import.meta.dirname, '../../.cache/test-pagefind', file)).then(
    (bytes) => new HttpResponse(bytes),
    () => new HttpResponse(null, { status: 404 }),
  );
});

export const sampleApiHandlers: HttpHandler[] = [...apiHandlers(sampleApi), searchIndexHandler];

/** A generated content set of `count` articles, built in memory as `npm run content` would. */
export function generatedApi(count: number): { files: ReadonlyMap<string, unknown>; content: ReturnType<typeof generateContent> } {
  const generated = generateContent(count);
  return { files: buildApi({ dir: 'generated', ...generated }, images), content: generated };
}
