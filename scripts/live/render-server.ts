/**
 * Hosts the live render server (src/server/live-app.ts, from the server build dist-ssr/live-app.js)
 * on Node with @hono/node-server, and serves the built client's own files from dist/.
 *   RENDER_HOST (127.0.0.1), RENDER_PORT (3000), CONTENT_API_URL (http://127.0.0.1:3001),
 *   SITE_URL (the public origin), PUBLISH_TOKEN, PURGE_URL (Varnish's purge listener; none: publish
 *   purges nothing), DIST_DIR (dist), SSR_DIR (dist-ssr), SEARCH_SYNC_MS (how often the search index
 *   compares itself with the content API's archive: 20000)
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type * as LiveAppModule from '../../src/server/live-app';

// React's production build (the development one renders several times slower): set before the app is imported.
process.env.NODE_ENV ??= 'production';

const host = process.env.RENDER_HOST ?? '127.0.0.1';
const port = Number(process.env.RENDER_PORT ?? 3000);
const contentOrigin = (process.env.CONTENT_API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
const siteUrl = process.env.SITE_URL;
const publishToken = process.env.PUBLISH_TOKEN;
const purgeUrl = process.env.PURGE_URL;
const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const ssrDir = path.resolve(process.env.SSR_DIR ?? 'dist-ssr');

if (!siteUrl || !publishToken) {
  console.error('render server: SITE_URL and PUBLISH_TOKEN must be set (npm run start:live sets them).');
  process.exit(1);
}

const live = (await import(pathToFileURL(path.join(ssrDir, 'live-app.js')).href)) as typeof LiveAppModule;
const documents = await live.loadPageDocuments(distDir, path.join(ssrDir, 'template.html'));

/** PURGE with the keys, on the cache's own listener: how many objects went. */
async function purge(keys: string[]): Promise<number> {
  if (!purgeUrl) return 0;
  const response = await fetch(purgeUrl, { method: 'PURGE', headers: { 'xkey-purge': keys.join(' ') } });
  if (!response.ok) throw new Error(`purge answered ${response.status}`);
  // The count is in the status line: "200 Purged 3".
  return Number(/Purged (\d+)/.exec(response.statusText)?.[1] ?? 0);
}

// Every word of every story, indexed here from the content API and kept up to date: pages are served
// while it is read; search answers 503 ("Coba lagi") until it is.
const search = live.createStorySearch({
  fetchContent: (apiPath, init) => fetch(`${contentOrigin}/api/${apiPath}`, init),
  syncIntervalMs: Number(process.env.SEARCH_SYNC_MS ?? 20_000),
});

const app = live.createLiveApp({
  documents,
  contentApiUrl: `${contentOrigin}/api`,
  imagesUrl: `${contentOrigin}/images`,
  mediaUrl: `${contentOrigin}/media`,
  search,
  siteUrl,
  publishToken,
  purge,
  assets: serveStatic({
    root: path.relative(process.cwd(), distDir),
    onFound: (file, c) => {
      if (file.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      else c.header('Cache-Control', 'public, max-age=0, must-revalidate, s-maxage=3600');
    },
  }),
});

// The raw path, before the URL parser resolves "..": a path with dot segments or encoded slashes is
// refused here, without a request to the content API.
const listener = getRequestListener(app.fetch);
createServer((request, response) => {
  const refused = live.refusedPath(request.url ?? '/');
  if (refused) {
    response.writeHead(refused, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' }).end(refused === 414 ? 'URI too long' : 'Bad request');
    return;
  }
  void listener(request, response);
}).listen(port, host, () => {
  console.log(`render server: http://${host}:${port}/ (content from ${contentOrigin})`);
});
