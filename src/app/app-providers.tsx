import { HydrationBoundary, QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** The data a prerendered page was rendered with, so the first render in the browser matches it. */
  dehydratedState?: DehydratedState | undefined;
  children: ReactNode;
}

export function AppProviders({ queryClient, dehydratedState, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={dehydratedState}>{children}</HydrationBoundary>
    </QueryClientProvider>
  );
}
