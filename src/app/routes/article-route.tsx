import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorView } from '../../components/error-view';
import { NotFoundView } from '../../components/not-found-view';
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

export function ArticleRoute() {
  const { slug } = useParams();
  // A slug that cannot exist is never fetched.
  if (!isValidSlug(slug)) return <NotFoundView />;
  return <ArticleLoader key={slug} slug={slug} />;
}

function ArticleLoader({ slug }: { slug: string }) {
  const { data: article, error, refetch, isFetching } = useQuery(articleQueryOptions(slug));
  useDocumentTitle(article ? id.article.documentTitle(article.headline) : undefined);

  // What the reader already sees stays, even if a later refetch fails.
  if (article) {
    return (
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_21rem] lg:gap-12">
        <ArticlePage
          article={article}
          footer={<ShareBar url={absoluteUrl(paths.article.href(article.slug))} title={article.headline} />}
        />
        <RelatedContentSection slug={article.slug} />
      </div>
    );
  }
  if (isNotFound(error)) return <NotFoundView />;
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
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_21rem] lg:gap-12">
      <ArticleSkeleton />
    </div>
  );
}
