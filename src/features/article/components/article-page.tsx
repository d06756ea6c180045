import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { DateTime } from '../../../components/date-time';
import { PageHeading } from '../../../components/page-heading';
import type { Article } from '../../../content/schema';
import { ArticleBody } from './article-body';
import { ArticleFigure } from './hero-figure';

export const ARTICLE_HEADING_ID = 'judul-artikel';

interface ArticlePageProps {
  article: Article;
  /** What closes the article, e.g. the share bar: composed by the route. */
  footer?: ReactNode;
}

export function ArticlePage({ article, footer }: ArticlePageProps) {
  return (
    <article aria-labelledby={ARTICLE_HEADING_ID} className="min-w-0">
      <div className="max-w-3xl">
        {article.category ? (
          <p className="text-sm font-semibold uppercase tracking-wide">
            <Link to={paths.category.href(article.category.slug)} className="text-red-700 hover:underline">
              {article.category.name}
            </Link>
          </p>
        ) : null}
        <PageHeading id={ARTICLE_HEADING_ID} dir="auto" className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-balance text-neutral-950 sm:text-4xl">
          {article.headline}
        </PageHeading>
        {article.publishedAt ? (
          <p className="mt-3 text-sm text-neutral-600">
            <DateTime iso={article.publishedAt} format="article" />
          </p>
        ) : null}
      </div>
      {article.image ? <ArticleFigure image={article.image} priority /> : null}
      <ArticleBody blocks={article.body} editorInitials={article.editor?.initials} />
      {footer}
    </article>
  );
}
