import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { PageFocusContext, type PageFocus } from '../components/page-heading';
import { id } from '../i18n/id';

const STORAGE_KEY = 'warta:scroll';
/** Positions kept for the tab's session: the entries the reader can still go Back to. */
const KEPT_POSITIONS = 50;
/** How long Back waits for a list to grow tall enough again before it places the reader anyway. */
const RESTORE_WITHIN_MS = 3000;
/** A reader acting on the page: a position being restored is given up, never forced on them. */
const READER_ACTIONS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Gives this history entry a key of its own. React Router keys the entries it creates; the entry a
 * page was loaded into has none, and every fresh load would share the key "default", so a position
 * saved on one page could be applied to another. Call before the router reads history.
 */
export function keyThisEntry(): void {
  const state = (history.state ?? {}) as { key?: unknown };
  if (typeof state.key === 'string' && state.key !== 'default') return;
  history.replaceState({ usr: null, ...state, key: Math.random().toString(36).slice(2, 10) }, '');
}

function loadPositions(): Map<string, number> {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, number][]);
  } catch {
    return new Map();
  }
}

function savePositions(positions: Map<string, number>): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-KEPT_POSITIONS)));
  } catch {
    // Storage full or refused: positions are kept for this page's life only.
  }
}

/**
 * Where the reader was on each history entry. A new page starts at the top; Back and Forward
 * return to the position left, however it was reached (a position reached before the app started
 * is recorded when it starts), once the page is tall enough again. The page the app starts on is
 * left where the browser put it: nothing jumps after the gesture that started the app.
 */
function useScrollPositions(key: string, navigationType: NavigationType): void {
  const positions = useRef<Map<string, number> | null>(null);
  // The entry on screen: a scroll event is recorded for it, even one that arrives after a
  // navigation has begun, so the old page's position is never overwritten by the new page's top.
  const currentKey = useRef(key);
  const first = useRef(true);

  useEffect(() => {
    const store = (positions.current ??= loadPositions());
    history.scrollRestoration = 'manual';
    store.set(currentKey.current, window.scrollY);
    const onScroll = () => store.set(currentKey.current, window.scrollY);
    const persist = () => savePositions(store);
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', persist);
      persist();
    };
  }, []);

  useLayoutEffect(() => {
    const store = (positions.current ??= loadPositions());
    const isFirst = first.current;
    first.current = false;
    currentKey.current = key;
    if (isFirst) return;
    savePositions(store);
    if (navigationType !== NavigationType.Pop) {
      window.scrollTo(0, 0);
      return;
    }
    const saved = store.get(key);
    if (saved === undefined) return;
    const started = performance.now();
    let frame = 0;
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of READER_ACTIONS) window.removeEventListener(type, stop, true);
    };
    const restore = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= saved;
      if (reachable || performance.now() - started > RESTORE_WITHIN_MS) {
        stop();
        window.scrollTo(0, saved);
        return;
      }
      frame = requestAnimationFrame(restore);
    };
    for (const type of READER_ACTIONS) window.addEventListener(type, stop, { capture: true, passive: true });
    restore();
    return stop;
  }, [key, navigationType]);
}

/**
 * What a page change does besides rendering the new page: scroll (above), and focus and an
 * announcement for screen readers, given to the new page's h1 when it is shown (PageHeading).
 * Not on the first page: the browser has put the reader there.
 */
export function NavigationEffects({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const first = useRef(true);
  useScrollPositions(location.key, navigationType);

  // Layout effects run before any page's passive effect: the new page's heading finds it pending.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pendingFocus.current = location.key;
  }, [location.key]);

  const claim = useCallback<PageFocus['claim']>((key, heading) => {
    if (pendingFocus.current !== key) return;
    pendingFocus.current = null;
    heading.focus({ preventScroll: true });
    const text = id.nav.announce(heading.textContent);
    // The same words twice in a row are announced again: a live region speaks only on change.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  const focus = useMemo(() => ({ claim }), [claim]);

  return (
    <PageFocusContext value={focus}>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {children}
    </PageFocusContext>
  );
}
