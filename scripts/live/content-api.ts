/**
 * The built-in content API of the live mode: serves a content folder in the authoring format
 * (CONTENT_DIR, default content/sample) as the content contract, the way `npm run content` builds it,
 * and sees a story added, changed or removed there without a restart: an editor saves a story into
 * the folder, calls /_publish, and it is live.
 *   GET /api/<path>       the contract's JSON ("articles/<slug>.json", "latest/1.json", …)
 *   GET /images/<file>    the images made of the folder's pictures
 *   GET /media/<file>     its videos and captions, as they are
 *   GET /_health          200 once the content is loaded
 * A change to a file marks the content stale; the next request loads it again first. A folder that
 * does not load (a file that breaks the format) leaves the last good content served, and says why.
 *   CONTENT_DIR, CONTENT_API_HOST (127.0.0.1), CONTENT_API_PORT (3001),
 *   CONTENT_WORK_DIR (where the images are made; default .cache/content-api/<port>)
 */
import { watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { buildApi, imageRefsOf, type ApiFiles } from '../content/build-api';
import { indexImages, renderImages, withFileSizes } from '../content/images';
import { loadContent } from '../content/source';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content/sample');
const host = process.env.CONTENT_API_HOST ?? '127.0.0.1';
const port = Number(process.env.CONTENT_API_PORT ?? 3001);
const workDir = path.resolve(process.env.CONTENT_WORK_DIR ?? path.join('.cache/content-api', String(port)));
const imagesOut = path.join(workDir, 'images');

let files: ApiFiles | null = null;
let stale = true;
let loading: Promise<void> = Promise.resolve();

async function load(): Promise<void> {
  const started = performance.now();
  const content = await loadContent(contentDir);
  const images = await indexImages(path.join(contentDir, 'images'), imageRefsOf(content));
  const { bytes } = await renderImages(path.join(contentDir, 'images'), imagesOut, images);
  files = buildApi(content, withFileSizes(images, bytes));
  console.log(`content API: ${content.articles.length} stories from ${path.relative(process.cwd(), contentDir) || '.'} in ${Math.round(performance.now() - started)} ms`);
}

/** The content as the folder holds it now: loaded again first if anything in it changed. */
async function current(): Promise<ApiFiles | null> {
  if (stale) {
    stale = false;
    loading = load().catch((error: unknown) => {
      console.error(`content API: ${contentDir} did not load; still serving what it last held.\n${error instanceof Error ? error.message : String(error)}`);
    });
  }
  await loading;
  return files;
}

const markStale = () => {
  stale = true;
};
await mkdir(imagesOut, { recursive: true });
for (const dir of [contentDir, path.join(contentDir, 'articles'), path.join(contentDir, 'images')]) watch(dir, markStale);
await current();

const app = new Hono();
app.get('/_health', async (c) => ((await current()) ? c.text('ok') : c.text('loading', 503)));
app.get('/api/*', async (c) => {
  const content = await current();
  const json = content?.get(c.req.path.slice('/api/'.length));
  c.header('Cache-Control', 'no-cache');
  return json === undefined ? c.json({ error: 'not found' }, 404) : c.json(json);
});
app.use('/images/*', serveStatic({ root: workDir }));
app.use('/media/*', serveStatic({ root: contentDir }));

serve({ fetch: app.fetch, hostname: host, port }, () => {
  console.log(`content API: http://${host}:${port}/api/ (images at /images/), from ${contentDir}`);
});
