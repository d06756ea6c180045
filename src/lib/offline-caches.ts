/**
 * The service worker's caches and what it counts as a page: shared by the worker
 * (src/sw/service-worker.ts) and the page that keeps a saved story for offline reading.
 */

/** The service worker's caches: the app's files are Workbox's precache; these hold what was read or saved. */
export const CACHES = {
  pages: 'warta-halaman',
  data: 'warta-data',
  images: 'warta-gambar',
  /** Saved stories' pages, JSON and pictures, written by the page when the reader saves; never expired. */
  saved: 'warta-tersimpan',
  /** Pages the worker keeps from its install, whatever was read: "Tersimpan", whose list is in the browser. */
  shell: 'warta-bingkai',
} as const;

/** Whether a same-origin path is a page (not the API, a picture, the app's files, search's index or a file). */
export function isPagePath(pathname: string): boolean {
  if (/^\/(api|images|media|assets|pagefind)\//.test(pathname)) return false;
  const last = pathname.split('/').at(-1) ?? '';
  return !last.includes('.') || last.endsWith('.html');
}
