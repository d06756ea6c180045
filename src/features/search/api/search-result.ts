/**
 * A search result as the search page shows it, whichever engine found it: Pagefind in the browser
 * (search-stories.ts) or the live render server (src/server/story-search.ts, as JSON).
 */
import * as v from 'valibot';
import { TeaserSchema, type Teaser } from '../../../content/schema';

/** The live render server's search answer under the API (src/server/live-app.ts); a static site has none. */
export const SEARCH_API_PATH = 'search.json';
export const searchApiPath = (query: string) => `${SEARCH_API_PATH}?q=${encodeURIComponent(query)}`;

/** The most results a page lists. */
export const MAX_RESULTS = 30;

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchResult {
  teaser: Teaser;
  /** The words around the match, the matched ones marked. */
  excerpt: ExcerptPart[];
}

const ExcerptPartSchema = v.object({ text: v.string(), marked: v.boolean() });

/**
 * The live render server's answer (`/api/search.json?q=…`): the best results first, at most
 * MAX_RESULTS, and how many stories matched. A result that does not parse is left out.
 */
export const SearchAnswerSchema = v.object({
  query: v.string(),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  results: v.pipe(
    v.array(v.unknown()),
    v.transform((items) => items.flatMap((item) => {
      const parsed = v.safeParse(v.object({ teaser: TeaserSchema, excerpt: v.fallback(v.array(ExcerptPartSchema), []) }), item);
      return parsed.success ? [parsed.output] : [];
    })),
  ),
});

export type SearchAnswer = v.InferOutput<typeof SearchAnswerSchema>;
