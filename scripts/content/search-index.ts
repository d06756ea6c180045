/**
 * The static site's full-text search index: every word of every story (headline, summary, body,
 * captions and credits, "Baca juga" text, category, tags, byline), written by Pagefind
 * (https://pagefind.app, its binary from its npm package) as a chunked index under `pagefind/`: a
 * reader's browser fetches only the chunks a query needs. Pagefind stems Indonesian (`lang="id"`),
 * folds case, accents and apostrophes ("Ma’ruf" = "maruf"), and weighs a word in the headline (the
 * page's <h1>) above one in the body.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleContract as Article, TeaserContract as Teaser } from '../../src/content/contract';
import { storyText } from '../../src/content/story-text';

/** What the search page shows of a result, kept with it in the index (Pagefind's "meta"). */
export interface SearchMeta {
  title: string;
  date: string;
  category: string;
  categorySlug: string;
  image?: string;
  image_alt?: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A result row's picture is 112 CSS pixels wide: the smallest JPEG at least 320 pixels wide serves up to 3× screens well enough. */
function smallest(image: NonNullable<Teaser['image']>): string {
  const jpegs = (image.variants ?? []).filter((variant) => variant.type === 'image/jpeg').sort((a, b) => a.width - b.width);
  return (jpegs.find((variant) => variant.width >= 320) ?? jpegs[jpegs.length - 1])?.src ?? image.src;
}

/**
 * A story as the page Pagefind indexes: not the article page itself (its navigation, share bar and
 * related list would be indexed too), but its words, with the headline as the <h1> and the meta a
 * result shows. `thumbnail` is the teaser's picture (a list's small one).
 */
export function searchPageOf(article: Article, thumbnail: Teaser['image']): string {
  const { paragraphs, about } = storyText(article);
  const meta: string[] = [
    `<span data-pagefind-meta="date:${escapeHtml(article.publishedAt)}"></span>`,
    `<span data-pagefind-meta="category:${escapeHtml(article.category.name)}"></span>`,
    `<span data-pagefind-meta="categorySlug:${escapeHtml(article.category.slug)}"></span>`,
    ...(thumbnail?.src ? [`<img src="${escapeHtml(smallest(thumbnail))}" alt="${escapeHtml(thumbnail.alt)}" data-pagefind-meta="image[src], image_alt[alt]">`] : []),
  ];
  return [
    '<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    `<h1 data-pagefind-meta="title">${escapeHtml(article.headline)}</h1>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    `<p>${escapeHtml(about)}</p>`,
    ...meta,
    '</main></body></html>',
  ].join('\n');
}

/**
 * Pagefind gzips its files at zlib's default level; a reader's first query fetches its WebAssembly,
 * the metadata and a chunk, so those are gzipped again at level 9 (2 % smaller: about 1.5 kB of a
 * first query at 10,000 stories). Its runtime reads any gzip. The result fragments, small and one a
 * story, are left as they are: rewriting 100,000 of them costs more build time than it saves.
 */
async function recompress(outDir: string): Promise<void> {
  const files = [
    ...(await readdir(outDir)).filter((name) => /\.(?:pf_meta|pagefind)$/.test(name)),
    ...(await readdir(path.join(outDir, 'index'))).map((name) => path.join('index', name)),
  ];
  for (const file of files) {
    const bytes = await readFile(path.join(outDir, file));
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) continue;
    const smaller = gzipSync(gunzipSync(bytes), { level: 9 });
    if (smaller.length < bytes.length) await writeFile(path.join(outDir, file), smaller);
  }
}

export interface SearchIndexReport {
  pages: number;
  files: number;
}

/**
 * Writes the Pagefind index of `stories` into `outDir` (its own folder, emptied first). Throws with
 * Pagefind's messages when it cannot.
 */
export async function writeSearchIndex(stories: Iterable<{ article: Article; thumbnail: Teaser['image'] }>, outDir: string): Promise<SearchIndexReport> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
  let pages = 0;
  for (const { article, thumbnail } of stories) {
    const added = await index.addHTMLFile({ url: `/post/read/${article.slug}`, content: searchPageOf(article, thumbnail) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index "${article.slug}": ${added.errors.join('; ')}`);
    pages += 1;
  }
  await rm(outDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outDir}: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind's own search interfaces (the search page is Warta's) and its worker (search runs in the page: see decision 11).
  for (const name of await readdir(outDir)) if (/^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./.test(name)) await rm(path.join(outDir, name));
  await recompress(outDir);
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
  return { pages, files };
}
