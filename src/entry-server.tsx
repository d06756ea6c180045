/**
 * The render pipeline: a path and a content fetcher in, a page out, with the same components the
 * browser uses. The prerender (scripts/prerender.ts) calls it for every page at build time with a
 * fetcher that reads the built API files; the tests call it with theirs; a server can call it with
 * one that asks its content service. Nothing global is replaced.
 */
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppProviders } from './app/app-providers';
import { AppRoutes } from './app/app-routes';
import { pageHead, renderHead } from './app/head';
import { loadPage } from './app/load-page';
import type { PageData } from './app/page-data';
import { pageStateOf, pageStateScript, type PageState } from './app/page-state';
import { createQueryClient } from './app/query-client';
import { matchPage, pageRoutes } from './app/route-table';
import { UnavailableView } from './app/unavailable-view';
import { modulesForBlocks } from './features/article/components/block-modules';
import { id } from './i18n/id';
import { fetchFromApi, type ContentFetcher } from './lib/api-client';

export const NOT_FOUND_PATH = '/404';

export type RenderedPage =
  | {
      status: 200 | 404;
      /** The path the page was rendered for: the not-found page renders at NOT_FOUND_PATH. */
      path: string;
      page: PageData;
      /** Everything in <head>, as HTML (from the one head function). */
      head: string;
      /** The app's markup, for inside #root. */
      html: string;
      /** The <script type="application/json"> with the data to hydrate with. */
      state: string;
      /** Every query the page was rendered with, key and data (what it shows: for surrogate keys). */
      queries: PageState['queries'];
      /** The source files of the lazily loaded chunks the page needs (its route's, its block kinds'), for the boot script's modulepreload list. */
      moduleFiles: string[];
      /** Milliseconds spent loading the page's content, and rendering it (a Server-Timing header's). */
      timings: { load: number; render: number };
    }
  /** The path's canonical address is another: a server answers 301 with it. */
  | { status: 301; location: string };

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

/**
 * Renders `path` (with its query string) with the content `fetcher` gives. Throws what the content
 * API throws (but for 404, which renders the not-found page), and an Error naming the page, the
 * error and the component when a part of the page cannot be rendered.
 */
export async function renderPage(path: string, fetcher: ContentFetcher = fetchFromApi): Promise<RenderedPage> {
  const queryClient = createQueryClient({ retry: false }, fetcher);
  const url = new URL(path, 'http://render.invalid');
  const started = performance.now();
  const loaded = await loadPage(queryClient, url);
  const loadedAt = performance.now();
  if (loaded.kind === 'redirect') return { status: 301, location: loaded.to };
  const { page } = loaded;
  // Anything not found renders as the one not-found page (404.html), at a path no route matches,
  // so the browser renders it afresh wherever it is served instead of hydrating a mismatch.
  const notFound = page.kind === 'not-found';
  const renderedPath = notFound ? NOT_FOUND_PATH : url.pathname;
  const route = notFound ? undefined : (loaded.route ?? matchPage(url.pathname)?.route);
  // The route's chunk and those of the article's block kinds that have their own (an embed card) are
  // loaded first, so nothing suspends and renderToString renders the page whole.
  const blockModules = page.kind === 'article' ? modulesForBlocks(page.article.body) : [];
  await Promise.all([route?.module.preload(), ...blockModules.map((module) => module.preload())]);
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <StaticRouter location={notFound ? NOT_FOUND_PATH : `${url.pathname}${url.search}`}>
          <AppRoutes />
        </StaticRouter>
      </AppProviders>
    </StrictMode>
  );
  const html = renderToString(app);
  // "<!--$!-->" marks a Suspense boundary the server could not render (a component threw, or
  // suspended): it would ship that part blank. Fail, saying what was thrown and where.
  if (html.includes('<!--$!-->')) throw new Error(`${path} could not be rendered: ${await diagnose(app)}`);
  const pageState = pageStateOf(renderedPath, queryClient);
  queryClient.clear();
  return {
    status: notFound ? 404 : 200,
    path: renderedPath,
    page,
    head: renderHead(pageHead(page)),
    html,
    state: pageStateScript(pageState),
    queries: pageState.queries,
    moduleFiles: [...(route ? [route.module.file] : []), ...blockModules.map((module) => module.file)],
    timings: { load: loadedAt - started, render: performance.now() - loadedAt },
  };
}

export { configureSiteUrl, site } from './config/site';
export { paths } from './config/paths';
export { articleDescription } from './app/head';
export { pageRoutes };
export { staticPaths } from './app/static-paths';
export { allDiscoveryPaths, discoveryFile } from './server/discovery';
export { createQueryClient };
export const homeDescription = id.home.description;

/**
 * The page a server sends when it cannot render one (its content service failing, 502 or 503): in
 * Indonesian, with "Coba lagi" (the same address) and a way home, and no data of its own, so the app
 * starts afresh on it and tries again by itself. The head says noindex.
 */
export function renderUnavailablePage(path: string, status: 500 | 502 | 503): { path: string; head: string; html: string; state: string; moduleFiles: string[] } {
  const heading = id.unavailable.heading;
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={path}>
        <UnavailableView path={path} reason={status === 502 ? id.failure.invalid : id.unavailable.body} />
      </StaticRouter>
    </StrictMode>,
  );
  return { path: `/${status}`, head: renderHead(pageHead({ kind: 'error', heading })), html, state: '', moduleFiles: [] };
}
