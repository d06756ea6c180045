import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorView } from '../../../components/error-view';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { StoryTeaser } from '../../../components/story-teaser';
import { id } from '../../../i18n/id';
import { viewOf } from '../../../lib/query-view';
import { relatedQueryOptions } from '../api/get-related';
import { selectRelated } from '../model/select-related';

const THUMBNAIL_SIZES = '(min-width: 1024px) 96px, (min-width: 640px) 144px, 112px';

/** "Berita Terkait": the sidebar beside the article on wide screens, after it on a phone. */
export function RelatedContentSection({ slug }: { slug: string }) {
  const headingId = useId();
  const query = useQuery(relatedQueryOptions(slug));
  const view = viewOf(query);
  const related = view.kind === 'ready' ? selectRelated(view.data.items, slug) : undefined;
  // Nothing to show is shown as nothing: no heading over an empty list.
  if (related?.length === 0) return null;
  return (
    <aside aria-labelledby={headingId} className="min-w-0 border-t-4 border-red-700 pt-4 max-lg:[contain-intrinsic-size:auto_600px] max-lg:layout-near-screen lg:border-t-0 lg:pt-0">
      <h2 id={headingId} className="text-xl font-bold lg:border-b-4 lg:border-red-700 lg:pb-2">
        {id.related.heading}
      </h2>
      {related ? (
        <ol className="mt-2 divide-y divide-neutral-200">
          {related.map((teaser) => (
            <li key={teaser.slug} className="py-3">
              <StoryTeaser teaser={teaser} headingLevel="h3" variant="row" imageSizes={THUMBNAIL_SIZES} showCategory={false} />
            </li>
          ))}
        </ol>
      ) : view.kind === 'error' || view.kind === 'not-found' ? (
        <div className="mt-3">
          <ErrorView level="section" heading={id.related.error} error={view.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
        </div>
      ) : view.kind === 'offline' ? (
        <p className="mt-3 text-sm text-neutral-700">{id.related.offline}</p>
      ) : (
        <RelatedSkeleton />
      )}
    </aside>
  );
}

function RelatedSkeleton() {
  return (
    <LoadingRegion label={id.related.loading} className="mt-2">
      {Array.from({ length: 5 }, (_, index) => (
        <div key={index} className="flex gap-3 py-3">
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-4/5" />
            <Skeleton className="h-3 w-24" />
          </div>
          <Skeleton className="aspect-video w-28 sm:w-36 lg:w-24" />
        </div>
      ))}
    </LoadingRegion>
  );
}
