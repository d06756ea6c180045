import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { id } from '../../../i18n/id';

/** Holds the article's shape while it loads, so nothing jumps when it arrives. */
export function ArticleSkeleton() {
  return (
    <LoadingRegion label={id.article.loading} className="min-h-screen min-w-0">
      <div className="max-w-prose">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="mt-3 h-8 w-full" />
        <Skeleton className="mt-2 h-8 w-3/4" />
        <Skeleton className="mt-4 h-4 w-64" />
      </div>
      <div className="-mx-4 my-6 aspect-video bg-neutral-200 sm:mx-0 sm:rounded" aria-hidden="true" />
      <div className="max-w-prose space-y-3">
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} className={index % 4 === 3 ? 'h-4 w-2/3' : 'h-4 w-full'} />
        ))}
      </div>
    </LoadingRegion>
  );
}
