/**
 * Registers the service worker (src/sw/service-worker.ts, built to /service-worker.js; decision 13)
 * once the app has started and the browser is idle: it never competes with the first paint or the
 * hydration. Under the page's Trusted Types policy its one URL goes through the named policy
 * "warta-sw", which lets that URL and nothing else through.
 *
 * Then: the first time the worker takes the page, it is asked to keep the page itself and what it
 * loaded (it did not see them load). When a new version is waiting, a bar offers "Muat ulang": the
 * new worker takes over and the page reloads; until the reader chooses, the old version goes on.
 */
import { id } from '../i18n/id';

export const SERVICE_WORKER_URL = '/service-worker.js';

interface TrustedTypesLike {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => { createScriptURL: (url: string) => unknown };
}

/** The worker's URL as the browser's Trusted Types want it (a TrustedScriptURL), or the plain string where they are not enforced. */
function workerUrl(): string {
  const trustedTypes = (window as Window & { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return SERVICE_WORKER_URL;
  const policy = trustedTypes.createPolicy('warta-sw', {
    createScriptURL: (url) => {
      if (url !== SERVICE_WORKER_URL) throw new TypeError(`warta-sw allows ${SERVICE_WORKER_URL} only, not ${url}`);
      return url;
    },
  });
  // A TrustedScriptURL is what register() takes under the policy; its type is not in TypeScript's DOM library.
  return policy.createScriptURL(SERVICE_WORKER_URL) as string;
}

/** What the page loaded from this site (its HTML, JSON, pictures, code): for the worker to keep. */
function loadedUrls(): string[] {
  const own = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === window.location.origin);
  return [window.location.href, ...own];
}

/** Shows the "Muat ulang" bar (outside the app's tree, built without HTML strings), once. */
function offerReload(waiting: ServiceWorker): void {
  if (document.getElementById('warta-update')) return;
  const bar = document.createElement('div');
  bar.id = 'warta-update';
  bar.setAttribute('role', 'status');
  bar.className = 'fixed inset-x-0 bottom-0 z-50 flex flex-wrap items-center justify-center gap-3 border-t border-neutral-300 bg-white px-4 py-3 text-sm text-neutral-900 shadow-lg';
  const text = document.createElement('p');
  text.textContent = id.update.available;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'min-h-11 rounded bg-red-700 px-4 font-semibold text-white hover:bg-red-800';
  button.textContent = id.update.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  bar.append(text, button);
  document.body.append(bar);
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => {
    // A version waiting with a page already controlled is an update; the first install is not.
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
  };
  check();
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', check);
  });
  // A reader who keeps the tab open for hours still hears of a new version.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}

/** Registers the worker; a browser without service workers, or one refusing it, reads on without. Never throws. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const hadController = navigator.serviceWorker.controller !== null;
    const registration = await navigator.serviceWorker.register(workerUrl(), { scope: '/' });
    watchForUpdates(registration);
    if (!hadController) {
      navigator.serviceWorker.addEventListener(
        'controllerchange',
        () => navigator.serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: loadedUrls() } }),
        { once: true },
      );
    }
  } catch {
    // No offline reading in this browser (private mode, storage refused): the site works as before.
  }
}
