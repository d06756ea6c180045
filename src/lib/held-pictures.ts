/**
 * "Hemat data" in the page (src/lib/save-data.ts): the pictures held until the reader taps them, and
 * the tap that shows one. A picture's box is the element marked `data-picture` (ResponsiveImage);
 * `data-shown` marks one the reader has asked for, and the stylesheet hides the others' pictures and
 * shows their "Tampilkan gambar" button. Loaded only when needed (a tap, or "Hemat data" on a page the
 * service worker does not hold for), outside the page's startup code. Works with or without the app:
 * it touches the DOM, never React's state, and only attributes a re-render leaves alone.
 */

const BOX = '[data-picture]';
/** A held picture's sources wait in these attributes: the browser loads nothing from them. */
const HELD = { srcset: 'data-srcset', src: 'data-src' } as const;

/** Every file a picture's box may load: its <source>s' and <img>'s candidates, held or not. */
function urlsOf(box: Element): string[] {
  const urls: string[] = [];
  for (const element of box.querySelectorAll('source, img')) {
    for (const name of ['srcset', HELD.srcset] as const) {
      // "a.avif 320w, b.avif 640w": a candidate ends at its width descriptor.
      for (const candidate of (element.getAttribute(name) ?? '').split(/\s+\d+[wx](?:\s*,\s*|\s*$)/)) if (candidate.trim()) urls.push(candidate.trim());
    }
    for (const name of ['src', HELD.src] as const) {
      const src = element.getAttribute(name);
      if (src) urls.push(src);
    }
  }
  return urls;
}

/** Asks the service worker controlling the page, if any, to let these files through; resolves once it has (or after a second). */
function letThrough(urls: string[]): Promise<void> {
  const worker = typeof navigator.serviceWorker === 'undefined' ? null : navigator.serviceWorker.controller;
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ type: 'SHOW_PICTURES', urls }, [channel.port2]);
    setTimeout(resolve, 1_000);
  });
}

/**
 * Holds the page's pictures that have not loaded: their sources move to data attributes, so the
 * browser stops fetching them. For a page no service worker holds pictures for (the first visit).
 * With `keepLoaded`, a picture already on screen stays shown: turning "Hemat data" on hides nothing
 * the reader has already paid for.
 */
export function holdPictures(doc: Document = document, { keepLoaded = false }: { keepLoaded?: boolean } = {}): void {
  for (const box of doc.querySelectorAll(`${BOX}:not([data-shown])`)) {
    const img = box.querySelector('img');
    if (!img) continue;
    if (img.complete && img.naturalWidth > 0) {
      if (keepLoaded) box.setAttribute('data-shown', '');
      continue;
    }
    for (const element of box.querySelectorAll('source, img')) {
      for (const name of ['srcset', 'src'] as const) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        element.setAttribute(HELD[name], value);
        element.removeAttribute(name);
      }
    }
  }
}

/**
 * Shows one held picture: marks its box shown, has the service worker let its files through, then
 * loads it (its held sources put back, or its refused request made again). Keyboard focus on its
 * button, which disappears, moves to the picture's box.
 */
export async function showPicture(box: Element): Promise<void> {
  if (box.hasAttribute('data-shown')) return;
  const hadFocus = box.contains(box.ownerDocument.activeElement);
  box.setAttribute('data-shown', '');
  if (hadFocus && box instanceof HTMLElement) {
    box.tabIndex = -1;
    box.focus({ preventScroll: true });
  }
  await letThrough(urlsOf(box));
  for (const element of box.querySelectorAll('source, img')) {
    for (const name of ['srcset', 'src'] as const) {
      const held = element.getAttribute(HELD[name]);
      if (held !== null) {
        element.removeAttribute(HELD[name]);
        element.setAttribute(name, held);
      } else if (element instanceof HTMLImageElement && element.hasAttribute(name)) {
        // Set again, even to the same value, an image is fetched again: the worker refused it before.
        element.setAttribute(name, element.getAttribute(name) ?? '');
      }
    }
  }
}

/** Shows every held picture on the page: "Hemat data" was turned off. */
export function showAllPictures(doc: Document = document): void {
  for (const box of doc.querySelectorAll(`${BOX}:not([data-shown])`)) void showPicture(box);
}
