/**
 * Surrogate keys (Varnish xkey, Fastly Surrogate-Key): each response names what it shows, so that
 * publishing purges exactly the responses a change touches, and nothing else.
 * - `story:<slug>`: a story. On its own page and JSON, and on every page and list that shows its
 *   headline (lists, "Berita Terkait", "Baca juga"): a changed headline or a removed story purges
 *   them all. Also on the not-found page of a story that does not exist yet, so publishing it ends
 *   the cached 404 at once.
 * - `list:latest`, `list:category:<slug>`, `list:tag:<slug>`: a list as a whole. A new story shifts
 *   every page of it.
 * - `categories`: the sections (every page's navigation).
 * - `archive:<YYYY-MM>`, and `archive` on every month: a month's stories (its archive JSON and
 *   sitemaps). Publishing a story purges its month's; a story that is gone (its month unknown), all.
 * - `discovery`: the sitemap index, the pages and news sitemaps, the archive's months and the search
 *   index, which every publish changes. The feeds go with their lists (`list:latest`,
 *   `list:category:<slug>`).
 */
import type { QueryKey } from '@tanstack/react-query';
import { apiPaths } from '../content/api-paths';

export const surrogateKeys = {
  story: (slug: string) => `story:${slug}`,
  latest: 'list:latest',
  category: (slug: string) => `list:category:${slug}`,
  tag: (slug: string) => `list:tag:${slug}`,
  categories: 'categories',
  discovery: 'discovery',
  /** Search pages and answers: every publish purges them. */
  search: 'search',
  archive: 'archive',
  month: (month: string) => `archive:${month}`,
} as const;

interface Slugged {
  slug?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The stories a payload shows: its items (a list) or its "Baca juga" blocks (an article). */
function storiesIn(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const slugs: string[] = [];
  const add = (item: unknown) => {
    const { slug } = (isRecord(item) ? item : {}) as Slugged;
    if (typeof slug === 'string') slugs.push(slug);
  };
  if (Array.isArray(data.items)) data.items.forEach(add);
  if (Array.isArray(data.pages)) for (const page of data.pages) if (isRecord(page) && Array.isArray(page.items)) page.items.forEach(add);
  if (Array.isArray(data.body)) {
    for (const block of data.body) if (isRecord(block) && block.type === 'read-also' && Array.isArray(block.links)) block.links.forEach(add);
  }
  return slugs;
}

/** The keys of one query of the app, from its key and data (what a rendered page's state holds). */
export function queryKeys(key: QueryKey, data: unknown): string[] {
  const [kind, slug] = key;
  const shown = storiesIn(data).map(surrogateKeys.story);
  switch (kind) {
    case 'article':
    case 'related':
      return typeof slug === 'string' ? [surrogateKeys.story(slug), ...shown] : shown;
    case 'latest':
      return [surrogateKeys.latest, ...shown];
    case 'category':
      return typeof slug === 'string' ? [surrogateKeys.category(slug), ...shown] : shown;
    case 'tag':
      return typeof slug === 'string' ? [surrogateKeys.tag(slug), ...shown] : shown;
    case 'categories':
      return [surrogateKeys.categories];
    default:
      return shown;
  }
}

/** The keys of a JSON file of the content API (`articles/<slug>.json`, …), from its path and payload. */
export function apiKeys(apiPath: string, data: unknown): string[] {
  const shown = storiesIn(data).map(surrogateKeys.story);
  const article = /^articles\/([^/]+)\.json$/.exec(apiPath)?.[1];
  if (article) return [surrogateKeys.story(article), ...shown];
  const related = /^related\/([^/]+)\.json$/.exec(apiPath)?.[1];
  if (related) return [surrogateKeys.story(related), ...shown];
  if (/^latest\/\d+\.json$/.test(apiPath)) return [surrogateKeys.latest, ...shown];
  const category = /^categories\/([^/]+)\/\d+\.json$/.exec(apiPath)?.[1];
  if (category) return [surrogateKeys.category(category), ...shown];
  const tag = /^tags\/([^/]+)\/\d+\.json$/.exec(apiPath)?.[1];
  if (tag) return [surrogateKeys.tag(tag), ...shown];
  if (apiPath === apiPaths.categories()) return [surrogateKeys.categories];
  const month = /^archive\/(\d{4}-\d{2})\.json$/.exec(apiPath)?.[1];
  if (month) return [surrogateKeys.archive, surrogateKeys.month(month)];
  return [surrogateKeys.discovery];
}

/**
 * The keys of a discovery file (src/server/discovery's paths): a month's sitemaps go with that month,
 * a feed with its list, the rest with every publish.
 */
export function discoveryKeys(path: string): string[] {
  const month = /^\/sitemaps\/stories-(\d{4}-\d{2})(?:-\d+)?\.xml$/.exec(path)?.[1];
  if (month) return [surrogateKeys.archive, surrogateKeys.month(month)];
  const category = /^\/kategori\/([^/]+)\/feed\.xml$/.exec(path)?.[1];
  if (category) return [surrogateKeys.category(category)];
  if (path === '/feed.xml') return [surrogateKeys.latest];
  return [surrogateKeys.discovery];
}

/** One header value: unique keys, space-separated, as xkey reads them. */
export function keyHeader(keys: Iterable<string>): string {
  return [...new Set(keys)].join(' ');
}
