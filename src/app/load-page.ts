/**
 * What a path needs before its first render, loaded into the query cache with the same
 * queryOptions the routes use. The prerender calls it for every page; it says which page it is.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { isValidSlug, paths } from '../config/paths';
import type { Article } from '../content/schema';
import { articleQueryOptions } from '../features/article/api/get-article';
import { latestQueryOptions } from '../features/latest/api/get-latest';
import { relatedQueryOptions } from '../features/related/api/get-related';
import { isNotFound } from '../lib/api-client';

export type PageData = { kind: 'home' } | { kind: 'article'; article: Article } | { kind: 'not-found' };

export async function loadPage(queryClient: QueryClient, pathname: string): Promise<PageData> {
  if (matchPath(paths.home.pattern, pathname)) {
    await queryClient.query(latestQueryOptions(1));
    return { kind: 'home' };
  }
  const slug = matchPath(paths.article.pattern, pathname)?.params.slug;
  if (slug === undefined || !isValidSlug(slug)) return { kind: 'not-found' };
  let article: Article;
  try {
    article = await queryClient.query(articleQueryOptions(slug));
  } catch (error) {
    if (isNotFound(error)) return { kind: 'not-found' };
    throw error;
  }
  // The related list may fail without failing the page: it is then left out of the cache, and
  // the page renders it as loading, as the browser's first render will.
  await queryClient.query(relatedQueryOptions(slug)).catch(() => undefined);
  queryClient.removeQueries({ predicate: (query) => query.state.status === 'error' });
  return { kind: 'article', article };
}
