import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { StoryList } from '../../components/story-list';
import type { TeaserList } from '../../content/schema';
import { id } from '../../i18n/id';
import { viewOf, type QueryView } from '../../lib/query-view';

interface PagedStoriesProps {
  query: UseInfiniteQueryResult<InfiniteData<TeaserList>>;
  /** The page's h1; for a category it comes with the data. */
  heading: (first: TeaserList | undefined) => string;
  hrefForPage: (page: number) => string;
  withLead: boolean;
  errorText: string;
  emptyText: string;
  showCategory?: boolean;
}

/** A page of a paged list (the latest, a category): its states, then the list with "Muat lebih banyak". */
export function PagedStories({ query, heading, hrefForPage, withLead, errorText, emptyText, showCategory }: PagedStoriesProps) {
  const view = viewOf(query);
  if (view.kind === 'not-found') return <NotFoundView />;
  const first = query.data?.pages[0];
  return (
    <>
      {/* The heading names the page once its list (or what went wrong) is known. */}
      <PageHeading ready={view.kind !== 'loading'} className="mb-6 text-3xl font-black tracking-tight">
        {heading(first)}
      </PageHeading>
      <PagedStoriesBody view={view} query={query} hrefForPage={hrefForPage} withLead={withLead} errorText={errorText} emptyText={emptyText} showCategory={showCategory} />
    </>
  );
}

function PagedStoriesBody({
  view,
  query,
  hrefForPage,
  withLead,
  errorText,
  emptyText,
  showCategory,
}: Omit<PagedStoriesProps, 'heading'> & { view: QueryView<InfiniteData<TeaserList>> }) {
  switch (view.kind) {
    case 'ready': {
      const stories = view.data.pages.flatMap((page) => page.items);
      const last = view.data.pages.at(-1);
      if (stories.length === 0) return <p>{emptyText}</p>;
      return (
        <StoryList
          stories={stories}
          withLead={withLead}
          showCategory={showCategory}
          nextHref={query.hasNextPage && last ? hrefForPage(last.page + 1) : undefined}
          onLoadMore={() => void query.fetchNextPage()}
          isLoadingMore={query.isFetchingNextPage}
          loadMoreError={query.isFetchNextPageError}
        />
      );
    }
    case 'error':
      return <ErrorView level="section" heading={errorText} error={view.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />;
    case 'offline':
      return <p role="status">{id.list.offline}</p>;
    case 'loading':
    case 'not-found':
      return <ListSkeleton />;
  }
}

function ListSkeleton() {
  return (
    <LoadingRegion label={id.home.loading} className="min-h-screen">
      <div className="grid gap-4 md:grid-cols-[3fr_2fr] md:items-center md:gap-8">
        <div className="aspect-video rounded bg-neutral-200" aria-hidden="true" />
        <div className="space-y-3">
          <Skeleton className="h-3 w-16" />
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-2/3" />
        </div>
      </div>
    </LoadingRegion>
  );
}
