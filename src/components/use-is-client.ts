import { useState, useSyncExternalStore } from 'react';

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

/**
 * Whether this component first rendered inside the running app (a page opened in-app), not on the
 * server nor hydrating a prerendered page; fixed for the component's life. What such a component
 * renders need not match any HTML, so it may show its first screenful at once and the rest a moment
 * later (useDeferredValue with an initial value).
 */
export function useOpenedInApp(): boolean {
  const [openedInApp] = useState(useIsClient());
  return openedInApp;
}
