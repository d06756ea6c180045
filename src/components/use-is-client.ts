import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False on the server and in the first (hydrating) render, true once scripts run: for controls
 * that only work with JavaScript, which a prerendered page should not show without it.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
