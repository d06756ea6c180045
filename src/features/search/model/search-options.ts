/**
 * How stories are indexed and searched: the same options at build time (scripts/content) and in
 * the browser, so a saved index loads with the rules it was made with. Case and accents fold
 * ("brandli" finds "Brändli", "korut" finds "Korut"); the last word matches as a prefix.
 */
import type { Options, SearchOptions } from 'minisearch';

export interface SearchDocument {
  id: string;
  headline: string;
  /** Summary, caption and credit: what a reader remembers of a story besides its headline. */
  text: string;
  categoryName: string;
  categorySlug: string;
  publishedAt: string;
}

/** Lower case, accents removed: "Brändli" and "BRANDLI" are the same word. */
export function foldTerm(term: string): string {
  return term.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export const INDEX_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: ['headline', 'text', 'categoryName'],
  storeFields: ['headline', 'categoryName', 'categorySlug', 'publishedAt'],
  processTerm: (term) => foldTerm(term) || null,
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { headline: 3, categoryName: 1.5 },
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 2,
  fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
  combineWith: 'AND',
};

export const MAX_RESULTS = 50;
