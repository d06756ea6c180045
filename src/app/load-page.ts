/**
 * What a path is, and what it needs before its first render, loaded into the query cache with the
 * same queryOptions the page's components use: the route table decides, this runs it. Used by the
 * render pipeline (entry-server.tsx) for every page a static build or a server renders.
 */
import type { QueryClient } from '@tanstack/react-query';
import { categoriesQueryOptions } from '../features/navigation/api/get-categories';
import { isNotFound } from '../lib/api-client';
import type { PageData } from './page-data';
import { matchPage, type PageRoute } from './route-table';

export type LoadedPage =
  /** A page to render: its data for the head, and its route (for its code's chunk). None for not-found. */
  | { kind: 'page'; page: PageData; route?: PageRoute | undefined }
  /** The path's canonical address is another (an upper-case slug, "/halaman/1"). */
  | { kind: 'redirect'; to: string };

const NOT_FOUND: LoadedPage = { kind: 'page', page: { kind: 'not-found' } };

async function loadContent(queryClient: QueryClient, url: URL): Promise<LoadedPage> {
  const match = matchPage(url.pathname, url.searchParams);
  if (!match) return NOT_FOUND;
  const { route, resolution } = match;
  switch (resolution.kind) {
    case 'not-found':
      return NOT_FOUND;
    case 'redirect':
      return { kind: 'redirect', to: resolution.to };
    case 'page':
      try {
        await resolution.load(queryClient);
      } catch (error) {
        if (isNotFound(error)) return NOT_FOUND;
        throw error;
      }
      return { kind: 'page', page: resolution.page(queryClient) ?? { kind: 'not-found' }, route };
  }
}

/**
 * Loads a path's page. Throws what the content API throws, but for a 404 (the not-found page):
 * a page that cannot be loaded is not rendered half.
 */
export async function loadPage(queryClient: QueryClient, url: URL): Promise<LoadedPage> {
  // Every page's header lists the categories.
  const [loaded] = await Promise.all([loadContent(queryClient, url), queryClient.query(categoriesQueryOptions()).catch(() => undefined)]);
  queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
  return loaded;
}
