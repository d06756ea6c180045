/**
 * "Hemat data": when pictures wait for a tap and nothing is fetched ahead. The reader's choice in the
 * "Tampilan" menu ('on', 'off', or '' to follow the browser's own Save-Data) wins over the browser.
 * Shared by the boot script, the app and the service worker (which cannot read localStorage: the
 * page also writes the choice into a cache of its own, SAVE_DATA.cache, for the worker to read).
 * Follows the Save-Data client hint and the Network Information API (`navigator.connection`).
 */

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** Where the choice is kept: localStorage for pages (the same key as index.html's head script), a cache entry for the worker. */
export const SAVE_DATA = { key: 'warta:save', cache: 'warta-pilihan', entry: '/_warta/hemat-data' } as const;

/** The browser's connection, if it says anything of it (Chromium, in pages and workers). */
export const connectionOf = (nav: Navigator | WorkerNavigator): NetworkInformation | undefined => (nav as { connection?: NetworkInformation }).connection;

/** Whether pictures wait for a tap, given the reader's choice ('on', 'off', '' or null) and the browser's connection. */
export function holdsPictures(choice: string | null, connection: NetworkInformation | undefined): boolean {
  return choice === 'on' || (choice !== 'off' && connection?.saveData === true);
}

/** Whether a connection is 2G: nothing is fetched ahead on it, though pictures load as usual. */
export const isSlow = (connection: NetworkInformation | undefined): boolean => /(^|-)2g$/.test(connection?.effectiveType ?? '');

/** What localStorage holds under `key`, or null (nothing, or storage closed: a private window may throw). Shared with reader-settings.ts. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The reader's remembered "Hemat data" choice, or null. */
export const readSaveDataChoice = (): string | null => readStored(SAVE_DATA.key);

/** Whether this page's pictures wait for a tap ("Hemat data" on by the reader's choice or the browser's). */
export const holdsPicturesHere = (): boolean => holdsPictures(readSaveDataChoice(), connectionOf(navigator));

/** Whether nothing may be fetched ahead (code, stories, the worker's precache): pictures wait, or the connection is 2G. */
export function savesData(): boolean {
  return holdsPicturesHere() || isSlow(connectionOf(navigator));
}

/**
 * Tells the service worker the reader's choice: a cache entry holding it, or none for ''. Where the
 * page has no Cache Storage (not a secure context), there is no worker to tell. Never throws.
 */
export function tellWorkerTheChoice(choice: string): void {
  if (typeof caches === 'undefined') return;
  void caches
    .open(SAVE_DATA.cache)
    .then(async (cache) => {
      if (choice) await cache.put(SAVE_DATA.entry, new Response(choice));
      else await cache.delete(SAVE_DATA.entry);
    })
    .catch(() => undefined);
}

/**
 * Makes held pictures answer a tap on their "Tampilkan gambar" button (`data-show-picture`, inside
 * the box marked `data-picture`), with or without the app; and, when pictures wait but no service
 * worker holds them (a first visit), holds those not loaded yet. The code that does it
 * (held-pictures.ts) loads only then. Returns a function that removes the listener.
 */
export function connectHeldPictures(doc: Document = document): () => void {
  if (holdsPicturesHere() && !(typeof navigator.serviceWorker !== 'undefined' && navigator.serviceWorker.controller)) {
    void import('./held-pictures').then(({ holdPictures }) => holdPictures(doc));
  }
  const onClick = (event: Event) => {
    const box = event.target instanceof Element ? event.target.closest('[data-show-picture]')?.closest('[data-picture]') : null;
    if (box) void import('./held-pictures').then(({ showPicture }) => showPicture(box));
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
