import type { DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';
import { samePath } from '../lib/same-path';
import { readPageState } from './page-state';
import { createQueryClient } from './query-client';
import { routeFor, routes } from './route-modules';

/**
 * The page's data is as fresh as the page: it arrived with the HTML just now, however long ago it
 * was built. Without this, every prerendered page would fetch its own JSON again on load, costing
 * a weak connection bytes and risking text changing under the reader's eyes.
 */
function receivedNow(queries: DehydratedState): DehydratedState {
  const now = Date.now();
  return {
    ...queries,
    queries: queries.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })),
  };
}

/**
 * Starts the reader in the browser. A prerendered page is hydrated with the data it was rendered
 * with; a page rendered for another path (404.html answering an article published after the
 * build) or none at all (the dev server) is rendered afresh.
 */
export async function startApp(container: HTMLElement, doc: Document = document): Promise<{ root: Root; hydrated: boolean }> {
  // The page's own code first, so hydration finds every component it needs already loaded.
  const route = routeFor(window.location.pathname);
  if (route) await routes[route].preload().catch(() => undefined);
  const state = readPageState(doc);
  const app = (
    <StrictMode>
      <AppProviders queryClient={createQueryClient()} dehydratedState={state ? receivedNow(state.queries) : undefined}>
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
