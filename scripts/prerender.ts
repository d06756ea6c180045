/**
 * npm run build's last step: renders every page to static HTML with the app's own components
 * (dist-ssr/entry-server.js), so link-preview crawlers and readers without JavaScript get the
 * whole page, and writes sitemap.xml, robots.txt and feed.xml. dist/ then works on any static
 * host that serves folder/index.html and 404.html.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as EntryServerModule from '../src/entry-server';
import { buildFeed, buildRobots, buildSitemap, type DiscoveryEntry } from './prerender/discovery';
import { fillTemplate } from './prerender/fill-template';
import { headersFile, metaPolicy } from './prerender/security';

type EntryServer = typeof EntryServerModule;

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const ssrEntry = path.resolve(process.env.SSR_ENTRY ?? 'dist-ssr/entry-server.js');
const FEED_SIZE = 20;

const started = performance.now();
const server = (await import(pathToFileURL(ssrEntry).href)) as EntryServer;
const { site, paths } = server;

// The built-in API is files in dist/: answer the app's fetches from them, as a static host would.
if (site.apiBaseUrl.startsWith('/')) {
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://prerender.invalid');
    const file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir + path.sep)) return new Response(null, { status: 404 });
    try {
      return new Response(await readFile(file), { status: 200, headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

const template = await readFile(path.join(distDir, 'index.html'), 'utf8');
const policy = { apiOrigin: site.apiBaseUrl.startsWith('/') ? undefined : new URL(site.apiBaseUrl).origin };
const csp = metaPolicy(policy);

async function write(pagePath: string, file: string): Promise<Awaited<ReturnType<EntryServer['renderPage']>>> {
  const rendered = await server.renderPage(pagePath);
  const target = path.join(distDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, fillTemplate(template, { ...rendered, csp }));
  return rendered;
}

// Articles: every file of the API, the same list the content build wrote.
const slugs = (await readdir(path.join(distDir, 'api/articles')))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));

const entries: DiscoveryEntry[] = [];
for (const slug of slugs) {
  const href = paths.article.href(slug);
  const rendered = await write(href, path.join(href, 'index.html'));
  if (rendered.page.kind !== 'article') throw new Error(`${href} did not render as an article (${rendered.page.kind})`);
  const { article } = rendered.page;
  entries.push({
    url: `${site.url}${href}`,
    headline: article.headline,
    description: server.articleDescription(article),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt ?? article.publishedAt,
  });
}

const home = await write(paths.home.href(), 'index.html');
if (home.status !== 200) throw new Error('the home page did not render');
const notFound = await write(server.NOT_FOUND_PATH, '404.html');
if (notFound.status !== 404) throw new Error('404.html did not render as not found');

const newest = [...entries].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '')).slice(0, FEED_SIZE);
await writeFile(path.join(distDir, 'sitemap.xml'), buildSitemap(`${site.url}/`, entries));
await writeFile(path.join(distDir, '_headers'), headersFile(policy));
await writeFile(path.join(distDir, 'robots.txt'), buildRobots(`${site.url}/sitemap.xml`));
await writeFile(
  path.join(distDir, 'feed.xml'),
  buildFeed(
    { title: site.name, link: `${site.url}/`, description: server.homeDescription, feedUrl: `${site.url}/feed.xml`, language: site.lang },
    newest,
  ),
);

const seconds = (performance.now() - started) / 1000;
console.log(
  `prerender: ${entries.length} articles, home and 404.html in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / Math.max(entries.length, 1)).toFixed(1)} ms an article); sitemap.xml, robots.txt, feed.xml, _headers`,
);
