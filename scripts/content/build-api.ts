/**
 * Source content -> the static JSON API (src/content/schema.ts). Pure: it returns the files
 * (path -> JSON value) and writes nothing, so tests can serve exactly what the build writes.
 */
import { apiPaths } from '../../src/content/api-paths';
import type {
  ArchiveEntryContract as ArchiveEntry,
  ArchiveIndexContract as ArchiveIndex,
  ArchiveMonthContract as ArchiveMonth,
  ArticleContract as Article,
  BlockContract as Block,
  CategoryContract as Category,
  CategoryListContract as CategoryList,
  TeaserContract as Teaser,
  TeaserListContract as TeaserList,
} from '../../src/content/contract';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type SearchDocument } from '../../src/features/search/model/search-options';
import { monthOf } from '../../src/lib/dates';
import { ROW_THUMBNAIL_MAX_WIDTH } from '../../src/lib/images';
import { imageFor, shareImageFor, thumbnailFor, type ImageIndex, type ImageRef } from './images';
import type { SourceArticle, SourceContent } from './source';

/** Every list (latest, category) pages at this size, so no list file grows with the archive. */
export const LATEST_PAGE_SIZE = 20;
export const RELATED_MAX = 10;


export type ApiFiles = Map<string, unknown>;

const byNewest = (a: SourceArticle, b: SourceArticle) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

export function buildApi(content: SourceContent, images: ImageIndex): ApiFiles {
  const categories = new Map<string, Category>(content.categories.map((c) => [c.slug, c]));
  const bySlug = new Map(content.articles.map((a) => [a.slug, a]));
  const categoryOf = (article: SourceArticle): Category => {
    const category = categories.get(article.category);
    if (!category) throw new Error(`article "${article.slug}": unknown category "${article.category}"`);
    return category;
  };
  /** A teaser; `maxWidth` (device pixels) where the list only ever shows small thumbnails. */
  const teaserOf = (article: SourceArticle, maxWidth?: number): Teaser => ({
    slug: article.slug,
    headline: article.headline,
    category: categoryOf(article),
    publishedAt: article.publishedAt,
    ...(article.image ? { image: thumbnailFor(images, article.image, { maxWidth }) } : {}),
  });

  const files: ApiFiles = new Map();

  for (const source of content.articles) {
    const body: Block[] = source.body.map((block): Block => {
      switch (block.type) {
        case 'read-also': {
          const target = bySlug.get(block.slug);
          if (!target) throw new Error(`article "${source.slug}": "Baca juga" target "${block.slug}" does not exist`);
          return { type: 'read-also', slug: target.slug, headline: target.headline };
        }
        case 'image':
          return { type: 'image', image: imageFor(images, block.image) };
        case 'paragraph':
        case 'quote':
        case 'heading':
          return block;
      }
    });
    const article: Article = {
      slug: source.slug,
      headline: source.headline,
      ...(source.summary === undefined ? {} : { summary: source.summary }),
      category: categoryOf(source),
      publishedAt: source.publishedAt,
      updatedAt: source.updatedAt ?? source.publishedAt,
      ...(source.editor ? { editor: source.editor } : {}),
      ...(source.image ? { image: imageFor(images, source.image), shareImage: shareImageFor(images, source.image) } : {}),
      body,
    };
    files.set(apiPaths.article(source.slug), article);

    const related = [...new Set(source.related ?? [])]
      .filter((slug) => slug !== source.slug)
      .flatMap((slug) => {
        const target = bySlug.get(slug);
        // "Berita Terkait" shows only row thumbnails: its list, which an article page carries in its
        // HTML, names no file wider than a row can use.
        return target ? [teaserOf(target, ROW_THUMBNAIL_MAX_WIDTH)] : [];
      })
      .slice(0, RELATED_MAX);
    const relatedList: TeaserList = { items: related, page: 1, pageCount: 1 };
    files.set(apiPaths.related(source.slug), relatedList);
  }

  const newest = [...content.articles].sort(byNewest);
  const writePages = (articles: readonly SourceArticle[], pathOf: (page: number) => string, category?: Category) => {
    const pageCount = Math.max(1, Math.ceil(articles.length / LATEST_PAGE_SIZE));
    for (let page = 1; page <= pageCount; page += 1) {
      const items = articles.slice((page - 1) * LATEST_PAGE_SIZE, page * LATEST_PAGE_SIZE).map(teaserOf);
      const list: TeaserList = { items, page, pageCount, ...(category ? { category } : {}) };
      files.set(pathOf(page), list);
    }
  };
  writePages(newest, apiPaths.latest);
  for (const category of content.categories) {
    writePages(
      newest.filter((article) => article.category === category.slug),
      (page) => apiPaths.category(category.slug, page),
      category,
    );
  }
  const categoryList: CategoryList = { items: content.categories };
  files.set(apiPaths.categories(), categoryList);
  for (const [path, value] of archiveOf(newest)) files.set(path, value);
  files.set(apiPaths.searchIndex(), searchIndexOf(newest, categoryOf));
  return files;
}

/**
 * The archive: its months (archive.json) and each month's stories, newest first (archive/<YYYY-MM>.json),
 * so that sitemaps and the news sitemap are made without walking every list page.
 */
function archiveOf(newest: readonly SourceArticle[]): ApiFiles {
  const months = new Map<string, ArchiveEntry[]>();
  for (const article of newest) {
    const month = monthOf(article.publishedAt);
    const entries = months.get(month) ?? [];
    entries.push({ slug: article.slug, headline: article.headline, category: article.category, publishedAt: article.publishedAt, updatedAt: article.updatedAt ?? article.publishedAt });
    months.set(month, entries);
  }
  const files: ApiFiles = new Map();
  const index: ArchiveIndex = { months: [] };
  for (const [month, items] of months) {
    const archiveMonth: ArchiveMonth = { month, items };
    files.set(apiPaths.archiveMonth(month), archiveMonth);
    const updatedAt = items.map((item) => item.updatedAt).reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest));
    index.months.push({ month, count: items.length, updatedAt });
  }
  files.set(apiPaths.archiveIndex(), index);
  return files;
}

/**
 * A MiniSearch index of every story, as JSON, for the search page to load when it is first used.
 * Headline, summary, caption and credit: indexing the lead paragraph too would double the index
 * (1.8 MB gzip at 10,000 articles instead of 0.9) for words the headline usually already has.
 */
function searchIndexOf(articles: readonly SourceArticle[], categoryOf: (article: SourceArticle) => Category): unknown {
  const index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  index.addAll(
    articles.map((article) => {
      const category = categoryOf(article);
      return {
        id: article.slug,
        headline: article.headline,
        text: [article.summary, article.image?.caption, article.image?.credit].filter(Boolean).join(' '),
        categoryName: category.name,
        categorySlug: category.slug,
        publishedAt: article.publishedAt,
      };
    }),
  );
  return index.toJSON();
}

/** Every image the content refers to, with its focal point, for indexing. */
export function imageRefsOf(content: SourceContent): ImageRef[] {
  return content.articles.flatMap((article) => [
    ...(article.image ? [article.image] : []),
    ...article.body.flatMap((block) => (block.type === 'image' ? [block.image] : [])),
  ]);
}
