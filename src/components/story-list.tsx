import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Teaser } from '../content/schema';
import { id } from '../i18n/id';
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
  const list = useRef<HTMLOListElement>(null);
  const [requestedAt, setRequestedAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const lead = withLead ? stories[0] : undefined;
  const rest = withLead ? stories.slice(1) : stories;

  // The next page has arrived: say how many came, and (below) move focus to the first of them.
  if (requestedAt !== null && stories.length > requestedAt) {
    setAnnouncement(id.list.loadedMore(stories.length - requestedAt));
    setFocusIndex(requestedAt - (withLead ? 1 : 0));
    setRequestedAt(null);
  }
  useEffect(() => {
    if (focusIndex !== null) list.current?.querySelectorAll('li')[focusIndex]?.querySelector('a')?.focus();
  }, [focusIndex]);

  function loadMore() {
    setRequestedAt(stories.length);
    onLoadMore();
  }

  const buttonClass =
    'inline-flex min-h-11 items-center justify-center rounded border-2 border-red-700 px-6 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:border-neutral-400 disabled:text-neutral-600';
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
            <button type="button" onClick={loadMore} disabled={isLoadingMore} className={buttonClass}>
              {isLoadingMore ? id.list.loadingMore : id.list.more}
            </button>
          ) : (
            <Link to={nextHref} className={buttonClass}>
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
