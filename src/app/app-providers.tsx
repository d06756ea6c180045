import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ArticlePrefetchContext } from '../components/article-link';
import { createArticlePrefetcher } from './article-prefetcher';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** The data a prerendered page was rendered with, so the first render in the browser matches it. */
  dehydratedState?: DehydratedState | undefined;
  children: ReactNode;
}

export function AppProviders({ queryClient, dehydratedState, children }: AppProvidersProps) {
  const [prefetcher] = useState(() => createArticlePrefetcher(queryClient));
  // Marks the document once the app has taken over the page (<html data-warta="ready">): the
  // browser tests wait for it. It lives here, not in a component of its own, because the server
  // renders this same tree and an extra component would shift every useId and break hydration.
  useEffect(() => {
    document.documentElement.dataset.warta = 'ready';
    performance.mark('warta:ready');
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>
        <ArticlePrefetchContext value={prefetcher}>{children}</ArticlePrefetchContext>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
