/**
 * The static site's full-text search index: every word of every story (headline, summary, body,
 * captions and credits, "Baca juga" text, category, tags, byline), written by Pagefind
 * (https://pagefind.app, its binary from its npm package) as a chunked index under `pagefind/`: a
 * reader's browser fetches only the chunks a query needs. Pagefind stems Indonesian (`lang="id"`),
 * folds case, accents and apostrophes ("Ma’ruf" = "maruf"), and weighs a word in the headline (the
 * page's <h1>) above one in the body.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleContract as Article, BlockContract as Block, TeaserContract as Teaser } from '../../src/content/contract';

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

/** Every word a block holds, as paragraphs of text. */
function wordsOf(block: Block): string[] {
  const runs = (content: readonly { text: string }[]) => content.map((run) => run.text).join('');
  const picture = (image: { caption?: string | undefined; credit?: string | undefined }) => [image.caption, image.credit].filter(Boolean).join(' ');
  switch (block.type) {
    case 'paragraph':
      return [runs(block.content)];
    case 'heading':
      return [block.text];
    case 'quote':
    case 'pull-quote':
      return [block.text, block.attribution ?? ''];
    case 'list':
      return block.items.map(runs);
    case 'table':
      return [block.caption, ...block.header.map(runs), ...block.rows.map((row) => row.map(runs).join(' · '))];
    case 'image':
      return [picture(block.image)];
    case 'gallery':
      return [block.title ?? '', ...block.images.map(picture)];
    case 'video':
      return [block.title];
    case 'embed':
      return [block.title ?? '', block.text ?? '', block.author ?? ''];
    case 'read-also':
      return block.links.map((link) => link.headline);
    case 'divider':
      return [];
  }
}

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
  const paragraphs = [article.summary ?? '', article.dateline ?? '', ...article.body.flatMap(wordsOf), article.image ? [article.image.caption, article.image.credit].filter(Boolean).join(' ') : '']
    .map((text) => text.trim())
    .filter(Boolean);
  const about = [article.category.name, ...(article.tags ?? []).map((tag) => tag.name), ...(article.byline ?? [])].join(' · ');
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
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
  return { pages, files };
}
