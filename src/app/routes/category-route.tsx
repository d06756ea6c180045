import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import type { TeaserList } from '../../content/schema';
import { categoryPagesQueryOptions } from '../../features/category/api/get-category';
import { categoriesQueryOptions } from '../../features/navigation/api/get-categories';
import { id } from '../../i18n/id';
import { PagedStories } from './paged-stories';

/** "/kategori/:slug" and its pages (checked by the route table): the category's name as the h1, its stories below. */
export function CategoryRoute({ slug, page }: { slug: string; page: number }) {
  const query = useInfiniteQuery(categoryPagesQueryOptions(slug, page));
  // While its stories load, the navigation's list already knows the category's name.
  const { data: categories } = useQuery(categoriesQueryOptions());
  const known = categories?.items.find((category) => category.slug === slug)?.name;
  const nameOf = (first: TeaserList | undefined) => first?.category?.name ?? known;
  return (
    <PagedStories
      query={query}
      heading={(first) => {
        const name = nameOf(first) ?? id.category.heading;
        return page > 1 ? `${name} — ${id.list.page(page)}` : name;
      }}
      hrefForPage={(number) => paths.category.href(slug, number)}
      withLead={false}
      showCategory={false}
      errorText={id.category.error}
      emptyText={id.category.empty}
    />
  );
}
