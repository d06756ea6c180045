import { useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ErrorView } from '../../components/error-view';
import { PageHeading } from '../../components/page-heading';
import { StoryTeaser } from '../../components/story-teaser';
import { searchEngineQueryOptions, searchResultsQueryOptions, type ExcerptPart, type SearchResult } from '../../features/search/api/search-stories';
import { SearchForm } from '../../features/search/components/search-form';
import { useSearchQuery } from '../../features/search/model/use-search-query';
import { site } from '../../config/site';
import { id } from '../../i18n/id';
import { viewOf } from '../../lib/query-view';

/** Loads the search engine and its index's entry ahead of a query (the reader focused a search box). */
export function prepareSearch(queryClient: QueryClient): void {
  // The live render server's search has nothing to load ahead.
  if (site.search === 'server') return;
  void queryClient.query(searchEngineQueryOptions()).catch(() => undefined);
}

/**
 * What a search page needs before it is rendered: on the live render server, its results (a search
 * that fails throws, failing the page: the server's "Coba lagi" page, never one waiting for a
 * script); on a static site nothing, its search runs in the browser.
 */
export async function loadSearch(queryClient: QueryClient, query: string): Promise<void> {
  if (site.search === 'server' && query) await queryClient.infiniteQuery(searchResultsQueryOptions(query));
}

/** "/cari?q=…": the query stays in the box and the address; every word of every story is searched (search-stories.ts). */
export function SearchRoute() {
  const query = useSearchQuery();
  return (
    <div className="max-w-3xl">
      <PageHeading className="text-3xl font-black tracking-tight">
        {query ? <Quoted before={id.search.resultsFor} query={query} /> : id.search.heading}
      </PageHeading>
      <SearchForm query={query} className="mt-4 max-w-xl" />
      {site.search === 'server' ? null : (
        <noscript>
          <p className="mt-4 text-neutral-700">{id.search.needsScript}</p>
        </noscript>
      )}
      {query ? <Results query={query} /> : <p className="mt-4 text-neutral-700">{id.search.prompt}</p>}
    </div>
  );
}

function Results({ query }: { query: string }) {
  const resultsQuery = useInfiniteQuery(searchResultsQueryOptions(query));
  const view = viewOf(resultsQuery);
  switch (view.kind) {
    case 'ready':
      return (
        <ResultList
          results={view.data.pages.flatMap((page) => page.results)}
          total={view.data.pages[0]?.total ?? 0}
          query={query}
          hasMore={resultsQuery.hasNextPage}
          onMore={() => void resultsQuery.fetchNextPage()}
          isLoadingMore={resultsQuery.isFetchingNextPage}
          moreFailed={resultsQuery.isFetchNextPageError}
        />
      );
    case 'not-found':
    case 'error':
      return (
        <div className="mt-6">
          <ErrorView level="section" heading={id.search.error} error={view.error} onRetry={() => void resultsQuery.refetch()} isRetrying={resultsQuery.isFetching} />
        </div>
      );
    case 'offline':
      return (
        <p role="status" className="mt-6 text-neutral-700">
          {id.search.offline}
        </p>
      );
    case 'loading':
      return (
        <p role="status" className="mt-6 text-neutral-700">
          {id.search.loading}
        </p>
      );
  }
}

interface ResultListProps {
  results: SearchResult[];
  /** How many the query can show in all (the count says it before every page is loaded). */
  total: number;
  query: string;
  hasMore: boolean;
  onMore: () => void;
  isLoadingMore: boolean;
  moreFailed: boolean;
}

/** The results; "Muat lebih banyak" appends the next page, moves focus to its first result and says how many came. */
function ResultList({ results, total, query, hasMore, onMore, isLoadingMore, moreFailed }: ResultListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [requestedAt, setRequestedAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  // The next page has arrived: say how many came, and (below) move focus to the first of them.
  if (requestedAt !== null && results.length > requestedAt) {
    setAnnouncement(id.list.loadedMore(results.length - requestedAt));
    setFocusIndex(requestedAt);
    setRequestedAt(null);
  }
  useEffect(() => {
    if (focusIndex !== null) list.current?.querySelectorAll(':scope > li')[focusIndex]?.querySelector('a')?.focus();
  }, [focusIndex]);
  return (
    <section aria-live="polite" className="mt-6">
      {results.length === 0 ? (
        <>
          <p className="text-lg font-semibold">
            <Quoted before={id.search.noResults} query={query} />
          </p>
          <p className="mt-1 text-neutral-700">{id.search.noResultsHint}</p>
        </>
      ) : (
        <>
          <p className="text-sm text-neutral-700">{id.search.count(total)}</p>
          <ol ref={list} className="mt-2 divide-y divide-neutral-200">
            {results.map(({ teaser, excerpt }) => (
              <li key={teaser.slug} className="py-4">
                <StoryTeaser teaser={teaser} headingLevel="h2" variant="row" imageSizes="112px" />
                {excerpt.length > 0 ? <Excerpt parts={excerpt} /> : null}
              </li>
            ))}
          </ol>
          <div className="mt-4 flex flex-col items-center gap-2">
            {hasMore ? (
              <button
                type="button"
                onClick={() => {
                  setRequestedAt(results.length);
                  onMore();
                }}
                disabled={isLoadingMore}
                className="inline-flex min-h-11 items-center justify-center rounded border-2 border-red-700 px-6 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:border-neutral-400 disabled:text-neutral-600"
              >
                {isLoadingMore ? id.list.loadingMore : id.list.more}
              </button>
            ) : null}
            {moreFailed ? <p className="text-sm text-red-800">{id.search.moreError}</p> : null}
            <p role="status" className="sr-only">
              {announcement}
            </p>
          </div>
        </>
      )}
    </section>
  );
}

/** The words around the match, as text; the matched words marked (the browser’s own highlight: no class of its own in every page’s CSS). */
function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <p dir="auto" className="mt-2 text-sm leading-snug text-neutral-700">
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  );
}

/** "Hasil untuk «…»": the reader's words isolated, so a query in another direction keeps the sentence in order. */
function Quoted({ before, query }: { before: string; query: string }) {
  return (
    <>
      {before} «<bdi>{query}</bdi>»
    </>
  );
}
