import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { id } from '../i18n/id';

const STORAGE_KEY = 'warta:scroll';
/** How long to wait for a page's content before giving up on restoring its scroll position. */
const RESTORE_WITHIN_MS = 3000;

function loadPositions(): Map<string, number> {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, number][]);
  } catch {
    return new Map();
  }
}

/**
 * What a page change does besides rendering the new page: a new page starts at the top, Back and
 * Forward return to where the reader was (once the list is tall enough again), focus moves to the
 * new page's h1, and screen readers hear which page opened.
 */
export function NavigationEffects() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Map<string, number> | null>(null);
  const firstRender = useRef(true);
  // The page being looked at now: scroll events are recorded for it, even one that arrives after
  // a navigation has begun, so the old page's position is never overwritten by the new page's top.
  const currentKey = useRef(location.key);
  const [announcement, setAnnouncement] = useState('');

  // Remember where the reader is on this page, as they scroll.
  useEffect(() => {
    positions.current ??= loadPositions();
    history.scrollRestoration = 'manual';
    const store = positions.current;
    let frame = 0;
    const onScroll = () => {
      const key = currentKey.current;
      const y = window.scrollY;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => store.set(key, y));
    };
    const persist = () => {
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...store].slice(-50)));
      } catch {
        // Storage full or refused: positions are kept for this page's life only.
      }
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', persist);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', persist);
      persist();
    };
  }, [location.key]);

  // Scroll: top for a new page, the remembered place for Back/Forward (and for a reload).
  useLayoutEffect(() => {
    positions.current ??= loadPositions();
    currentKey.current = location.key;
    const saved = positions.current.get(location.key);
    const isFirst = firstRender.current;
    if (navigationType !== NavigationType.Pop) {
      window.scrollTo(0, 0);
      return;
    }
    if (saved === undefined) return;
    const started = performance.now();
    let frame = 0;
    const restore = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= saved;
      if (reachable || performance.now() - started > RESTORE_WITHIN_MS) {
        window.scrollTo(0, saved);
        return;
      }
      frame = requestAnimationFrame(restore);
    };
    if (!isFirst || saved > 0) restore();
    return () => cancelAnimationFrame(frame);
  }, [location.key, navigationType]);

  // Focus and announce: after every change of page, not on the first load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = document.getElementById('konten');
    if (!main) return;
    const focusHeading = (): boolean => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      setAnnouncement(id.nav.announce(heading.textContent));
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), RESTORE_WITHIN_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [location.key]);

  return (
    <p role="status" aria-live="polite" className="sr-only">
      {announcement}
    </p>
  );
}
