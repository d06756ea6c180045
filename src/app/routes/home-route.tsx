import { useQuery } from '@tanstack/react-query';
import { ErrorView } from '../../components/error-view';
import { Skeleton } from '../../components/skeleton';
import { useDocumentTitle } from '../../components/use-document-title';
import { latestQueryOptions } from '../../features/latest/api/get-latest';
import { LatestStories } from '../../features/latest/components/latest-stories';
import { id } from '../../i18n/id';

export function HomeRoute() {
  useDocumentTitle(id.home.documentTitle);
  const { data, error, refetch, isFetching, fetchStatus } = useQuery(latestQueryOptions(1));
  return (
    <>
      <h1 className="mb-6 text-3xl font-black tracking-tight">{id.home.heading}</h1>
      {data ? (
        data.items.length > 0 ? (
          <LatestStories stories={data.items} />
        ) : (
          <p>{id.home.empty}</p>
        )
      ) : error ? (
        <ErrorView level="section" heading={id.home.error} error={error} onRetry={() => void refetch()} isRetrying={isFetching} />
      ) : fetchStatus === 'paused' ? (
        <p role="status">{id.home.offline}</p>
      ) : (
        <HomeSkeleton />
      )}
    </>
  );
}

function HomeSkeleton() {
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
