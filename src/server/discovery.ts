/**
 * How crawlers and feed readers find the stories, made from the content API alone (its archive and
 * lists), for the static build and the live server alike, with the well-kept libraries made for it:
 * `sitemap` (sitemaps.org 0.9, Google News) and `feed` (RSS 2.0).
 * - /robots.txt names the sitemap index, /sitemap.xml;
 * - the index lists /sitemaps/pages.xml (home, category and tag pages), /sitemaps/news.xml (Google News:
 *   the stories of the last 48 hours) and a sitemap of each month's stories, at most 50,000 addresses
 *   each (a bigger month is split: stories-2025-08.xml, stories-2025-08-2.xml …), with `lastmod`;
 * - /feed.xml is RSS 2.0 of the latest 20 stories, /kategori/<slug>/feed.xml of a category's.
 */
import type { QueryClient } from '@tanstack/react-query';
import { Feed } from 'feed';
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import { articleDescription } from '../app/head';
import { paths } from '../config/paths';
import { site } from '../config/site';
import { apiPaths } from '../content/api-paths';
import type { ArchiveMonth } from '../content/schema';
import { getJson, isNotFound } from '../lib/api-client';
import { monthOf } from '../lib/dates';
import { id } from '../i18n/id';

/** A sitemap holds at most this many addresses (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;
export const FEED_SIZE = 20;
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** Google News reads at most 1,000 stories a news sitemap. */
const NEWS_MAX = 1000;

export const discoveryPaths = {
  robots: '/robots.txt',
  index: '/sitemap.xml',
  pages: '/sitemaps/pages.xml',
  news: '/sitemaps/news.xml',
  stories: (month: string, part = 1) => `/sitemaps/stories-${month}${part > 1 ? `-${part}` : ''}.xml`,
  feed: '/feed.xml',
  categoryFeed: (slug: string) => `${paths.category.href(slug)}/feed.xml`,
} as const;

/** Characters XML 1.0 does not allow (C0 controls but tab, newline and return; U+FFFE, U+FFFF): left out. */
// eslint-disable-next-line no-control-regex
const forXml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** An empty urlset, which the `sitemap` library refuses to write (it throws EmptySitemap): a news sitemap with no story of the last 48 hours. */
const EMPTY_NEWS_SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

async function sitemap(items: readonly SitemapItemLoose[], news = false): Promise<string> {
  const stream = new SitemapStream({ hostname: `${site.url}/`, xmlns: { news, xhtml: false, image: false, video: false } });
  for (const item of items) stream.write(item);
  stream.end();
  return (await streamToPromise(stream)).toString();
}

const newest = (dates: readonly string[]) => dates.reduce<string | undefined>((latest, date) => (latest === undefined || Date.parse(date) > Date.parse(latest) ? date : latest), undefined);

/** The content a discovery file is made of, read through the query client's content fetcher. */
function reader(client: QueryClient) {
  const optional = async <T,>(load: Promise<T>): Promise<T | null> => {
    try {
      return await load;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  };
  return {
    archive: () => getJson(apiPaths.archiveIndex(), (schemas) => schemas.ArchiveIndexSchema, { client }),
    month: (month: string) => optional(getJson(apiPaths.archiveMonth(month), (schemas) => schemas.ArchiveMonthSchema, { client })),
    categories: () => getJson(apiPaths.categories(), (schemas) => schemas.CategoryListSchema, { client }),
    latest: () => getJson(apiPaths.latest(1), (schemas) => schemas.TeaserListSchema, { client }),
    category: (slug: string) => optional(getJson(apiPaths.category(slug, 1), (schemas) => schemas.TeaserListSchema, { client })),
    tags: () => optional(getJson(apiPaths.tags(), (schemas) => schemas.TagListSchema, { client })),
    tag: (slug: string) => optional(getJson(apiPaths.tag(slug, 1), (schemas) => schemas.TeaserListSchema, { client })),
    article: (slug: string) => optional(getJson(apiPaths.article(slug), (schemas) => schemas.ArticleSchema, { client })),
  };
}

export interface DiscoveryOptions {
  /** The moment the files are made for: the news sitemap lists the 48 hours before it. */
  now?: Date;
  /** Addresses a sitemap holds at most (50,000, sitemaps.org's limit; smaller in tests). */
  maxUrls?: number;
}

/** The sitemaps of a month's stories: one per `maxUrls`. */
function parts(count: number, maxUrls: number): number {
  return Math.max(1, Math.ceil(count / maxUrls));
}

async function sitemapIndex(client: QueryClient, maxUrls: number): Promise<string> {
  const { months } = await reader(client).archive();
  const latest = newest(months.map((month) => month.updatedAt));
  const stream = new SitemapIndexStream();
  stream.write({ url: `${site.url}${discoveryPaths.pages}`, lastmod: latest });
  stream.write({ url: `${site.url}${discoveryPaths.news}`, lastmod: latest });
  for (const { month, count, updatedAt } of months) {
    for (let part = 1; part <= parts(count, maxUrls); part += 1) stream.write({ url: `${site.url}${discoveryPaths.stories(month, part)}`, lastmod: updatedAt });
  }
  stream.end();
  return (await streamToPromise(stream)).toString();
}

async function pagesSitemap(client: QueryClient): Promise<string> {
  const content = reader(client);
  const [{ months }, { items: categories }] = await Promise.all([content.archive(), content.categories()]);
  const items: SitemapItemLoose[] = [{ url: paths.home.href(), lastmod: newest(months.map((month) => month.updatedAt)) }];
  for (const category of categories) {
    const list = await content.category(category.slug);
    items.push({ url: paths.category.href(category.slug), lastmod: newest((list?.items ?? []).flatMap((item) => (item.publishedAt ? [item.publishedAt] : []))) });
  }
  // Every tag's page (a content API without tags.json has none).
  for (const tag of (await content.tags())?.items ?? []) {
    const list = await content.tag(tag.slug);
    items.push({ url: paths.tag.href(tag.slug), lastmod: newest((list?.items ?? []).flatMap((item) => (item.publishedAt ? [item.publishedAt] : []))) });
  }
  return sitemap(items);
}

async function storiesSitemap(client: QueryClient, month: string, part: number, maxUrls: number): Promise<string | null> {
  const archive = await reader(client).month(month);
  const items = archive?.items.slice((part - 1) * maxUrls, part * maxUrls) ?? [];
  if (items.length === 0) return null;
  return sitemap(items.map((item) => ({ url: paths.article.href(item.slug), lastmod: item.updatedAt })));
}

async function newsSitemap(client: QueryClient, now: Date): Promise<string> {
  const content = reader(client);
  const since = now.getTime() - NEWS_WINDOW_MS;
  // The last 48 hours lie in this month (in WIB) and perhaps the one before.
  const recent: ArchiveMonth['items'] = [];
  for (const month of new Set([monthOf(now), monthOf(new Date(since))])) recent.push(...((await content.month(month))?.items ?? []));
  const stories = recent
    .filter((item) => Date.parse(item.publishedAt) >= since && Date.parse(item.publishedAt) <= now.getTime())
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_MAX);
  if (stories.length === 0) return EMPTY_NEWS_SITEMAP;
  return sitemap(
    stories.map((item) => ({
      url: paths.article.href(item.slug),
      lastmod: item.updatedAt,
      news: { publication: { name: site.name, language: site.lang }, publication_date: item.publishedAt, title: forXml(item.headline) },
    })),
    true,
  );
}

/** RSS 2.0 of a list's first page: each story with its description, section and date. */
async function feed(client: QueryClient, category?: { slug: string; name: string }): Promise<string | null> {
  const content = reader(client);
  const list = category ? await content.category(category.slug) : await content.latest();
  if (!list) return null;
  const link = `${site.url}${category ? paths.category.href(category.slug) : paths.home.href()}`;
  const feedUrl = `${site.url}${category ? discoveryPaths.categoryFeed(category.slug) : discoveryPaths.feed}`;
  const stories = (await Promise.all(list.items.slice(0, FEED_SIZE).map((teaser) => content.article(teaser.slug)))).filter((article) => article !== null);
  const updated = newest(stories.flatMap((article) => (article.updatedAt ?? article.publishedAt ? [article.updatedAt ?? article.publishedAt ?? ''] : [])));
  const result = new Feed({
    title: category ? `${category.name} — ${site.name}` : `${site.name} — ${id.home.heading}`,
    description: category ? id.category.description(category.name) : id.home.description,
    id: link,
    link,
    language: site.lang,
    copyright: `© ${site.name}`,
    feedLinks: { rss: feedUrl },
    ...(updated ? { updated: new Date(updated) } : {}),
  });
  for (const article of stories) {
    const url = `${site.url}${paths.article.href(article.slug)}`;
    result.addItem({
      title: forXml(article.headline),
      id: url,
      link: url,
      description: forXml(articleDescription(article)),
      date: new Date(article.publishedAt ?? updated ?? 0),
      ...(article.category ? { category: [{ name: forXml(article.category.name) }] } : {}),
    });
  }
  return result.rss2();
}

export function robotsTxt(): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${site.url}${discoveryPaths.index}`, ''].join('\n');
}

/** The content type a discovery file is served with. */
export function discoveryContentType(path: string): string {
  if (path === discoveryPaths.robots) return 'text/plain; charset=utf-8';
  return path.endsWith('feed.xml') ? 'application/rss+xml; charset=utf-8' : 'application/xml; charset=utf-8';
}

/**
 * The discovery file at `path` (as above), made now from the content `client` reads; null when `path`
 * is not one (or names a month, part or category there is none of). Throws what the API client throws.
 */
export async function discoveryFile(path: string, client: QueryClient, { now = new Date(), maxUrls = SITEMAP_MAX_URLS }: DiscoveryOptions = {}): Promise<string | null> {
  if (path === discoveryPaths.robots) return robotsTxt();
  if (path === discoveryPaths.index) return sitemapIndex(client, maxUrls);
  if (path === discoveryPaths.pages) return pagesSitemap(client);
  if (path === discoveryPaths.news) return newsSitemap(client, now);
  if (path === discoveryPaths.feed) return feed(client);
  const stories = /^\/sitemaps\/stories-(\d{4}-\d{2})(?:-(\d+))?\.xml$/.exec(path);
  if (stories?.[1]) {
    const part = stories[2] === undefined ? 1 : Number(stories[2]);
    return part >= 2 || stories[2] === undefined ? storiesSitemap(client, stories[1], part, maxUrls) : null;
  }
  const categoryFeed = /^\/kategori\/([a-z0-9-]+)\/feed\.xml$/.exec(path)?.[1];
  if (categoryFeed) {
    const category = (await reader(client).categories()).items.find((item) => item.slug === categoryFeed);
    return category ? feed(client, category) : null;
  }
  return null;
}

/** Every discovery file's path, for a static build to write them all. */
export async function allDiscoveryPaths(client: QueryClient, { maxUrls = SITEMAP_MAX_URLS }: DiscoveryOptions = {}): Promise<string[]> {
  const content = reader(client);
  const [{ months }, { items: categories }] = await Promise.all([content.archive(), content.categories()]);
  return [
    discoveryPaths.robots,
    discoveryPaths.index,
    discoveryPaths.pages,
    discoveryPaths.news,
    ...months.flatMap(({ month, count }) => Array.from({ length: parts(count, maxUrls) }, (_, index) => discoveryPaths.stories(month, index + 1))),
    discoveryPaths.feed,
    ...categories.map((category) => discoveryPaths.categoryFeed(category.slug)),
  ];
}
