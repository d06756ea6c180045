/**
 * Each page's code is its own chunk: a reader of an article downloads no search, and a reader of
 * the home page no article renderer. A route's chunk can be loaded ahead (`preload`): the browser
 * does it before hydrating, the prerender before rendering, a link on the reader's intent. Once
 * loaded, the lazy component resolves synchronously, so hydration never stops to wait for it.
 */
import { lazy, type ComponentType } from 'react';
import { matchPath } from 'react-router';
import { paths } from '../config/paths';

interface LazyRoute {
  Component: ComponentType;
  preload: () => Promise<unknown>;
  /** The module's source file, as Vite's manifest names it. */
  file: string;
}

function lazyRoute<M>(file: string, load: () => Promise<M>, pick: (module: M) => ComponentType): LazyRoute {
  let loaded: M | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  const Component = lazy(() => {
    if (loaded === undefined) return preload().then((module) => ({ default: pick(module) }));
    // Already here: a thenable that answers at once lets React render without suspending.
    const ready = { default: pick(loaded) };
    const thenable = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return thenable as unknown as Promise<typeof ready>;
  });
  return { Component, preload, file };
}

export const routes = {
  home: lazyRoute('src/app/routes/home-route.tsx', () => import('./routes/home-route'), (module) => module.HomeRoute),
  article: lazyRoute('src/app/routes/article-route.tsx', () => import('./routes/article-route'), (module) => module.ArticleRoute),
  category: lazyRoute('src/app/routes/category-route.tsx', () => import('./routes/category-route'), (module) => module.CategoryRoute),
  search: lazyRoute('src/app/routes/search-route.tsx', () => import('./routes/search-route'), (module) => module.SearchRoute),
} as const;

export type RouteName = keyof typeof routes;

/** Which route a path renders, if any (the not-found page is in the main chunk). */
export function routeFor(pathname: string): RouteName | null {
  if (matchPath(paths.home.pattern, pathname) || matchPath(paths.home.pagePattern, pathname)) return 'home';
  if (matchPath(paths.article.pattern, pathname)) return 'article';
  if (matchPath(paths.category.pattern, pathname) || matchPath(paths.category.pagePattern, pathname)) return 'category';
  if (matchPath(paths.search.pattern, pathname)) return 'search';
  return null;
}
