import { ArticleLink } from '../../../components/article-link';
import { id } from '../../../i18n/id';

/** "Baca juga": an insert inside the body that links to another article. */
export function ReadAlso({ slug, headline }: { slug: string; headline: string }) {
  return (
    <p className="my-6 border-s-4 border-red-700 bg-neutral-50 px-4 py-3 text-base leading-snug">
      <strong className="mr-1 font-bold">{id.article.readAlso}</strong>{' '}
      <ArticleLink slug={slug} dir="auto" className="font-semibold text-red-700 underline underline-offset-2 hover:text-red-900">
        {headline}
      </ArticleLink>
    </p>
  );
}
