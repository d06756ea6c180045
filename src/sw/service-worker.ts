/// <reference lib="webworker" />
/**
 * Warta's service worker (decision 13), built by vite-plugin-pwa (Workbox, injectManifest) to /sw.js.
 * It precaches the app's files (/assets/: code, stylesheets, the icon sprite) and the "Tersimpan"
 * page (its list is read in the browser, so it opens offline whatever was read; the page is written
 * after the client build, so it is fetched at install rather than listed), and caches what the
 * reader reads as they read it: pages (the network first, the last 50 kept), their JSON (the last 100)
 * and pictures (the last 150). A story the reader saves ("Simpan") is put by the page into a cache
 * of its own, which nothing expires. Offline, a page not kept is answered with a page that says so
 * in Indonesian and lists what can be read.
 *
 * "Hemat data" (src/lib/save-data.ts): while the reader's choice (a cache entry the page writes) or
 * the browser's Save-Data says so, a picture the reader has not tapped is answered from a cache or
 * with nothing (204), never from the network, and the install fetches nothing ahead (neither the
 * app's files nor "Tersimpan"): an app file the page asks for comes from the network as without a
 * worker.
 *
 * In: fetches of its scope, and messages: {type: 'SKIP_WAITING'} (the reader chose "Muat ulang"),
 * {type: 'SHOW_PICTURES', urls} (the reader tapped a held picture: its files may load; answered on
 * the message's port once they may) and Workbox's {type: 'CACHE_URLS'} (the page it was installed
 * from, which it did not see load).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { CACHES, isPagePath } from '../lib/offline-caches';
import { connectionOf, holdsPictures, isSlow, SAVE_DATA } from '../lib/save-data';
import { offlinePage, type OfflineStory } from './offline-page';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };

const manifest = self.__WB_MANIFEST;
// precacheAndRoute, taken apart: the install precaches only when it may fetch ahead.
const precache = new PrecacheController();
precache.addToCacheList(manifest);
registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();

/** The reader's "Hemat data" choice as the page last wrote it ('on', 'off'), or null to follow the browser. */
async function saveDataChoice(): Promise<string | null> {
  const entry = await caches.match(SAVE_DATA.entry, { cacheName: SAVE_DATA.cache });
  return entry ? entry.text() : null;
}

/** Whether pictures wait for a tap now: the reader's choice, else the browser's (its connection, or the request's Save-Data header). */
async function holdsPicturesNow(request?: Request): Promise<boolean> {
  const choice = await saveDataChoice();
  return holdsPictures(choice, connectionOf(self.navigator)) || (choice !== 'off' && request?.headers.get('Save-Data') === 'on');
}

/** Whether the install may fetch what no page asked for yet. */
const fetchesAhead = async () => !(await holdsPicturesNow()) && !isSlow(connectionOf(self.navigator));

const sameOrigin = (url: URL) => url.origin === self.location.origin;
const answered = new CacheableResponsePlugin({ statuses: [200] });
/** Past this, a slow network counts as none: the kept copy is shown. */
const NETWORK_TIMEOUT_SECONDS = 4;

registerRoute(
  ({ url }) => sameOrigin(url) && isPagePath(url.pathname),
  new NetworkFirst({ cacheName: CACHES.pages, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [answered, new ExpirationPlugin({ maxEntries: 50 })] }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/api/') && url.pathname.endsWith('.json'),
  new NetworkFirst({ cacheName: CACHES.data, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [answered, new ExpirationPlugin({ maxEntries: 100 })] }),
);
/** The pictures the reader tapped while "Hemat data" held them, by URL: these load like any other. */
const shownPictures = new Set<string>();
const pictures = new CacheFirst({ cacheName: CACHES.images, plugins: [answered, new ExpirationPlugin({ maxEntries: 150 })] });
const otherSites = new NetworkOnly();
registerRoute(
  ({ request, url }) => (sameOrigin(url) ? url.pathname.startsWith('/images/') : request.destination === 'image'),
  async (options) => {
    const { request, url } = options;
    if (!shownPictures.has(url.href) && (await holdsPicturesNow(request))) {
      // Held: a copy already here costs nothing; else nothing, and the page shows the picture's button.
      return (await caches.match(request, { ignoreVary: true })) ?? new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
    }
    return sameOrigin(url) ? pictures.handle(options) : otherSites.handle(options);
  },
);
// Anything else (search's index, media, other sites) goes to the network as if there were no worker.
setDefaultHandler(new NetworkOnly());

/** The stories kept for offline reading: the saved ones first, then those read, the last read first. */
async function storiesToRead(): Promise<OfflineStory[]> {
  const stories: OfflineStory[] = [];
  const seen = new Set<string>();
  for (const name of [CACHES.saved, CACHES.pages]) {
    const cache = await caches.open(name);
    const requests = await cache.keys();
    for (const request of name === CACHES.pages ? [...requests].reverse() : requests) {
      const path = new URL(request.url).pathname;
      if (!path.startsWith('/post/read/') || seen.has(path)) continue;
      const response = await cache.match(request);
      const title = response ? /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] : undefined;
      if (title === undefined) continue;
      seen.add(path);
      stories.push({ path, title, saved: name === CACHES.saved });
    }
  }
  return stories;
}

const stylesheet = manifest.map((entry) => (typeof entry === 'string' ? entry : entry.url)).find((url) => /^\/?assets\/index-[\w-]+\.css$/.test(url));

// A page the network cannot give: a kept copy (a saved story's, if it left the pages' cache), else
// the page that says it is not kept and lists what is. Anything else fails as the network did.
setCatchHandler(async ({ request, url }) => {
  const kept = await caches.match(request, { ignoreVary: true });
  if (kept) return kept;
  if (request.mode === 'navigate' || (sameOrigin(url) && isPagePath(url.pathname) && request.destination === 'document')) {
    return new Response(offlinePage(await storiesToRead(), stylesheet === undefined ? undefined : `/${stylesheet.replace(/^\//, '')}`), {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return Response.error();
});

/** Pages kept from the install on (CACHES.shell): "Tersimpan" lists what is saved in this browser, so it opens offline. */
const SHELL_PAGES = ['/tersimpan'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetchesAhead().then(async (ahead) => {
      if (!ahead) return;
      await precache.install(event);
      await caches.open(CACHES.shell).then((cache) => cache.addAll(SHELL_PAGES));
    }),
  );
  // The first worker takes the page at once; a new version waits for the reader's "Muat ulang".
  if (!self.registration.active) void self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(Promise.all([precache.activate(event), self.clients.claim()])));
self.addEventListener('message', (event) => {
  const message = event.data as { type?: unknown; urls?: unknown } | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === 'SHOW_PICTURES' && Array.isArray(message.urls)) {
    for (const url of message.urls) if (typeof url === 'string') shownPictures.add(new URL(url, self.location.href).href);
    event.ports[0]?.postMessage(true);
  }
});
