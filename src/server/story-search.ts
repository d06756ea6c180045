/**
 * The live mode's search: every word of every story, indexed in the render server's memory with
 * MiniSearch (https://lucaong.github.io/minisearch/, BM25+), its terms folded (case, accents,
 * apostrophes: "Ma’ruf" = "maruf") and stemmed with Snowball's Indonesian stemmer (@orama/stemmers:
 * "membelot", "pembelotan" → "belot"), the one Pagefind uses on the static site.
 *
 * The index follows the content API: it reads the whole archive (archive.json, archive/<month>.json,
 * then each story) at start, every `syncIntervalMs` looks again for months whose count or last change
 * moved (a story published, changed or removed without a publish call), and `refresh(slugs)` (the
 * publish endpoint) takes a story in, or out when the API no longer has it, at once.
 */
import { stemmer } from '@orama/stemmers/indonesian';
import MiniSearch, { type SearchResult as EngineResult } from 'minisearch';
import * as v from 'valibot';
import { apiPaths } from '../content/api-paths';
import { ArchiveIndexSchema, ArchiveMonthSchema, ArticleSchema, type Article, type Teaser } from '../content/schema';
import { storyText } from '../content/story-text';
import { teaserOf } from '../content/teaser';
import { MAX_RESULTS, type ExcerptPart, type SearchAnswer } from '../features/search/api/search-result';
import type { ContentFetcher } from '../lib/api-client';

/** A word as the text holds it: letters and digits, with apostrophes inside ("Jum'at", "Ma’ruf"). */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ‘`][\p{L}\p{N}]+)*/gu;

/** A word folded: lower case, without accents or apostrophes ("Ma’ruf" → "maruf", "Café" → "cafe"). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII letters: nothing to take apart.
  if (/^[a-z0-9]*$/.test(lower)) return lower;
  return lower.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’ʼ‘`]/g, '');
}

/** Terms already worked out, by the word as written: a language has far fewer words than an archive has. */
const terms = new Map<string, string>();
const MAX_REMEMBERED_TERMS = 500_000;

/** A folded word as the index keeps it: stemmed unless it holds a digit ("2026", "covid19"). */
export function termOf(word: string): string {
  const known = terms.get(word);
  if (known !== undefined) return known;
  const folded = foldWord(word);
  const term = /\d/.test(folded) ? folded : stemmer(folded);
  if (terms.size >= MAX_REMEMBERED_TERMS) terms.clear();
  terms.set(word, term);
  return term;
}

const tokenize = (text: string): string[] => text.match(WORD) ?? [];

/** How much a match counts by where it is: the headline above all, the body least. */
const BOOST = { headline: 6, summary: 2, about: 2, body: 1 } as const;

/** Words an excerpt holds, and how many of them come before the first match. */
const EXCERPT_WORDS = 26;
const EXCERPT_LEAD = 8;

interface Indexed {
  teaser: Teaser;
  /** When it was published (ms since 1970; 0 without a date): newer wins a tie. */
  publishedMs: number;
  paragraphs: string[];
  /** The archive's last change of it, to see whether it changed since. */
  updatedAt: string;
}

interface IndexDocument {
  id: string;
  headline: string;
  summary: string;
  about: string;
  body: string;
}

export interface StorySearch {
  /** Resolves once every story of the archive has been read (rejects if the archive could not be). */
  readonly ready: Promise<void>;
  isReady: () => boolean;
  /** Stories indexed now. */
  size: () => number;
  /** The stories matching every word of `query` (at most MAX_RESULTS, best first; newer first among equal ones) and how many matched. */
  search: (query: string) => SearchAnswer;
  /** Reads these stories again now: indexed as the API has them, or taken out when it has them no more (404). */
  refresh: (slugs: readonly string[]) => Promise<void>;
  /** Compares the archive with the index and reads what changed. One at a time: a call during another waits for it. */
  sync: () => Promise<{ added: number; removed: number }>;
  /** Stops the periodic sync. */
  stop: () => void;
}

export interface StorySearchOptions {
  fetchContent: ContentFetcher;
  /** How often the archive is compared with the index (ms); 0: never (tests call sync). Default 20 s: with answers cached 30 s, a story is findable within a minute without a publish call. */
  syncIntervalMs?: number;
  /** Stories read at once while indexing. */
  concurrency?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

class NotFound extends Error {}

/** Every so many looks at the archive (5 minutes at the 20 s default), every month is read again, not only those that changed. */
const FULL_SWEEP_EVERY = 15;


/**
 * The excerpt of a result: from the paragraph holding the most of the `matched` terms (the first
 * such), about 26 words from a few before the first match, the matched words marked. A story that
 * matched only by its headline or tags gives its first paragraph's start, nothing marked.
 */
export function excerptOf(paragraphs: readonly string[], matched: ReadonlySet<string>): ExcerptPart[] {
  let best: { text: string; words: RegExpExecArray[]; hits: number[]; distinct: number } | null = null;
  for (const text of paragraphs) {
    const words = [...text.matchAll(WORD)];
    const hits = words.flatMap((word, index) => (matched.has(termOf(word[0])) ? [index] : []));
    const distinct = new Set(hits.map((index) => termOf(words[index]?.[0] ?? ''))).size;
    if (words.length > 0 && (!best || distinct > best.distinct)) best = { text, words, hits, distinct };
  }
  if (!best) return [];
  const { text, words } = best;
  const first = best.hits[0] ?? 0;
  const from = Math.max(0, Math.min(first - EXCERPT_LEAD, words.length - EXCERPT_WORDS));
  const to = Math.min(words.length, from + EXCERPT_WORDS);
  const hits = new Set(best.hits);
  const parts: ExcerptPart[] = [];
  const push = (part: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (!part) return;
    if (last && !last.marked && !marked) last.text += part;
    else parts.push({ text: part, marked });
  };
  if (from > 0) push('… ', false);
  let at = words[from]?.index ?? 0;
  for (const [index, word] of words.slice(from, to).entries()) {
    if (!hits.has(from + index)) continue;
    push(text.slice(at, word.index), false);
    push(word[0], true);
    at = word.index + word[0].length;
  }
  const last = words[to - 1];
  push(text.slice(at, to < words.length && last ? last.index + last[0].length : text.length), false);
  if (to < words.length) push(' …', false);
  return parts;
}

/**
 * The search of a live render server, fed from `fetchContent` (the content API). Starts reading the
 * archive at once; `ready` tells when it has. Never throws from search: an empty or wordless query
 * finds nothing.
 */
export function createStorySearch({ fetchContent, syncIntervalMs = 20_000, concurrency = 8, timeoutMs = 8000, log = console.log }: StorySearchOptions): StorySearch {
  const engine = new MiniSearch<IndexDocument>({
    fields: ['headline', 'summary', 'about', 'body'],
    storeFields: [],
    tokenize,
    processTerm: (term) => termOf(term) || null,
    searchOptions: {
      boost: BOOST,
      combineWith: 'AND',
      // The last word may still be being typed: "pemerin" finds "pemerintah".
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 4,
    },
  });
  const stories = new Map<string, Indexed>();
  /** What the archive said of each month last time: its count and last change. */
  const months = new Map<string, { count: number; updatedAt: string; items: Map<string, string> }>();
  let readyNow = false;

  async function getJson<S extends v.GenericSchema>(path: string, schema: S): Promise<v.InferOutput<S>> {
    const response = await fetchContent(path, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' } });
    if (response.status === 404 || response.status === 410) throw new NotFound(path);
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return v.parse(schema, await response.json());
  }

  function put(article: Article, updatedAt: string): void {
    const { paragraphs, about } = storyText(article);
    const document: IndexDocument = { id: article.slug, headline: article.headline, summary: article.summary ?? '', about, body: paragraphs.join('\n') };
    if (engine.has(article.slug)) engine.replace(document);
    else engine.add(document);
    // The summary is the first paragraph: the excerpt may come from it, never from the headline the row shows.
    stories.set(article.slug, { teaser: teaserOf(article), publishedMs: Date.parse(article.publishedAt ?? '') || 0, paragraphs, updatedAt });
  }

  function remove(slug: string): void {
    if (engine.has(slug)) engine.discard(slug);
    stories.delete(slug);
  }

  /** Reads one story and indexes it; takes it out if the API does not have it. Other failures are logged and leave it as it was. */
  async function read(slug: string, updatedAt?: string): Promise<void> {
    try {
      const article = await getJson(apiPaths.article(slug), ArticleSchema);
      put(article, updatedAt ?? article.updatedAt ?? article.publishedAt ?? '');
    } catch (error) {
      if (error instanceof NotFound) remove(slug);
      else log(`search: ${slug} not indexed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, items.length) }, async () => {
        while (next < items.length) {
          const item = items[next] as T;
          next += 1;
          await work(item);
        }
      }),
    );
  }

  let comparisons = 0;
  async function compare(): Promise<{ added: number; removed: number }> {
    const index = await getJson(apiPaths.archiveIndex(), ArchiveIndexSchema);
    // A month's count and last change say when a story came or went, but for one removed and another
    // added, no newer, between two looks: every month is read again every FULL_SWEEP_EVERY looks.
    const sweep = comparisons % FULL_SWEEP_EVERY === 0;
    comparisons += 1;
    const changed = index.months.filter((month) => {
      const known = months.get(month.month);
      return sweep || !known || known.count !== month.count || known.updatedAt !== month.updatedAt;
    });
    await inParallel(changed, async (month) => {
      const page = await getJson(apiPaths.archiveMonth(month.month), ArchiveMonthSchema).catch((error: unknown) => {
        // A month emptied since archive.json was read.
        if (error instanceof NotFound) return { month: month.month, items: [] };
        throw error;
      });
      months.set(month.month, { count: month.count, updatedAt: month.updatedAt, items: new Map(page.items.map((item) => [item.slug, item.updatedAt])) });
    });
    const listed = new Set(index.months.map((month) => month.month));
    for (const month of [...months.keys()]) if (!listed.has(month)) months.delete(month);
    const archive = new Map<string, string>();
    for (const { items } of months.values()) for (const [slug, updatedAt] of items) archive.set(slug, updatedAt);
    const stale = [...archive].filter(([slug, updatedAt]) => stories.get(slug)?.updatedAt !== updatedAt);
    const gone = [...stories.keys()].filter((slug) => !archive.has(slug));
    for (const slug of gone) remove(slug);
    await inParallel(stale, ([slug, updatedAt]) => read(slug, updatedAt));
    return { added: stale.length, removed: gone.length };
  }

  let running: Promise<{ added: number; removed: number }> = Promise.resolve({ added: 0, removed: 0 });
  const sync = () => {
    running = running.catch(() => undefined).then(compare);
    return running;
  };

  const started = performance.now();
  const ready = sync().then(({ added }) => {
    readyNow = true;
    log(`search: ${added} stories indexed in ${Math.round(performance.now() - started)} ms`);
  });
  ready.catch((error: unknown) => {
    log(`search: the archive could not be read: ${error instanceof Error ? error.message : String(error)}`);
  });
  const timer = syncIntervalMs > 0
    ? setInterval(() => {
        sync().then(
          ({ added, removed }) => {
            readyNow = true;
            if (added + removed > 0) log(`search: ${added} stories read again, ${removed} taken out`);
          },
          (error: unknown) => log(`search: sync failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      }, syncIntervalMs)
    : undefined;
  timer?.unref();

  return {
    ready,
    isReady: () => readyNow,
    size: () => stories.size,
    search: (query) => {
      // Best first (MiniSearch sorts by score).
      const found: EngineResult[] = query.trim() ? engine.search(query) : [];
      // Scores within a hundredth of each other are a tie: the newer story first. Only the results
      // that can reach the page are ordered again: a common word matches most of the archive.
      const last = found[MAX_RESULTS - 1]?.score ?? 0;
      const contenders = found.slice(0, MAX_RESULTS).concat(found.slice(MAX_RESULTS).filter((result) => result.score >= last * 0.99));
      const time = (result: EngineResult) => stories.get(String(result.id))?.publishedMs ?? 0;
      const ranked = contenders.sort((a, b) => (Math.abs(a.score - b.score) <= 0.01 * Math.max(a.score, b.score) ? time(b) - time(a) : b.score - a.score));
      const results = ranked.slice(0, MAX_RESULTS).flatMap((result) => {
        const story = stories.get(String(result.id));
        return story ? [{ teaser: story.teaser, excerpt: excerptOf(story.paragraphs, new Set(result.terms)) }] : [];
      });
      return { query, total: found.length, results };
    },
    refresh: async (slugs) => {
      await inParallel(slugs, (slug) => read(slug));
    },
    sync,
    stop: () => clearInterval(timer),
  };
}
