import { useInfiniteQuery } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { tagPagesQueryOptions } from '../../features/tag/api/get-tag';
import { id } from '../../i18n/id';
import { PagedStories } from './paged-stories';

/** "/tag/:slug" and its pages (checked by the route table): "Topik: <name>" as the h1, its stories below. */
export function TagRoute({ slug, page }: { slug: string; page: number }) {
  const query = useInfiniteQuery(tagPagesQueryOptions(slug, page));
  return (
    <PagedStories
      query={query}
      heading={(first) => {
        const name = first?.tag ? `${id.tag.heading}: ${first.tag.name}` : id.tag.heading;
        return page > 1 ? `${name} — ${id.list.page(page)}` : name;
      }}
      hrefForPage={(number) => paths.tag.href(slug, number)}
      withLead={false}
      showCategory
      errorText={id.tag.error}
      emptyText={id.tag.empty}
    />
  );
}
