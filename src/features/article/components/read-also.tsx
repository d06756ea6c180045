import { ArticleLink } from '../../../components/article-link';
import type { Block } from '../../../content/schema';
import { id } from '../../../i18n/id';
import { safeHref } from '../../../lib/urls';

type ReadAlsoLink = Extract<Block, { type: 'read-also' }>['links'][number];

const LINK_CLASS = 'font-semibold text-red-700 underline underline-offset-2 hover:text-red-900';

/** One link: a story of the site (prefetched, opened in the app) or another site's (a new tab, no opener). */
function ReadAlsoAnchor({ link }: { link: ReadAlsoLink }) {
  if ('slug' in link) {
    return (
      <ArticleLink slug={link.slug} dir="auto" className={LINK_CLASS}>
        {link.headline}
      </ArticleLink>
    );
  }
  const href = safeHref(link.url);
  if (href?.kind !== 'external') return <span dir="auto">{link.headline}</span>;
  return (
    <a href={href.href} target="_blank" rel="noopener noreferrer" dir="auto" className={LINK_CLASS}>
      {link.headline}
      {' '}
      <span className="sr-only">{id.share.newTab}</span>
    </a>
  );
}

/**
 * "Baca juga": an insert inside the body. One link reads as a line, "Baca juga: <headline>"; several
 * (as detik and Kompas set them) are a box with a list.
 */
export function ReadAlso({ links }: { links: readonly ReadAlsoLink[] }) {
  const [only] = links;
  if (links.length === 1 && only) {
    return (
      <p className="my-6 border-s-4 border-red-700 bg-neutral-50 px-4 py-3 text-base leading-snug">
        <strong className="mr-1 font-bold">{id.article.readAlso}</strong> <ReadAlsoAnchor link={only} />
      </p>
    );
  }
  return (
    <aside aria-label={id.article.readAlsoBox} className="my-6 border-s-4 border-red-700 bg-neutral-50 px-4 py-3 text-base leading-snug">
      <p className="font-bold">{id.article.readAlso}</p>
      <ul className="mt-2 list-disc space-y-2 ps-5">
        {links.map((link, index) => (
          <li key={index}>
            <ReadAlsoAnchor link={link} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
