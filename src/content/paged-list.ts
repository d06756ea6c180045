import type { TeaserList } from './schema';

/** The page after this one, for useInfiniteQuery; none after the last. */
export function nextPageOf(last: TeaserList): number | undefined {
  return last.page < last.pageCount ? last.page + 1 : undefined;
}
