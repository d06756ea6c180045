/**
 * Which stories are saved in this browser, by slug: a mirror of the IndexedDB store (saved-stories.ts)
 * in localStorage ("warta:tersimpan", a JSON array of slugs, the last saved first). "Simpan" reads its
 * state from here at once, without the storage code, which loads only on a tap. saved-stories.ts
 * writes it with every save and removal, and sets it from the store whenever it reads the whole
 * list ("Tersimpan"), so the two agree again after anything else changed either. With storage
 * closed (some private windows) it reads as empty and writes nothing.
 */
const KEY = 'warta:tersimpan';
/** Fired on window when this tab changes the slugs; another tab's change fires "storage". */
const CHANGED = 'warta:tersimpan';

/** The saved stories' slugs, the last saved first; [] when none, unreadable or storage is closed. */
export function savedSlugs(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((slug): slug is string => typeof slug === 'string') : [];
  } catch {
    return [];
  }
}

/** Replaces the slugs and tells this tab's subscribers. Never throws. */
export function setSavedSlugs(slugs: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(slugs));
  } catch {
    // Storage closed: "Simpan" will not know, and a tap still saves.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `onChange` whenever the slugs change, in this tab or another; returns the unsubscribe. */
export function subscribeToSavedSlugs(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onStorage);
  };
}
