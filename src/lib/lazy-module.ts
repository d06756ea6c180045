/**
 * Code that is its own chunk, loaded only where it is used: a page kind's component (the route
 * table), or a block kind's that needs code (an embed card). It can be loaded ahead (`preload`): the
 * browser does it before hydrating, the prerender before rendering, a link on the reader's intent.
 * Once loaded, the lazy component resolves synchronously, so hydration never stops to wait for it.
 */
import { lazy, type ComponentType } from 'react';

export interface LazyModule<P> {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
  /** The module's source file, as Vite's manifest names it (for the page's modulepreload list). */
  file: string;
}

/** A component, loaded with `load` and taken from the module by `pick`. `load` rejects as import() does. */
export function lazyModule<M, P extends object>(file: string, load: () => Promise<M>, pick: (module: M) => ComponentType<P>): LazyModule<P> {
  let loaded: M | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  const Component = lazy(() => {
    if (loaded === undefined) return preload().then((module) => ({ default: pick(module) }));
    // Already here: a thenable that answers at once lets React render without suspending.
    const ready = { default: pick(loaded) };
    const thenable = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return thenable as unknown as Promise<typeof ready>;
  });
  return { Component, preload, file };
}
