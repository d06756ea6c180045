import type MiniSearch from 'minisearch';
import type { Teaser } from '../../../content/schema';
import { MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from './search-options';

/** The stories that match a query, best first, as teasers a list can show. */
export function searchStories(index: MiniSearch<SearchDocument>, query: string): Teaser[] {
  if (query.trim() === '') return [];
  return index
    .search(query, QUERY_OPTIONS)
    .slice(0, MAX_RESULTS)
    .flatMap((result) => {
      const { headline, categoryName, categorySlug, publishedAt } = result as unknown as Partial<Record<keyof SearchDocument, unknown>>;
      if (typeof headline !== 'string' || typeof result.id !== 'string') return [];
      return [
        {
          slug: result.id,
          headline,
          category: typeof categoryName === 'string' && typeof categorySlug === 'string' ? { slug: categorySlug, name: categoryName } : undefined,
          publishedAt: typeof publishedAt === 'string' ? publishedAt : undefined,
          image: undefined,
        },
      ];
    });
}
