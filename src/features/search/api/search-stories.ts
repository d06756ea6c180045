import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { TeaserSchema, type Teaser } from '../../../content/schema';
import { site } from '../../../config/site';
import { ApiError, getJson } from '../../../lib/api-client';
import { MAX_RESULTS, SearchAnswerSchema, searchApiPath, type ExcerptPart, type SearchResult } from './search-result';

/**
 * Search, by where it runs (site.search):
 * - on a static site, Pagefind's browser code and its chunked index, built by `npm run build` under
 *   /pagefind/ (scripts/content/search-index.ts). Its code is loaded on the first search, never with
 *   an article page; each query fetches only the index chunks and result fragments it needs. It runs
 *   in the page, not a worker (decision 11): compiling its WebAssembly needs 'wasm-unsafe-eval'.
 * - in the live mode, the render server (src/server/story-search.ts): a query fetches only its
 *   results, /api/search.json?q=….
 */
export type { ExcerptPart, SearchResult } from './search-result';
const RUNTIME = '/pagefind/pagefind.js';
const BASE_PATH = '/pagefind/';
const ENTRY = `${BASE_PATH}pagefind-entry.json`;
const ENTRY_TIMEOUT_MS = 8000;

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<unknown>;
}
/** One Pagefind search engine (its `createInstance`): its own state, so each app (and each test's) has its own. */
interface Pagefind {
  /** Loads the index's entry and the Indonesian WebAssembly, so the first query waits for less. */
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

const PagefindModuleSchema = v.looseObject({ createInstance: v.function() });

/** What Pagefind keeps of a story (its "meta", search-index.ts) and the excerpt it cuts around the matched words. */
const ResultDataSchema = v.object({
  url: v.pipe(v.string(), v.regex(/^\/post\/read\/[a-z0-9-]+$/)),
  excerpt: v.fallback(v.string(), ''),
  meta: v.looseObject({
    title: v.string(),
    date: v.optional(v.string()),
    category: v.optional(v.string()),
    categorySlug: v.optional(v.string()),
    image: v.optional(v.string()),
  }),
});

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt ("… tentara <mark>membelot</mark> …", its text HTML-escaped) as parts of text,
 * the marked ones flagged: the page renders them as text, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      const text = (marked ? part.slice(6, -7) : part).replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      return { text, marked };
    })
    .filter((part) => part.text !== '');
}

const EntrySchema = v.looseObject({ version: v.string(), languages: v.record(v.string(), v.unknown()) });

/**
 * The index's entry file, checked before Pagefind is started: Pagefind only logs a missing or broken
 * index and then finds nothing, where a reader must be told that search failed and offered "Coba lagi".
 * Throws an ApiError as getJson does: not-found, http, timeout, network or invalid.
 */
async function checkIndex(): Promise<void> {
  const response = await fetch(ENTRY, { signal: AbortSignal.timeout(ENTRY_TIMEOUT_MS), headers: { Accept: 'application/json' } }).catch((error: unknown) => {
    throw new ApiError(error instanceof DOMException && error.name === 'TimeoutError' ? 'timeout' : 'network', ENTRY);
  });
  if (response.status === 404 || response.status === 410) throw new ApiError('not-found', ENTRY, response.status);
  if (!response.ok) throw new ApiError('http', ENTRY, response.status);
  const entry: unknown = await response.json().catch(() => null);
  if (!v.is(EntrySchema, entry)) throw new ApiError('invalid', ENTRY, response.status, 'not a search index');
}

/**
 * An excerpt as a result shows it: without the headline it may open with (the indexed page starts
 * with it, and the result already shows it), and with "…" where it cuts into a sentence.
 */
export function resultExcerpt(parts: readonly ExcerptPart[], headline: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  // The longest end of the headline the excerpt opens with, and the ". " Pagefind joined it with.
  let cut = 0;
  for (let start = 0; start <= headline.length - 8; start += 1) {
    const tail = headline.slice(start);
    if (text.startsWith(tail)) {
      cut = tail.length + (/^[.!?]?\s*/.exec(text.slice(tail.length))?.[0].length ?? 0);
      break;
    }
  }
  const result: ExcerptPart[] = [];
  let skipped = 0;
  for (const part of parts) {
    const drop = Math.min(part.text.length, Math.max(0, cut - skipped));
    skipped += part.text.length;
    if (drop < part.text.length) result.push({ ...part, text: part.text.slice(drop) });
  }
  if (result.length === 0) return [];
  const first = result[0];
  const last = result[result.length - 1];
  if (first && /^\p{Ll}/u.test(first.text)) result.unshift({ text: '… ', marked: false });
  if (last && !/[.!?»”"]$/.test(last.text)) result.push({ text: ' …', marked: false });
  return result;
}

/** Pagefind's code, loaded once for the visit and kept. */
export const searchEngineQueryOptions = () =>
  queryOptions({
    queryKey: ['search-engine'],
    queryFn: async (): Promise<Pagefind> => {
      await checkIndex();
      let module: unknown;
      try {
        module = await import(/* @vite-ignore */ RUNTIME);
      } catch (error) {
        throw new ApiError('network', RUNTIME, undefined, error instanceof Error ? error.message : undefined);
      }
      if (!v.is(PagefindModuleSchema, module)) throw new ApiError('invalid', RUNTIME, 200, 'not the search engine');
      const engine = (module.createInstance as (options: { basePath: string; noWorker: boolean }) => Pagefind)({ basePath: BASE_PATH, noWorker: true });
      await engine.init();
      return engine;
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });

/** Results a static site's page loads at once ("Muat lebih banyak" loads the next): each costs its fragment (about 2 kB). */
export const RESULTS_PAGE_SIZE = 10;

/** A page of results, and how many a query can show in all (at most MAX_RESULTS). */
export interface SearchPage {
  results: SearchResult[];
  total: number;
  /** Where the next page starts, if there is one. */
  next?: number | undefined;
}

/**
 * The stories that match `query`, best first; among equally good matches, the newest first (within a
 * page). The live server answers with every result at once (a few kB); on a static site each page of
 * RESULTS_PAGE_SIZE costs its results' fragments, so they are fetched a page at a time. Each result's
 * data is checked as it arrives; one that does not fit is left out.
 */
export const searchResultsQueryOptions = (query: string) =>
  infiniteQueryOptions({
    queryKey: ['search', query],
    initialPageParam: 0,
    queryFn: async ({ client, signal, pageParam }): Promise<SearchPage> => {
      if (site.search === 'server') {
        const { results } = await getJson(searchApiPath(query), () => SearchAnswerSchema, { client, signal });
        return { results, total: results.length };
      }
      const engine = await client.query(searchEngineQueryOptions());
      const found = (await engine.search(query))?.results.slice(0, MAX_RESULTS) ?? [];
      const page = found.slice(pageParam, pageParam + RESULTS_PAGE_SIZE);
      const loaded = await Promise.all(page.map(async (result) => ({ score: result.score, data: v.safeParse(ResultDataSchema, await result.data()) })));
      const results = loaded.flatMap(({ score, data }) => {
        if (!data.success) return [];
        const { url, meta, excerpt } = data.output;
        const teaser = v.safeParse(TeaserSchema, {
          slug: url.slice('/post/read/'.length),
          headline: meta.title,
          category: meta.category && meta.categorySlug ? { slug: meta.categorySlug, name: meta.category } : undefined,
          publishedAt: meta.date,
          image: meta.image ? { src: meta.image, alt: '' } : undefined,
        });
        return teaser.success ? [{ score, teaser: teaser.output, excerpt: resultExcerpt(excerptParts(excerpt), meta.title) }] : [];
      });
      const time = (teaser: Teaser) => (teaser.publishedAt ? Date.parse(teaser.publishedAt) : 0);
      // Scores within a hundredth are a tie: the newer story first.
      const ranked = results.sort((a, b) => (Math.abs(a.score - b.score) < 0.01 ? time(b.teaser) - time(a.teaser) : b.score - a.score)).map(({ teaser, excerpt }) => ({ teaser, excerpt }));
      const next = pageParam + RESULTS_PAGE_SIZE;
      return { results: ranked, total: found.length, next: next < found.length ? next : undefined };
    },
    getNextPageParam: (last) => last.next,
    staleTime: Number.POSITIVE_INFINITY,
  });
