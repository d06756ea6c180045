/**
 * What a path needs before its first render, loaded into the query cache with the same
 * queryOptions the routes use. The prerender calls it for every page; it says which page it is.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { isValidSlug, parsePageNumber, paths } from '../config/paths';
import type { Article, Category } from '../content/schema';
import { articleQueryOptions } from '../features/article/api/get-article';
import { categoryPagesQueryOptions } from '../features/category/api/get-category';
import { latestPagesQueryOptions } from '../features/latest/api/get-latest';
import { categoriesQueryOptions } from '../features/navigation/api/get-categories';
import { relatedQueryOptions } from '../features/related/api/get-related';
import { isNotFound } from '../lib/api-client';

export type PageData =
  | { kind: 'home'; page: number; pageCount: number }
  | { kind: 'category'; category: Category; page: number; pageCount: number }
  | { kind: 'article'; article: Article }
  | { kind: 'search' }
  | { kind: 'not-found' };

const NOT_FOUND: PageData = { kind: 'not-found' };

/** The page number in a list's path: 1 without one, null for one that cannot be. */
function pageIn(pageParam: string | undefined): number | null {
  return pageParam === undefined ? 1 : parsePageNumber(pageParam);
}

async function orNotFound<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function loadContent(queryClient: QueryClient, pathname: string): Promise<PageData> {
  const home = matchPath(paths.home.pattern, pathname) ?? matchPath(paths.home.pagePattern, pathname);
  if (home) {
    const page = pageIn(home.params.page);
    if (page === null) return NOT_FOUND;
    const data = await orNotFound(() => queryClient.infiniteQuery(latestPagesQueryOptions(page)));
    const first = data?.pages[0];
    return first ? { kind: 'home', page, pageCount: first.pageCount } : NOT_FOUND;
  }

  const article = matchPath(paths.article.pattern, pathname);
  if (article) {
    const slug = article.params.slug ?? '';
    if (!isValidSlug(slug)) return NOT_FOUND;
    const found = await orNotFound(() => queryClient.query(articleQueryOptions(slug)));
    if (!found) return NOT_FOUND;
    // The related list may fail without failing the page: it is then left out of the cache, and
    // the page renders it as loading, as the browser's first render will.
    await queryClient.query(relatedQueryOptions(slug)).catch(() => undefined);
    return { kind: 'article', article: found };
  }

  const categoryPage = matchPath(paths.category.pagePattern, pathname);
  const category = categoryPage ?? matchPath(paths.category.pattern, pathname);
  if (category) {
    const slug = category.params.slug ?? '';
    const page = pageIn(categoryPage?.params.page);
    if (!isValidSlug(slug) || page === null) return NOT_FOUND;
    const data = await orNotFound(() => queryClient.infiniteQuery(categoryPagesQueryOptions(slug, page)));
    const first = data?.pages[0];
    return first?.category ? { kind: 'category', category: first.category, page, pageCount: first.pageCount } : NOT_FOUND;
  }

  if (matchPath(paths.search.pattern, pathname)) return { kind: 'search' };
  return NOT_FOUND;
}

export async function loadPage(queryClient: QueryClient, pathname: string): Promise<PageData> {
  // Every page's header lists the categories.
  const [page] = await Promise.all([loadContent(queryClient, pathname), queryClient.query(categoriesQueryOptions()).catch(() => undefined)]);
  queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
  return page;
}
