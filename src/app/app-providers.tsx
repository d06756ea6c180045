import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ArticlePrefetchContext } from '../components/article-link';
import { createArticlePrefetcher } from './article-prefetcher';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ queryClient, children }: AppProvidersProps) {
  const [prefetcher] = useState(() => createArticlePrefetcher(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <ArticlePrefetchContext value={prefetcher}>{children}</ArticlePrefetchContext>
    </QueryClientProvider>
  );
}
