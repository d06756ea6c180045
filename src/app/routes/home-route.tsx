import { useInfiniteQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { NotFoundView } from '../../components/not-found-view';
import { parsePageNumber, paths } from '../../config/paths';
import { latestPagesQueryOptions } from '../../features/latest/api/get-latest';
import { id } from '../../i18n/id';
import { PagedStories } from './paged-stories';

/** "/" and "/halaman/N": the latest stories, the newest large on the first page. */
export function HomeRoute() {
  const { page } = useParams();
  if (page === undefined) return <Latest firstPage={1} />;
  if (page === '1') return <Navigate replace to={paths.home.href()} />;
  const firstPage = parsePageNumber(page);
  return firstPage === null ? <NotFoundView /> : <Latest key={firstPage} firstPage={firstPage} />;
}

function Latest({ firstPage }: { firstPage: number }) {
  const query = useInfiniteQuery(latestPagesQueryOptions(firstPage));
  return (
    <PagedStories
      query={query}
      heading={() => (firstPage > 1 ? `${id.home.heading} — ${id.list.page(firstPage)}` : id.home.heading)}
      documentTitle={() => (firstPage > 1 ? id.home.pageTitle(firstPage) : id.home.documentTitle)}
      hrefForPage={paths.home.href}
      withLead={firstPage === 1}
      errorText={id.home.error}
      emptyText={id.home.empty}
    />
  );
}
