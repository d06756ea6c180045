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
  TagContract as Tag,
  TagListContract as TagList,
  CategoryListContract as CategoryList,
  TeaserContract as Teaser,
  TeaserListContract as TeaserList,
} from '../../src/content/contract';
import { countWords } from '../../src/content/story-text';
import { monthOf } from '../../src/lib/dates';
import { ROW_THUMBNAIL_MAX_WIDTH } from '../../src/lib/images';
import { imageFor, shareImageFor, thumbnailFor, type ImageIndex, type ImageRef } from './images';
import type { LocalImage, SourceArticle, SourceBlock, SourceContent } from './source';

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
    const body: Block[] = source.body.map((block) => blockOf(block, { slug: source.slug, bySlug, images }));
    const article: Article = {
      slug: source.slug,
      headline: source.headline,
      ...(source.summary === undefined ? {} : { summary: source.summary }),
      category: categoryOf(source),
      publishedAt: source.publishedAt,
      updatedAt: source.updatedAt ?? source.publishedAt,
      ...(source.editor ? { editor: source.editor } : {}),
      ...(source.byline ? { byline: source.byline } : {}),
      ...(source.dateline ? { dateline: source.dateline } : {}),
      ...(source.tags?.length ? { tags: tagsOf(source) } : {}),
      ...(source.image ? { image: imageFor(images, source.image), shareImage: shareImageFor(images, source.image) } : {}),
      body,
      wordCount: countWords(body),
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
  const writePages = (articles: readonly SourceArticle[], pathOf: (page: number) => string, list: { category?: Category; tag?: Tag } = {}) => {
    const pageCount = Math.max(1, Math.ceil(articles.length / LATEST_PAGE_SIZE));
    for (let page = 1; page <= pageCount; page += 1) {
      const items = articles.slice((page - 1) * LATEST_PAGE_SIZE, page * LATEST_PAGE_SIZE).map(teaserOf);
      const teasers: TeaserList = { items, page, pageCount, ...list };
      files.set(pathOf(page), teasers);
    }
  };
  writePages(newest, apiPaths.latest);
  for (const category of content.categories) {
    writePages(
      newest.filter((article) => article.category === category.slug),
      (page) => apiPaths.category(category.slug, page),
      { category },
    );
  }
  // A page per tag: its stories, newest first.
  const tagged = new Map<string, { tag: Tag; articles: SourceArticle[] }>();
  for (const article of newest) {
    for (const tag of tagsOf(article)) {
      const entry = tagged.get(tag.slug) ?? { tag, articles: [] };
      entry.articles.push(article);
      tagged.set(tag.slug, entry);
    }
  }
  for (const { tag, articles } of tagged.values()) writePages(articles, (page) => apiPaths.tag(tag.slug, page), { tag });
  const tagList: TagList = {
    items: [...tagged.values()].map(({ tag, articles }) => ({ ...tag, count: articles.length })).sort((a, b) => a.name.localeCompare(b.name, 'id')),
  };
  files.set(apiPaths.tags(), tagList);
  const categoryList: CategoryList = { items: content.categories };
  files.set(apiPaths.categories(), categoryList);
  for (const [path, value] of archiveOf(newest)) files.set(path, value);
  return files;
}

/** An editor's block as the API serves it: pictures with their sizes, links with their headlines, media under /media/. */
function blockOf(block: SourceBlock, { slug, bySlug, images }: { slug: string; bySlug: ReadonlyMap<string, SourceArticle>; images: ImageIndex }): Block {
  switch (block.type) {
    case 'read-also':
      return {
        type: 'read-also',
        links: block.links.map((link) => {
          if (!('slug' in link)) return link;
          const target = bySlug.get(link.slug);
          if (!target) throw new Error(`article "${slug}": "Baca juga" target "${link.slug}" does not exist`);
          return { slug: target.slug, headline: target.headline };
        }),
      };
    case 'image':
      return { type: 'image', image: imageFor(images, block.image) };
    case 'gallery':
      return { ...block, images: block.images.map((image) => imageFor(images, image)) };
    case 'video': {
      const { poster, captions, ...video } = block;
      return {
        ...video,
        src: mediaPath(block.src),
        ...(poster ? { poster: imageFor(images, poster) } : {}),
        ...(captions ? { captions: { ...captions, src: mediaPath(captions.src) } } : {}),
      };
    }
    case 'embed': {
      const { thumbnail, ...embed } = block;
      return { ...embed, ...(thumbnail ? { thumbnail: imageFor(images, thumbnail) } : {}) };
    }
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'pull-quote':
    case 'divider':
    case 'list':
    case 'table':
      return block;
  }
}

const isHttps = (source: string) => source.startsWith('https://');

/** Where a file of the content folder's media/ is served; an https address (an imported story's) stays as it is. */
export const mediaPath = (source: string) => (isHttps(source) ? source : `/media/${source}`);

/** Every media file of the content folder the content names (videos, captions), to copy to /media/. */
export function mediaFilesOf(content: SourceContent): string[] {
  const files = content.articles.flatMap((article) =>
    article.body.flatMap((block) => (block.type === 'video' ? [block.src, ...(block.captions ? [block.captions.src] : [])] : [])),
  );
  return [...new Set(files.filter((file) => !isHttps(file)))];
}

/**
 * "Korea Utara" → "korea-utara": a tag's slug, in lowercase ASCII (accents dropped). Throws on a
 * name with no letter or digit to make one of.
 */
export function tagSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  if (!slug) throw new Error(`the tag "${name}" has no letter or digit to make an address of`);
  return slug;
}

function tagsOf(article: SourceArticle): Tag[] {
  const tags = new Map<string, Tag>();
  for (const name of article.tags ?? []) {
    const slug = tagSlug(name);
    if (!tags.has(slug)) tags.set(slug, { slug, name: name.trim() });
  }
  return [...tags.values()];
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
 * Each article the API holds, with its teaser's picture (from the latest lists), for the search
 * index (search-index.ts).
 */
export function* searchStoriesOf(files: ApiFiles): Generator<{ article: Article; thumbnail: Teaser['image'] }> {
  const thumbnails = new Map<string, Teaser['image']>();
  for (const [file, value] of files) {
    if (!file.startsWith('latest/')) continue;
    for (const teaser of (value as TeaserList).items) thumbnails.set(teaser.slug, teaser.image);
  }
  for (const [file, value] of files) {
    if (!file.startsWith('articles/')) continue;
    const article = value as Article;
    yield { article, thumbnail: thumbnails.get(article.slug) };
  }
}

/** Every image of the content folder the content refers to, with its focal point, for indexing. */
export function imageRefsOf(content: SourceContent): ImageRef[] {
  return content.articles
    .flatMap((article) => [
    ...(article.image ? [article.image] : []),
    ...article.body.flatMap((block) => {
      if (block.type === 'image') return [block.image];
      if (block.type === 'gallery') return block.images;
      if (block.type === 'video') return block.poster ? [block.poster] : [];
      if (block.type === 'embed') return block.thumbnail ? [block.thumbnail] : [];
      return [];
    }),
    ])
    .filter((image): image is LocalImage => 'file' in image);
}
