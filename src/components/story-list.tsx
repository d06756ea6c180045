import { Link } from 'react-router';
import type { Teaser } from '../content/schema';
import { id } from '../i18n/id';
import { LOAD_MORE_CLASS, useAppendedFocus } from './load-more';
import { StoryTeaser } from './story-teaser';
import { useIsClient } from './use-is-client';

const LEAD_SIZES = '(min-width: 1152px) 660px, (min-width: 768px) 58vw, 100vw';
const ROW_SIZES = '(min-width: 1024px) 300px, (min-width: 640px) 45vw, 112px';

interface StoryListProps {
  stories: readonly Teaser[];
  /** Show the first story large: the top of the home page. */
  withLead?: boolean;
  /** The next page's address, if there is one: a plain link without scripts. */
  nextHref?: string | undefined;
  onLoadMore: () => void;
  isLoadingMore: boolean;
  loadMoreError: boolean;
  showCategory?: boolean;
}

/**
 * A list of stories with "Muat lebih banyak". Without scripts that is a link to the next page;
 * with them, a button that appends it here, moves focus to the first new story and says how
 * many came.
 */
export function StoryList({ stories, withLead = false, nextHref, onLoadMore, isLoadingMore, loadMoreError, showCategory = true }: StoryListProps) {
  const isClient = useIsClient();
  const lead = withLead ? stories[0] : undefined;
  const rest = withLead ? stories.slice(1) : stories;
  // The next page, once it has come: how many came is said, and focus moves to the first of them.
  const { list, announcement, request } = useAppendedFocus<HTMLOListElement>(stories.length, withLead ? 1 : 0);

  function loadMore() {
    request();
    onLoadMore();
  }

  return (
    <div>
      {lead ? (
        <div className="border-b border-neutral-200 pb-6">
          <StoryTeaser teaser={lead} headingLevel="h2" variant="lead" imageSizes={LEAD_SIZES} priority showCategory={showCategory} />
        </div>
      ) : null}
      <ol ref={list} className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((teaser) => (
          <li key={teaser.slug} className="border-b border-neutral-200 py-4">
            <StoryTeaser teaser={teaser} headingLevel="h2" variant="card" imageSizes={ROW_SIZES} showCategory={showCategory} />
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-col items-center gap-2">
        {nextHref ? (
          isClient ? (
            <button type="button" onClick={loadMore} disabled={isLoadingMore} className={LOAD_MORE_CLASS}>
              {isLoadingMore ? id.list.loadingMore : id.list.more}
            </button>
          ) : (
            <Link to={nextHref} className={LOAD_MORE_CLASS}>
              {id.list.more}
            </Link>
          )
        ) : null}
        {loadMoreError ? <p className="text-sm text-red-800">{id.list.moreError}</p> : null}
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </div>
    </div>
  );
}
