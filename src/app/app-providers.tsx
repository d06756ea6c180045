import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
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
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>
        <ArticlePrefetchContext value={prefetcher}>{children}</ArticlePrefetchContext>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}
