/**
 * Each page's code is its own chunk: a reader of an article downloads no search, and a reader of
 * the home page no article renderer (see src/lib/lazy-module.ts).
 */
import { lazyModule, type LazyModule } from '../lib/lazy-module';

export type LazyRoute<P> = LazyModule<P>;

export const lazyRoute = lazyModule;
