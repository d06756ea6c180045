/**
 * The saved stories as a query, without the storage code: idb-keyval and the reading and writing
 * (saved-stories.ts) load only when the app first reads or writes them, never with an article's
 * JavaScript before it has started. Never paused offline (networkMode "always"): it needs no network.
 */
import { queryOptions } from '@tanstack/react-query';

/** The storage code, loaded on first use. */
export const loadSavedStories = () => import('./saved-stories');

export const savedStoriesQueryOptions = () =>
  queryOptions({
    queryKey: ['saved-stories'],
    queryFn: async () => (await loadSavedStories()).listSavedStories(),
    networkMode: 'always',
    // Another tab may save or remove: read again whenever the reader comes back to this one.
    staleTime: 0,
  });
