import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useCallback, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { NotFoundView } from '../components/not-found-view';
import { useDocumentTitle } from '../components/use-document-title';
import { pageTitle } from './page-title';
import type { PageData } from './page-data';
import { pageRoutes, type PageRoute } from './route-table';
import { SiteLayout } from './site-layout';

const NOT_FOUND: PageData = { kind: 'not-found' };

/** The app's routes: every page kind of the route table at each of its paths, and not-found for the rest. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SiteLayout />}>
        {Object.values(pageRoutes).flatMap((route) =>
          route.patterns.map((pattern) => <Route key={pattern} path={pattern} element={<RoutePage route={route} />} />),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/**
 * The tab's title (pageTitle, the head's own) for what the page is now: it changes as the page's
 * data arrives or fails, read from the query cache.
 */
function usePageTitle(page: (queryClient: ReturnType<typeof useQueryClient>) => PageData | undefined): void {
  const queryClient = useQueryClient();
  const subscribe = useCallback((onChange: () => void) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
  const title = () => {
    const data = page(queryClient);
    return data ? pageTitle(data) : undefined;
  };
  useDocumentTitle(useSyncExternalStore(subscribe, title, title));
}

function NotFoundPage() {
  usePageTitle(() => NOT_FOUND);
  return <NotFoundView />;
}

/** A page of the route table at the current address: its checks (a redirect, or not found), its code, its title. */
function RoutePage({ route }: { route: PageRoute }) {
  const params = useParams();
  const { pathname, search } = useLocation();
  const resolution = route.resolve(params, new URLSearchParams(search));
  switch (resolution.kind) {
    case 'redirect':
      return <Navigate replace to={resolution.to} />;
    case 'not-found':
      return <NotFoundPage />;
    case 'page':
      return <Page page={resolution.page} element={resolution.element} pathname={pathname} />;
  }
}

function Page({ page, element, pathname }: { page: (queryClient: ReturnType<typeof useQueryClient>) => PageData | undefined; element: React.ReactElement; pathname: string }) {
  usePageTitle(page);
  // Each address is a page of its own: its state starts afresh.
  return <Fragment key={pathname}>{element}</Fragment>;
}
