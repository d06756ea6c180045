import { useInfiniteQuery } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { latestPagesQueryOptions } from '../../features/latest/api/get-latest';
import { id } from '../../i18n/id';
import { PagedStories } from './paged-stories';

/** "/" and "/halaman/N" (the number checked by the route table): the latest stories, the newest large on the first page. */
export function HomeRoute({ page }: { page: number }) {
  const query = useInfiniteQuery(latestPagesQueryOptions(page));
  return (
    <PagedStories
      query={query}
      heading={() => (page > 1 ? `${id.home.heading} — ${id.list.page(page)}` : id.home.heading)}
      hrefForPage={paths.home.href}
      withLead={page === 1}
      errorText={id.home.error}
      emptyText={id.home.empty}
    />
  );
}
