/**
 * Renders a page to HTML in Node, with the same components the browser uses: the prerender
 * (scripts/prerender.ts) calls `renderPage` for every page at build time.
 */
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppProviders } from './app/app-providers';
import { AppRoutes } from './app/app-routes';
import { buildHead } from './app/head';
import { loadPage, type PageData } from './app/load-page';
import { pageStateOf, pageStateScript } from './app/page-state';
import { createQueryClient } from './app/query-client';
import { routeFor, routes } from './app/route-modules';
import { id } from './i18n/id';

export const NOT_FOUND_PATH = '/404';

export interface RenderedPage {
  status: 200 | 404;
  /** The path the page was rendered for: the not-found page renders at NOT_FOUND_PATH. */
  path: string;
  page: PageData;
  head: string;
  /** The app's markup, for inside #root. */
  html: string;
  /** The <script type="application/json"> with the data to hydrate with. */
  state: string;
  /** The source file of the route chunk the page needs (for a modulepreload link), if any. */
  routeFile: string | undefined;
}

/** "URIError: URI malformed, in ShareBar < ArticlePage < ArticleLoader": the error and where it was thrown. */
function describeRenderError(error: unknown, componentStack: string | undefined): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const components = (componentStack ?? '')
    .split('\n')
    .map((line) => /^\s*at (\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined)
    .slice(0, 4);
  return components.length > 0 ? `${message}, in ${components.join(' < ')}` : message;
}

/**
 * renderToString swallows the error a Suspense boundary caught. Rendering again with a renderer that
 * reports errors says what it was: only on the way to failing the build, so a page's HTML always
 * comes from renderToString.
 */
async function diagnose(app: ReactNode): Promise<string> {
  const errors: string[] = [];
  const { prelude } = await prerender(app, { onError: (error, info) => void errors.push(describeRenderError(error, info.componentStack)) });
  await new Response(prelude).arrayBuffer();
  return errors[0] ?? 'a part of the page suspended during prerendering';
}

export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient({ retry: false });
  const { pathname } = new URL(path, 'http://prerender.invalid');
  const page = await loadPage(queryClient, pathname);
  // Anything not found renders as the one not-found page (404.html), at a path no route matches,
  // so the browser renders it afresh wherever it is served instead of hydrating a mismatch.
  const renderedPath = page.kind === 'not-found' ? NOT_FOUND_PATH : pathname;
  const route = routeFor(renderedPath);
  if (route) await routes[route].preload();
  // The route's chunk is loaded above, so nothing suspends and renderToString renders it whole.
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <StaticRouter location={page.kind === 'not-found' ? NOT_FOUND_PATH : path}>
          <AppRoutes />
        </StaticRouter>
      </AppProviders>
    </StrictMode>
  );
  const html = renderToString(app);
  // "<!--$!-->" marks a Suspense boundary the server could not render (a component threw, or
  // suspended): it would ship that part blank. Fail, saying what was thrown and where.
  if (html.includes('<!--$!-->')) throw new Error(`${path} could not be rendered: ${await diagnose(app)}`);
  const state = pageStateScript(pageStateOf(renderedPath, queryClient));
  queryClient.clear();
  return {
    status: page.kind === 'not-found' ? 404 : 200,
    path: renderedPath,
    page,
    head: buildHead(page),
    html,
    state,
    routeFile: route ? routes[route].file : undefined,
  };
}

export { buildHead };
export { bootInfoScript } from './app/boot-info';
export { site } from './config/site';
export { paths } from './config/paths';
export { articleDescription } from './app/head';
export const homeDescription = id.home.description;
