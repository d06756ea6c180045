import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { NotFoundView } from '../../components/not-found-view';
import { isValidSlug, parsePageNumber, paths } from '../../config/paths';
import type { TeaserList } from '../../content/schema';
import { categoryPagesQueryOptions } from '../../features/category/api/get-category';
import { categoriesQueryOptions } from '../../features/navigation/api/get-categories';
import { id } from '../../i18n/id';
import { PagedStories } from './paged-stories';

/** "/kategori/:slug" and its pages: the category's name as the h1, its stories below. */
export function CategoryRoute() {
  const { slug, page } = useParams();
  if (slug === undefined || !isValidSlug(slug)) return <NotFoundView />;
  if (page === '1') return <Navigate replace to={paths.category.href(slug)} />;
  const firstPage = page === undefined ? 1 : parsePageNumber(page);
  if (firstPage === null) return <NotFoundView />;
  return <Category key={`${slug}/${firstPage}`} slug={slug} firstPage={firstPage} />;
}

function Category({ slug, firstPage }: { slug: string; firstPage: number }) {
  const query = useInfiniteQuery(categoryPagesQueryOptions(slug, firstPage));
  // While its stories load, the navigation's list already knows the category's name.
  const { data: categories } = useQuery(categoriesQueryOptions());
  const known = categories?.items.find((category) => category.slug === slug)?.name;
  const nameOf = (first: TeaserList | undefined) => first?.category?.name ?? known;
  return (
    <PagedStories
      query={query}
      heading={(first) => {
        const name = nameOf(first) ?? id.category.heading;
        return firstPage > 1 ? `${name} — ${id.list.page(firstPage)}` : name;
      }}
      documentTitle={(first) => {
        const name = nameOf(first);
        return name ? id.category.documentTitle(name, firstPage) : undefined;
      }}
      hrefForPage={(page) => paths.category.href(slug, page)}
      withLead={false}
      showCategory={false}
      errorText={id.category.error}
      emptyText={id.category.empty}
    />
  );
}
