import { useQuery } from '@tanstack/react-query';
import { Link, matchPath, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { id } from '../../../i18n/id';
import { categoriesQueryOptions } from '../api/get-categories';

const linkClass = (current: boolean) =>
  `inline-flex min-h-11 shrink-0 items-center border-b-2 px-1 whitespace-nowrap ${
    current ? 'border-red-700 text-red-800' : 'border-transparent hover:border-neutral-400 hover:text-red-700'
  }`;

/** aria-current for a section's link: "page" on one of its own pages, "true" on a story inside it. */
type Current = 'page' | 'true' | undefined;

/**
 * The sections: "Beranda", every category, and the reader's own "Tersimpan" last. On a phone the strip scrolls sideways by itself,
 * so the page never does. The section the reader is in is marked: on its own pages (aria-current
 * "page"), and on an article, the article's category (`currentSection`, aria-current "true").
 */
export function SiteNav({ currentSection }: { currentSection?: string | undefined }) {
  const { data } = useQuery(categoriesQueryOptions());
  const { pathname } = useLocation();
  const on = (...patterns: string[]) => patterns.some((pattern) => matchPath(pattern, pathname));
  const homeCurrent: Current = on(paths.home.pattern, paths.home.pagePattern) ? 'page' : undefined;
  const savedCurrent: Current = on(paths.saved.pattern) ? 'page' : undefined;
  const categoryCurrent = (slug: string): Current => {
    const page = matchPath(paths.category.pattern, pathname) ?? matchPath(paths.category.pagePattern, pathname);
    if (page?.params.slug === slug) return 'page';
    return slug === currentSection ? 'true' : undefined;
  };
  return (
    <nav aria-label={id.nav.label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-5 text-sm font-semibold">
        <li className="shrink-0">
          <Link to={paths.home.href()} aria-current={homeCurrent} className={linkClass(homeCurrent !== undefined)}>
            {id.nav.home}
          </Link>
        </li>
        {data?.items.map((category) => {
          const current = categoryCurrent(category.slug);
          return (
            <li key={category.slug} className="shrink-0">
              <Link to={paths.category.href(category.slug)} aria-current={current} className={linkClass(current !== undefined)}>
                {category.name}
              </Link>
            </li>
          );
        })}
        <li className="shrink-0">
          <Link to={paths.saved.href()} aria-current={savedCurrent} className={linkClass(savedCurrent !== undefined)}>
            {id.saved.nav}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
