/**
 * `npm run content:import`'s work, without touching a file: the text of a CMS export (formats.ts)
 * → Warta's authoring format (scripts/content/source.ts): its categories, its articles with their
 * related stories, and a report of what was dropped from each and why.
 */
import { paths, SLUG_MAX_LENGTH } from '../../src/config/paths';
import { RELATED_MAX, tagSlug } from '../content/build-api';
import type { SourceArticle, SourceCategory } from '../content/source';
import { readStories, type Format } from './formats';
import { HtmlWalker } from './html-to-blocks';
import { articleOf, DEFAULT_CATEGORY, type StoryDraft } from './story';

export interface ImportResult {
  format: Format;
  categories: SourceCategory[];
  articles: SourceArticle[];
  /** Whether any picture is the placeholder (images/gambar-tidak-tersedia.svg must be written). */
  usesPlaceholder: boolean;
  /** One line for each thing dropped or changed, and each story left out: "<slug>: dropped <script> ×2: …". */
  report: string[];
}

/**
 * "Ketemu Kim Jong-un di China!" → "ketemu-kim-jong-un-di-china": lower-case ASCII letters, digits
 * and single dashes (SLUG_PATTERN), at most SLUG_MAX_LENGTH long, cut at a dash. "" when nothing is left.
 */
export function slugify(text: string, max = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cutAt = slug.lastIndexOf('-', max);
  return slug.slice(0, cutAt > max / 2 ? cutAt : max).replace(/-+$/, '');
}

/**
 * The slug a story's own address gives: its last path segment ("/post/read/judul-berita",
 * "/2024/10/17/judul-berita/", "/read/123/judul-berita.html"), unless that is only a number or an
 * "amp"/"index" page. Empty when there is none.
 */
export function slugFromAddress(address: string | undefined): string {
  if (!address) return '';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return '';
  }
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .filter((segment) => !/^(?:amp|index\.\w+)$/i.test(segment));
  const last = (segments[segments.length - 1] ?? '').replace(/\.(?:html?|php|aspx?)$/i, '');
  const slug = slugify(last);
  return /[a-z]/.test(slug) && slug.length >= 3 ? slug : '';
}

/** An address as links to it are compared: host without "www.", path without its trailing slash, the query only for "?p=". */
function addressKey(address: string, base?: URL): string | null {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const p = url.searchParams.get('p');
  return `${host}${path}${p ? `?p=${p}` : ''}`;
}

/** Unique slugs: a second story with the same one gets "-2", then "-3" … */
function assignSlugs(drafts: readonly StoryDraft[]): string[] {
  const taken = new Set<string>();
  return drafts.map((draft) => {
    const base = slugFromAddress(draft.url) || slugify(draft.slugHint ? decodeSafely(draft.slugHint) : '') || slugify(draft.headline) || 'berita';
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) {
      const suffix = `-${n}`;
      slug = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    taken.add(slug);
    return slug;
  });
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Each story's related stories: those sharing most of its tags first, then those of its category,
 * nearest in time first; at most RELATED_MAX (the build's own cap). Indexed by tag and by category,
 * so 100,000 stories take seconds, not a comparison of every pair.
 */
export function relatedOf(articles: readonly SourceArticle[], max = RELATED_MAX): Map<string, string[]> {
  const byTag = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const tagsOf = articles.map((article) => [...new Set((article.tags ?? []).map((name) => tagSlug(name)))]);
  const times = articles.map((article) => Date.parse(article.publishedAt));
  articles.forEach((article, index) => {
    for (const tag of tagsOf[index] ?? []) {
      const members = byTag.get(tag) ?? [];
      members.push(index);
      byTag.set(tag, members);
    }
    const inCategory = byCategory.get(article.category) ?? [];
    inCategory.push(index);
    byCategory.set(article.category, inCategory);
  });
  const byTime = (a: number, b: number) => (times[a] ?? 0) - (times[b] ?? 0);
  for (const members of [...byTag.values(), ...byCategory.values()]) members.sort(byTime);
  const related = new Map<string, string[]>();
  articles.forEach((article, index) => {
    const time = times[index] ?? 0;
    /** Candidate → how many tags it shares. */
    const sharedTags = new Map<number, number>();
    for (const tag of tagsOf[index] ?? []) {
      // A tag on thousands of stories says little: only the nearest in time are weighed.
      const members = byTag.get(tag) ?? [];
      for (const other of members.length > 500 ? nearest(members, times, time, 100) : members) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
    }
    for (const other of nearest(byCategory.get(article.category) ?? [], times, time, max + 1)) sharedTags.set(other, sharedTags.get(other) ?? 0);
    sharedTags.delete(index);
    const score = (other: number) => 2 * (sharedTags.get(other) ?? 0) + (articles[other]?.category === article.category ? 1 : 0);
    const distance = (other: number) => Math.abs((times[other] ?? 0) - time);
    const ranked = [...sharedTags.keys()]
      .sort((a, b) => score(b) - score(a) || distance(a) - distance(b))
      .slice(0, max)
      .flatMap((other) => (articles[other] ? [articles[other].slug] : []));
    related.set(article.slug, ranked);
  });
  return related;
}

/** Up to `count` of `members` (sorted by time) nearest in time to `time`: a binary search, then outwards. */
function nearest(members: readonly number[], times: readonly number[], time: number, count: number): number[] {
  const at = (position: number) => times[members[position] ?? -1] ?? 0;
  let low = 0;
  let high = members.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at(middle) < time) low = middle + 1;
    else high = middle;
  }
  const result: number[] = [];
  let left = low - 1;
  let right = low;
  while (result.length < count && (left >= 0 || right < members.length)) {
    const takeRight = left < 0 || (right < members.length && Math.abs(at(right) - time) <= Math.abs(at(left) - time));
    const member = members[takeRight ? right++ : left--];
    if (member !== undefined) result.push(member);
  }
  return result;
}

/** Drops counted per story: "dropped <script> ×2: a script: …". */
class StoryReport {
  private readonly drops = new Map<string, number>();
  private readonly notes: string[] = [];
  drop = (what: string, why: string) => {
    const key = `${what}\u0000${why}`;
    this.drops.set(key, (this.drops.get(key) ?? 0) + 1);
  };
  note = (line: string) => {
    this.notes.push(line);
  };
  lines(name: string): string[] {
    const drops = [...this.drops].map(([key, count]) => {
      const [what, why] = key.split('\u0000');
      return `${name}: dropped ${what}${count > 1 ? ` ×${count}` : ''}: ${why}`;
    });
    return [...drops, ...[...new Set(this.notes)].map((note) => `${name}: ${note}`)];
  }
}

/**
 * Imports the text of a CMS export. Throws only when the input as a whole cannot be read (see
 * readStories); a story that cannot become an article is left out with a report line.
 * `now` dates a story that has no date of its own.
 */
export function importStories(text: string, { now = new Date() }: { now?: Date } = {}): ImportResult {
  const { format, stories, problems } = readStories(text);
  const report: string[] = [...problems];
  const slugs = assignSlugs(stories);

  // Every address a story is known by → its page on Warta, so links between them stay on the site.
  const storyPaths = new Map<string, string>();
  stories.forEach((story, index) => {
    for (const address of [story.url, ...(story.aliases ?? [])]) {
      const key = address ? addressKey(address) : null;
      const slug = slugs[index];
      if (key && slug && !storyPaths.has(key)) storyPaths.set(key, paths.article.href(slug));
    }
  });

  const categories = new Map<string, SourceCategory>();
  const articles: SourceArticle[] = [];
  let usesPlaceholder = false;
  stories.forEach((story, index) => {
    const slug = slugs[index] ?? 'berita';
    const storyReport = new StoryReport();
    let base: URL | undefined;
    try {
      base = story.url ? new URL(story.url) : undefined;
    } catch {
      base = undefined;
    }
    const walker = new HtmlWalker({
      base,
      storyPath: (address) => {
        const key = addressKey(address.href);
        return key ? (storyPaths.get(key) ?? null) : null;
      },
      drop: storyReport.drop,
      note: storyReport.note,
    });
    const [first] = story.categories;
    const categorySlug = first ? slugify(first.slug && /[a-z]/i.test(first.slug) ? decodeSafely(first.slug) : first.name, 80) : '';
    const category = first && categorySlug ? { slug: categorySlug, name: first.name } : DEFAULT_CATEGORY;
    try {
      const imported = articleOf(story, { slug, category, walker, drop: storyReport.drop, note: storyReport.note }, now);
      articles.push(imported.article);
      if (!categories.has(category.slug)) categories.set(category.slug, { slug: category.slug, name: category.name });
      usesPlaceholder ||= imported.usesPlaceholder;
      report.push(...storyReport.lines(slug));
    } catch (error) {
      report.push(...storyReport.lines(slug), `${story.source}: left out: ${(error as Error).message}`);
    }
  });

  const related = relatedOf(articles);
  const withRelated = articles.map((article) => {
    const slugsOf = related.get(article.slug) ?? [];
    return slugsOf.length > 0 ? { ...article, related: slugsOf } : article;
  });
  return { format, categories: [...categories.values()], articles: withRelated, usesPlaceholder, report };
}
