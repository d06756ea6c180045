import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';
import { isValidSlug, paths } from '../../config/paths';
import { absoluteUrl } from '../../config/site';
import { articleQueryOptions } from '../../features/article/api/get-article';
import { ArticlePage } from '../../features/article/components/article-page';
import { ArticleSkeleton } from '../../features/article/components/article-skeleton';
import { RelatedContentSection } from '../../features/related/components/related-content-section';
import { ShareBar } from '../../features/share/components/share-bar';
import { id } from '../../i18n/id';
import { isNotFound } from '../../lib/api-client';

const LAYOUT = 'grid gap-10 lg:grid-cols-[minmax(0,1fr)_21rem] lg:gap-12';

export function ArticleRoute() {
  const { slug } = useParams();
  const { search } = useLocation();
  if (slug === undefined) return <NotFoundView />;
  if (!isValidSlug(slug)) {
    // A shared link typed or mangled in upper case still opens the article, at its canonical address.
    const lower = slug.toLowerCase();
    if (isValidSlug(lower)) return <Navigate replace to={`${paths.article.href(lower)}${search}`} />;
    // Anything else that cannot be a slug is never fetched.
    return <NotFoundView />;
  }
  return <ArticleLoader key={slug} slug={slug} />;
}

function ArticleLoader({ slug }: { slug: string }) {
  const { data: article, error, refetch, isFetching, fetchStatus } = useQuery(articleQueryOptions(slug));
  useDocumentTitle(article ? id.article.documentTitle(article.headline) : undefined);

  // What the reader already sees stays, even if a later refetch fails.
  if (article) {
    const url = absoluteUrl(paths.article.href(article.slug));
    return (
      <div className={LAYOUT}>
        <ArticlePage
          article={article}
          footer={
            <ErrorBoundary fallback={<ShareFallback url={url} />}>
              <ShareBar url={url} title={article.headline} />
            </ErrorBoundary>
          }
        />
        <ErrorBoundary fallback={<p className="text-sm text-neutral-700">{id.related.failed}</p>}>
          <RelatedContentSection slug={article.slug} />
        </ErrorBoundary>
      </div>
    );
  }
  if (isNotFound(error)) return <NotFoundView />;
  // Offline: the query waits for the connection and runs by itself when it returns.
  if (fetchStatus === 'paused') return <OfflineView />;
  if (error) {
    return (
      <ErrorView
        heading={id.error.articleHeading}
        documentTitle={id.error.documentTitle}
        error={error}
        onRetry={() => void refetch()}
        isRetrying={isFetching}
      />
    );
  }
  return (
    <div className={LAYOUT}>
      <ArticleSkeleton />
    </div>
  );
}

function OfflineView() {
  return (
    <div role="status" className="mx-auto max-w-prose py-12">
      <PageHeading className="text-2xl font-bold">{id.error.offlineHeading}</PageHeading>
      <p className="mt-2 text-neutral-700">{id.error.offlineWaiting}</p>
      <p className="mt-4">
        <Link to={paths.home.href()} className="font-semibold text-red-700 underline underline-offset-4">
          {id.error.home}
        </Link>
      </p>
    </div>
  );
}

function ShareFallback({ url }: { url: string }) {
  return (
    <p className="mt-8 max-w-prose border-t border-neutral-200 pt-6 text-sm">
      {id.share.failed} <span className="font-mono">{url}</span>
    </p>
  );
}
