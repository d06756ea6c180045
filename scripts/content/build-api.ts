/**
 * Source content -> the static JSON API (src/content/schema.ts). Pure: it returns the files
 * (path -> JSON value) and writes nothing, so tests can serve exactly what the build writes.
 */
import { apiPaths } from '../../src/content/api-paths';
import type { ArticleContract as Article, BlockContract as Block, CategoryContract as Category, TeaserContract as Teaser, TeaserListContract as TeaserList } from '../../src/content/contract';
import { imageFor, shareImageFor, type ImageIndex } from './images';
import type { SourceArticle, SourceContent } from './source';

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
  const teaserOf = (article: SourceArticle): Teaser => ({
    slug: article.slug,
    headline: article.headline,
    category: categoryOf(article),
    publishedAt: article.publishedAt,
    ...(article.image ? { image: imageFor(images, article.image) } : {}),
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
        return target ? [teaserOf(target)] : [];
      })
      .slice(0, RELATED_MAX);
    const relatedList: TeaserList = { items: related, page: 1, pageCount: 1 };
    files.set(apiPaths.related(source.slug), relatedList);
  }

  const newest = [...content.articles].sort(byNewest);
  const pageCount = Math.max(1, Math.ceil(newest.length / LATEST_PAGE_SIZE));
  for (let page = 1; page <= pageCount; page += 1) {
    const items = newest.slice((page - 1) * LATEST_PAGE_SIZE, page * LATEST_PAGE_SIZE).map(teaserOf);
    const list: TeaserList = { items, page, pageCount };
    files.set(apiPaths.latest(page), list);
  }
  return files;
}

/** Every image file the content refers to, for indexing. */
export function imageFilesOf(content: SourceContent): string[] {
  return content.articles.flatMap((article) => [
    ...(article.image ? [article.image.file] : []),
    ...article.body.flatMap((block) => (block.type === 'image' ? [block.image.file] : [])),
  ]);
}
