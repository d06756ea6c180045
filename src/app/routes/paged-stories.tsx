import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { StoryList } from '../../components/story-list';
import { useDocumentTitle } from '../../components/use-document-title';
import type { TeaserList } from '../../content/schema';
import { id } from '../../i18n/id';
import { isNotFound } from '../../lib/api-client';

interface PagedStoriesProps {
  query: UseInfiniteQueryResult<InfiniteData<TeaserList>>;
  /** The page's h1; for a category it comes with the data. */
  heading: (first: TeaserList | undefined) => string;
  documentTitle: (first: TeaserList | undefined) => string | undefined;
  hrefForPage: (page: number) => string;
  withLead: boolean;
  errorText: string;
  emptyText: string;
  showCategory?: boolean;
}

/** A page of a paged list (the latest, a category): its states, then the list with "Muat lebih banyak". */
export function PagedStories({ query, heading, documentTitle, hrefForPage, withLead, errorText, emptyText, showCategory }: PagedStoriesProps) {
  const { data, error, refetch, isFetching, fetchStatus, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = query;
  const first = data?.pages[0];
  useDocumentTitle(documentTitle(first));
  if (!data && isNotFound(error)) return <NotFoundView />;
  const stories = data?.pages.flatMap((page) => page.items) ?? [];
  const last = data?.pages.at(-1);
  return (
    <>
      {/* The heading names the page once its list (or what went wrong) is known. */}
      <PageHeading ready={data !== undefined || error !== null || fetchStatus === 'paused'} className="mb-6 text-3xl font-black tracking-tight">
        {heading(first)}
      </PageHeading>
      {data ? (
        stories.length > 0 ? (
          <StoryList
            stories={stories}
            withLead={withLead}
            showCategory={showCategory}
            nextHref={hasNextPage && last ? hrefForPage(last.page + 1) : undefined}
            onLoadMore={() => void fetchNextPage()}
            isLoadingMore={isFetchingNextPage}
            loadMoreError={isFetchNextPageError}
          />
        ) : (
          <p>{emptyText}</p>
        )
      ) : error ? (
        <ErrorView level="section" heading={errorText} error={error} onRetry={() => void refetch()} isRetrying={isFetching} />
      ) : fetchStatus === 'paused' ? (
        <p role="status">{id.list.offline}</p>
      ) : (
        <ListSkeleton />
      )}
    </>
  );
}

function ListSkeleton() {
  return (
    <div aria-busy="true" className="min-h-screen">
      <p role="status" className="sr-only">
        {id.home.loading}
      </p>
      <div className="grid gap-4 md:grid-cols-[3fr_2fr] md:items-center md:gap-8">
        <div className="aspect-video rounded bg-neutral-200" aria-hidden="true" />
        <div className="space-y-3">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-2/3" />
        </div>
      </div>
    </div>
  );
}
