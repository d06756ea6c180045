import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../src/app/app-providers';
import { AppRoutes } from '../src/app/app-routes';
import { createQueryClient } from '../src/app/query-client';
import { pageRoutes } from '../src/app/route-table';
import { blockModules } from '../src/features/article/components/block-modules';

// Every route's code (and every block kind's that has its own chunk) is loaded before a test renders
// anything, as the browser loads a page's own code before it hydrates: a test then waits only for
// data, never for a module to be compiled.
await Promise.all([...Object.values(pageRoutes).map((route) => route.module.preload()), ...Object.values(blockModules).map((module) => module.preload())]);

/** The whole app at a path, with a fresh cache and no retries unless a test asks for them. */
export function renderApp(path: string, { queryClient = createQueryClient({ retry: false }) }: { queryClient?: QueryClient } = {}) {
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user, queryClient };
}
