import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths';
import { id } from '../../../i18n/id';
import { categoriesQueryOptions } from '../api/get-categories';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 shrink-0 items-center border-b-2 px-1 whitespace-nowrap ${
    isActive ? 'border-red-700 text-red-800' : 'border-transparent hover:border-neutral-400 hover:text-red-700'
  }`;

/**
 * The sections: "Beranda" and every category. On a phone the strip scrolls sideways by itself,
 * so the page never does.
 */
export function SiteNav() {
  const { data } = useQuery(categoriesQueryOptions());
  return (
    <nav aria-label={id.nav.label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex gap-5 text-sm font-semibold">
        <li className="shrink-0">
          <NavLink to={paths.home.href()} end className={linkClass}>
            {id.nav.home}
          </NavLink>
        </li>
        {data?.items.map((category) => (
          <li key={category.slug} className="shrink-0">
            <NavLink to={paths.category.href(category.slug)} className={linkClass}>
              {category.name}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
