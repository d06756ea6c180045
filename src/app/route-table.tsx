/**
 * The site's page kinds, one entry each (in the manner of Simorgh's route objects): the paths it
 * answers, the strict checks its params pass before anything is fetched, what it loads, what it is
 * for its head and title, and its lazily loaded code. The app's routes (app-routes.tsx), the render
 * pipeline (load-page.ts, entry-server.tsx) and the head all derive from this table: a new page kind
 * is one entry and its component, and one entry in static-paths.ts (the build's, never sent to a
 * browser), which the compiler asks for.
 */
import type { QueryClient, QueryState } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { matchPath, type Params } from 'react-router';
import { isValidSlug, parsePageNumber, paths } from '../config/paths';
import { articleQueryOptions } from '../features/article/api/get-article';
import { latestPagesQueryOptions } from '../features/latest/api/get-latest';
import { relatedQueryOptions } from '../features/related/api/get-related';
import { namedListPagesQueryOptions } from '../content/paged-list';
import type { TeaserList } from '../content/schema';
import { id } from '../i18n/id';
import { viewOf } from '../lib/query-view';
import type { PageData } from './page-data';
import { lazyModule, type LazyModule } from '../lib/lazy-module';

/** What a path's params say: the page's own props, a redirect to its canonical address, or no page at all (null). */
type Parsed<P> = { props: P } | { redirect: string } | null;

interface PageKind<P> {
  /** React Router path patterns. */
  patterns: readonly string[];
  /** Strict checks of the params (and the query string): nothing is fetched for a path that fails them. */
  parse: (params: Params, search: URLSearchParams) => Parsed<P>;
  /** Fetches what the page shows into the cache. Throws what the API client throws (ApiError; a 404 as not-found). */
  load: (queryClient: QueryClient, props: P) => Promise<unknown>;
  /** What the page is, read from the cache: its head's data, and its title in the browser. Undefined while it loads. */
  page: (queryClient: QueryClient, props: P) => PageData | undefined;
  /** The page's component, in a chunk of its own. */
  module: LazyModule<P>;
}

/** A path resolved against one page kind. */
export type Resolution =
  | { kind: 'page'; element: ReactElement; load: (queryClient: QueryClient) => Promise<unknown>; page: (queryClient: QueryClient) => PageData | undefined }
  | { kind: 'redirect'; to: string }
  | { kind: 'not-found' };

export interface PageRoute {
  patterns: readonly string[];
  module: Pick<LazyModule<never>, 'file' | 'preload'>;
  resolve: (params: Params, search: URLSearchParams) => Resolution;
}

/** Types a page kind's props through its functions, then keeps only what every caller needs. */
function pageKind<P extends object>(kind: PageKind<P>): PageRoute {
  const { module } = kind;
  return {
    patterns: kind.patterns,
    module,
    resolve: (params, search) => {
      const parsed = kind.parse(params, search);
      if (parsed === null) return { kind: 'not-found' };
      if ('redirect' in parsed) return { kind: 'redirect', to: parsed.redirect };
      const { props } = parsed;
      return {
        kind: 'page',
        element: <module.Component {...props} />,
        load: (queryClient) => kind.load(queryClient, props),
        page: (queryClient) => kind.page(queryClient, props),
      };
    },
  };
}

/** The view of a cached query (see lib/query-view.ts), from its state: the same decision the page's components make. */
function cached<T>(state: QueryState<T> | undefined) {
  return viewOf<T>({ data: state?.data, error: state?.error, fetchStatus: state?.fetchStatus ?? 'idle' });
}

/** A list's page number from its path: 1 without one; "1" redirects to the address without it. */
function listPage(page: string | undefined, firstPageHref: string): { page: number } | { redirect: string } | null {
  if (page === undefined) return { page: 1 };
  if (page === '1') return { redirect: firstPageHref };
  const number = parsePageNumber(page);
  return number === null ? null : { page: number };
}

const home = pageKind<{ page: number }>({
  patterns: [paths.home.pattern, paths.home.pagePattern],
  parse: (params) => {
    const page = listPage(params.page, paths.home.href());
    return page === null || 'redirect' in page ? page : { props: page };
  },
  load: (queryClient, { page }) => queryClient.infiniteQuery(latestPagesQueryOptions(page)),
  page: (queryClient, { page }) => {
    const view = cached(queryClient.getQueryState(latestPagesQueryOptions(page).queryKey));
    if (view.kind === 'not-found') return { kind: 'not-found' };
    if (view.kind === 'error') return { kind: 'error', heading: id.home.error };
    const first = view.kind === 'ready' ? view.data.pages[0] : undefined;
    return first ? { kind: 'home', page, pageCount: first.pageCount } : undefined;
  },
  module: lazyModule('src/app/routes/home-route.tsx', () => import('./routes/home-route'), (module) => module.HomeRoute),
});

const article = pageKind<{ slug: string }>({
  patterns: [paths.article.pattern],
  parse: ({ slug = '' }, search) => {
    if (isValidSlug(slug)) return { props: { slug } };
    // A shared link typed or mangled in upper case still opens the article, at its canonical address.
    const lower = slug.toLowerCase();
    const query = search.toString();
    return isValidSlug(lower) ? { redirect: `${paths.article.href(lower)}${query ? `?${query}` : ''}` } : null;
  },
  load: async (queryClient, { slug }) => {
    await queryClient.query(articleQueryOptions(slug));
    // The related list may fail without failing the page: it is then left out of the cache, and the
    // page renders it as loading, as the browser's first render will.
    await queryClient.query(relatedQueryOptions(slug)).catch(() => undefined);
  },
  page: (queryClient, { slug }) => {
    const view = cached(queryClient.getQueryState(articleQueryOptions(slug).queryKey));
    switch (view.kind) {
      case 'ready':
        return { kind: 'article', article: view.data };
      case 'not-found':
        return { kind: 'not-found' };
      case 'error':
        return { kind: 'error', heading: id.error.articleHeading };
      case 'offline':
      case 'loading':
        return undefined;
    }
  },
  module: lazyModule('src/app/routes/article-route.tsx', () => import('./routes/article-route'), (module) => module.ArticleRoute),
});

type NamedListProps = { slug: string; page: number };

/**
 * A named thing's list (a category's, a tag's): /<kind>/:slug and its pages. What the page is comes
 * from its first page of stories (`pageOf`); one that does not say what it lists is not found.
 */
function namedList(
  kind: 'category' | 'tag',
  route: { pattern: string; pagePattern: string; href: (slug: string, page?: number) => string },
  errorHeading: string,
  pageOf: (first: TeaserList, page: number) => PageData | undefined,
): Omit<PageKind<NamedListProps>, 'module'> {
  return {
    patterns: [route.pattern, route.pagePattern],
    parse: ({ slug = '', page }) => {
      if (!isValidSlug(slug)) return null;
      const number = listPage(page, route.href(slug));
      return number === null || 'redirect' in number ? number : { props: { slug, page: number.page } };
    },
    load: (queryClient, { slug, page }) => queryClient.infiniteQuery(namedListPagesQueryOptions(kind, slug, page)),
    page: (queryClient, { slug, page }) => {
      const view = cached(queryClient.getQueryState(namedListPagesQueryOptions(kind, slug, page).queryKey));
      if (view.kind === 'not-found') return { kind: 'not-found' };
      if (view.kind === 'error') return { kind: 'error', heading: errorHeading };
      const first = view.kind === 'ready' ? view.data.pages[0] : undefined;
      if (!first) return undefined;
      return pageOf(first, page) ?? { kind: 'not-found' };
    },
  };
}

const category = pageKind<NamedListProps>({
  ...namedList('category', paths.category, id.category.error, (first, page) =>
    first.category ? { kind: 'category', category: first.category, page, pageCount: first.pageCount } : undefined,
  ),
  module: lazyModule('src/app/routes/category-route.tsx', () => import('./routes/category-route'), (module) => module.CategoryRoute),
});

const tag = pageKind<NamedListProps>({
  ...namedList('tag', paths.tag, id.tag.error, (first, page) => (first.tag ? { kind: 'tag', tag: first.tag, page, pageCount: first.pageCount } : undefined)),
  module: lazyModule('src/app/routes/tag-route.tsx', () => import('./routes/tag-route'), (module) => module.TagRoute),
});

const search = pageKind<{ query: string }>({
  patterns: [paths.search.pattern],
  parse: (_, params) => ({ props: { query: (params.get('q') ?? '').trim() } }),
  // The live render server renders a search page with its results; a static site's has none (loadSearch).
  load: async (queryClient, { query }) => (await import('./routes/search-route')).loadSearch(queryClient, query),
  page: (_, { query }) => ({ kind: 'search', query }),
  module: lazyModule('src/app/routes/search-route.tsx', () => import('./routes/search-route'), (module) => module.SearchRoute),
});

const saved = pageKind<object>({
  patterns: [paths.saved.pattern],
  parse: () => ({ props: {} }),
  // What a reader saved is in their browser: the server renders the page's frame, the app its list.
  load: () => Promise.resolve(),
  page: () => ({ kind: 'saved' }),
  module: lazyModule('src/app/routes/saved-route.tsx', () => import('./routes/saved-route'), (module) => module.SavedRoute),
});

/** Every page kind, in the order paths are matched. Anything else is the not-found page. */
export const pageRoutes = { home, article, category, tag, search, saved } as const;

/** The page kind that answers a path, with its resolution; null when none does (not found). */
export function matchPage(pathname: string, search: URLSearchParams = new URLSearchParams()): { route: PageRoute; resolution: Resolution } | null {
  for (const route of Object.values(pageRoutes)) {
    for (const pattern of route.patterns) {
      const match = matchPath(pattern, pathname);
      if (match) return { route, resolution: route.resolve(match.params, search) };
    }
  }
  return null;
}
