import { Suspense } from 'react';
import { useIsClient } from '../../../components/use-is-client';
import type { Teaser } from '../../../content/schema';
import { lazyModule } from '../../../lib/lazy-module';

const Button = lazyModule('src/features/saved/components/save-button.tsx', () => import('./save-button'), (module) => module.SaveButton);
// The button's code is fetched as soon as this module runs in a browser: with the article page's own
// code, which the app loads as it starts on an article, or on the first intent to open one. An
// article opened in-app then renders it at once: a lazy component that suspended there cost the click
// a fallback and a second commit before the headline showed (20 ms of a 148 ms render in React's
// profiling build; docs/performance.md, issue 19).
if (typeof document !== 'undefined') void Button.preload().catch(() => undefined);

/** The button's place, held where scripts run (data-js) so that nothing moves when it appears, and nothing without them. */
const held = <div aria-hidden="true" className="mt-4 hidden min-h-11 in-data-js:block" />;

/**
 * "Simpan" on an article (save-button.tsx), in a chunk of its own loaded once the app has started:
 * it needs the app (IndexedDB) and answers only a tap, so an article's JavaScript does not carry it.
 * The server and the hydrating render give the held place; the button takes it.
 */
export function SavePlace({ teaser }: { teaser: Teaser }) {
  const isClient = useIsClient();
  if (!isClient) return held;
  return (
    <Suspense fallback={held}>
      <Button.Component teaser={teaser} />
    </Suspense>
  );
}
