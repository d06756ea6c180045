import { useSearchParams } from 'react-router';
import { useIsClient } from '../../../components/use-is-client';

/**
 * The searched words from the address (?q=…). The prerendered /cari page was made without a query,
 * so while a page hydrates this reads as empty, and the query takes effect right after.
 */
export function useSearchQuery(): string {
  const [params] = useSearchParams();
  const isClient = useIsClient();
  return isClient ? (params.get('q') ?? '').trim() : '';
}
