import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { configureSearch, configureSiteUrl } from '../config/site';
import { samePath } from '../lib/same-path';
import { readBootInfo } from './boot-info';
import { readPageState, seedQueryCache } from './page-state';
import { keyThisEntry } from './navigation-effects';
import { createQueryClient } from './query-client';
import { matchPage } from './route-table';

/**
 * Starts the reader in the browser. A prerendered page is hydrated with the data it was rendered
 * with; a page rendered for another path (404.html answering an article published after the
 * build) or none at all (the dev server) is rendered afresh.
 */
export async function startApp(container: HTMLElement, doc: Document = document): Promise<{ root: Root; hydrated: boolean }> {
  // The page's own code first, so hydration finds every component it needs already loaded.
  await matchPage(window.location.pathname)?.route.module.preload().catch(() => undefined);
  keyThisEntry();
  // Absolute URLs (share links) on the origin the page was made for; the dev server's own without one.
  const boot = readBootInfo(doc);
  configureSiteUrl(boot?.siteUrl ?? window.location.origin);
  // The live render server answers search; a static site's is Pagefind's in the browser.
  configureSearch(boot?.search === 'server' ? 'server' : 'static');
  const state = readPageState(doc);
  const queryClient = createQueryClient();
  // The page's own data, so the first render in the browser matches the HTML it hydrates.
  if (state) seedQueryCache(queryClient, state);
  const app = (
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>
  );
  // In a transition, hydration works in slices that yield to the browser between them, so a slow
  // phone never sees one long task: taps and scrolls stay answered while the page comes alive.
  if (state && samePath(state.path, window.location.pathname) && container.firstElementChild) {
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(container, app);
    });
    if (!root) throw new Error('hydrateRoot returned nothing');
    return { root, hydrated: true };
  }
  const root = createRoot(container);
  startTransition(() => root.render(app));
  return { root, hydrated: false };
}

/**
 * Offline reading (decision 13): the service worker registers once the app runs and the browser is
 * idle, never before the first paint. Under "Hemat data" too: it is what holds the next pages'
 * pictures until a tap, and it then fetches nothing ahead itself.
 */
export function registerWorkerWhenIdle(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void import('./service-worker').then(({ registerServiceWorker }) => registerServiceWorker());
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5_000 });
  else setTimeout(register, 2_000);
}
