import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { DateTime } from '../../../components/date-time';
import { PageHeading } from '../../../components/page-heading';
import type { Article } from '../../../content/schema';
import { readingMinutes } from '../../../content/story-text';
import { id } from '../../../i18n/id';
import { ArticleBody } from './article-body';
import { ArticleFigure } from './hero-figure';

export const ARTICLE_HEADING_ID = 'judul-artikel';

interface ArticlePageProps {
  article: Article;
  /** What closes the article, e.g. the share bar: composed by the route. */
  footer?: ReactNode;
  /** What the reader can do with the story, under its byline and time (e.g. "Simpan"): composed by the route. */
  actions?: ReactNode;
}

/** A change within a minute of publishing is the publishing itself (a CMS saves twice), not an update. */
const UPDATE_AFTER_MS = 60_000;

function changedAfterPublishing({ publishedAt, updatedAt }: Pick<Article, 'publishedAt' | 'updatedAt'>): boolean {
  if (!publishedAt || !updatedAt) return false;
  return Date.parse(updatedAt) - Date.parse(publishedAt) >= UPDATE_AFTER_MS;
}

export function ArticlePage({ article, footer, actions }: ArticlePageProps) {
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
        <p className="mt-3 text-sm text-neutral-600">
          {article.byline ? (
            <span dir="auto" className="block font-semibold text-neutral-800">
              {id.article.byline(article.byline)}
            </span>
          ) : null}
          {article.publishedAt ? <DateTime iso={article.publishedAt} format="article" /> : null}
          {article.publishedAt && article.wordCount !== undefined ? ' · ' : null}
          {article.wordCount === undefined ? null : id.article.readingTime(readingMinutes(article.wordCount))}
          {changedAfterPublishing(article) ? (
            <span className="block">
              {id.article.updated} <DateTime iso={article.updatedAt} format="article" />
            </span>
          ) : null}
        </p>
        {actions}
      </div>
      {article.image ? <ArticleFigure image={article.image} priority /> : null}
      <ArticleBody blocks={article.body} dateline={article.dateline} editorInitials={article.editor?.initials} />
      {article.tags.length > 0 ? (
        <nav aria-label={id.article.tags} className="mt-8 max-w-prose">
          <h2 className="text-sm font-bold uppercase tracking-wide text-neutral-700">{id.article.tags}</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link to={paths.tag.href(tag.slug)} dir="auto" className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm text-neutral-800 hover:border-red-700 hover:text-red-700">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {footer}
    </article>
  );
}
