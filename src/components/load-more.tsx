import { useEffect, useRef, useState } from 'react';
import { id } from '../i18n/id';

/** The look of "Muat lebih banyak", on the lists and the search results. */
export const LOAD_MORE_CLASS =
  'inline-flex min-h-11 items-center justify-center rounded border-2 border-red-700 px-6 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:border-neutral-400 disabled:text-neutral-600';

/**
 * What "Muat lebih banyak" does once the next page has come: `count` (items shown) grows past what it
 * was at `request()`, so the hook says how many came (`announcement`, for a status region) and moves
 * focus to the first new item's link in `list` (its `li` children; `offset` items shown above the
 * list, such as a lead story, are counted in `count` but are not in it).
 */
export function useAppendedFocus<T extends HTMLElement>(count: number, offset = 0) {
  const list = useRef<T>(null);
  const [requestedAt, setRequestedAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  if (requestedAt !== null && count > requestedAt) {
    setAnnouncement(id.list.loadedMore(count - requestedAt));
    setFocusIndex(requestedAt - offset);
    setRequestedAt(null);
  }
  useEffect(() => {
    if (focusIndex !== null) list.current?.querySelectorAll(':scope > li')[focusIndex]?.querySelector('a')?.focus();
  }, [focusIndex]);
  return { list, announcement, request: () => setRequestedAt(count) };
}
