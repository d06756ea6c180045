import { useSearchParams } from 'react-router';
import { useIsClient } from '../../../components/use-is-client';
import { site } from '../../../config/site';

/**
 * The searched words from the address (?q=…). A static site's /cari page was prerendered without a
 * query, so there, while a page hydrates, this reads as empty, and the query takes effect right after.
 * The live render server renders each query's page (site.search), so there it reads the address always.
 */
export function useSearchQuery(): string {
  const [params] = useSearchParams();
  const isClient = useIsClient();
  return isClient || site.search === 'server' ? (params.get('q') ?? '').trim() : '';
}
