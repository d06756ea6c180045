import { useQuery } from '@tanstack/react-query';
import { ErrorBoundary } from '../../components/error-boundary';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
import { NoticeView } from '../../components/notice-view';
import { paths } from '../../config/paths';
import { absoluteUrl } from '../../config/site';
import { articleQueryOptions } from '../../features/article/api/get-article';
import { ArticlePage } from '../../features/article/components/article-page';
import { ArticleSkeleton } from '../../features/article/components/article-skeleton';
import { RelatedContentSection } from '../../features/related/components/related-content-section';
import { SavePlace } from '../../features/saved/components/save-place';
import { ShareBar } from '../../features/share/components/share-bar';
import { teaserOf } from '../../content/teaser';
import { id } from '../../i18n/id';
import { viewOf } from '../../lib/query-view';

const LAYOUT = 'grid gap-10 lg:grid-cols-[minmax(0,1fr)_21rem] lg:gap-12';

/** "/post/read/:slug" (its slug checked by the route table): the article, its share bar and "Berita Terkait". */
export function ArticleRoute({ slug }: { slug: string }) {
  const query = useQuery(articleQueryOptions(slug));
  const view = viewOf(query);
  switch (view.kind) {
    case 'ready': {
      const article = view.data;
      const url = absoluteUrl(paths.article.href(article.slug));
      return (
        <div className={LAYOUT}>
          <ArticlePage
            article={article}
            actions={
              <ErrorBoundary fallback={null}>
                <SavePlace teaser={teaserOf(article)} />
              </ErrorBoundary>
            }
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
    case 'not-found':
      return <NotFoundView />;
    case 'offline':
      // The query waits for the connection and runs by itself when it returns.
      return <NoticeView role="status" heading={id.error.offlineHeading} body={id.error.offlineWaiting} />;
    case 'error':
      return <ErrorView heading={id.error.articleHeading} error={view.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />;
    case 'loading':
      return (
        <div className={LAYOUT}>
          <ArticleSkeleton />
        </div>
      );
  }
}

function ShareFallback({ url }: { url: string }) {
  return (
    <p className="mt-8 max-w-prose border-t border-neutral-200 pt-6 text-sm">
      {id.share.failed} <span className="font-mono">{url}</span>
    </p>
  );
}
