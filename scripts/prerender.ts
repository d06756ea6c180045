/**
 * npm run build's last step: renders every page to static HTML with the app's own components
 * (dist-ssr/entry-server.js), so link-preview crawlers and readers without JavaScript get the
 * whole page, and writes sitemap.xml, robots.txt and feed.xml. dist/ then works on any static
 * host that serves folder/index.html and 404.html.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as EntryServerModule from '../src/entry-server';
import type { ContentFetcher } from '../src/lib/api-client';
import { loadPageDocuments } from '../src/server/page-document';
import { headersFile } from '../src/server/security';

type EntryServer = typeof EntryServerModule;

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const ssrEntry = path.resolve(process.env.SSR_ENTRY ?? 'dist-ssr/entry-server.js');

const started = performance.now();
// React's production build renders several times faster than the development one: set before it is imported.
process.env.NODE_ENV ??= 'production';
const server = (await import(pathToFileURL(ssrEntry).href)) as EntryServer;
const { site } = server;

/**
 * The built-in API is files in dist/: the render pipeline reads them as a static host would serve
 * them, through a content fetcher of its own (an API elsewhere is fetched as the browser would).
 */
const readBuiltApi: ContentFetcher = async (apiPath) => {
  const file = path.join(distDir, 'api', ...apiPath.split('/').map(decodeURIComponent));
  if (!file.startsWith(path.join(distDir, 'api') + path.sep)) return new Response(null, { status: 404 });
  try {
    return new Response(await readFile(file), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response(null, { status: 404 });
  }
};
const fetchContent: ContentFetcher | undefined = site.apiBaseUrl.startsWith('/') ? readBuiltApi : undefined;

const siteUrl = process.env.SITE_URL ?? site.url;
server.configureSiteUrl(siteUrl);
const documents = await loadPageDocuments(distDir, path.join(path.dirname(ssrEntry), 'template.html'), {
  apiOrigin: site.apiBaseUrl.startsWith('/') ? undefined : new URL(site.apiBaseUrl).origin,
});

type Page = Extract<Awaited<ReturnType<EntryServer['renderPage']>>, { status: 200 | 404 }>;

async function write(pagePath: string, file: string): Promise<Page> {
  const rendered = await server.renderPage(pagePath, fetchContent);
  if (rendered.status === 301) throw new Error(`${pagePath} is not a page's own address: it redirects to ${rendered.location}`);
  const target = path.join(distDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, (await documents.documentOf(rendered, site.url)).html);
  return rendered;
}


// Every page of every kind in the route table, as the content API lists them.
const written = { article: 0, home: 0, category: 0, tag: 0, search: 0 };
const listing = server.createQueryClient({ retry: false }, fetchContent);
for (const [name, pathsOf] of Object.entries(server.staticPaths) as [keyof typeof written, (typeof server.staticPaths)[keyof typeof server.staticPaths]][]) {
  for await (const pagePath of pathsOf(listing)) {
    const rendered = await write(pagePath, path.join(pagePath, 'index.html'));
    if (rendered.status !== 200) throw new Error(`${pagePath} did not render (${rendered.page.kind})`);
    written[name] += 1;
  }
}
const notFound = await write(server.NOT_FOUND_PATH, '404.html');
if (notFound.status !== 404) throw new Error('404.html did not render as not found');

// How crawlers and feed readers find the stories: robots.txt, the sitemap index and its sitemaps, the feeds.
const discovery = await server.allDiscoveryPaths(listing);
const builtAt = new Date();
for (const file of discovery) {
  const text = await server.discoveryFile(file, listing, { now: builtAt });
  if (text === null) throw new Error(`${file} was listed but could not be made`);
  const target = path.join(distDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
}
listing.clear();
await writeFile(path.join(distDir, '_headers'), headersFile(documents.policy()));

const seconds = (performance.now() - started) / 1000;
console.log(
  `prerender: ${written.article} articles, ${written.home} home, ${written.category} category and ${written.tag} tag pages, search and 404.html in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / Math.max(written.article, 1)).toFixed(1)} ms an article); ${discovery.length} discovery files (robots.txt, sitemaps, feeds), _headers`,
);
