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
import { buildFeed, buildRobots, buildSitemap, type ArticleEntry } from './prerender/discovery';
import type { ContentFetcher } from '../src/lib/api-client';
import { loadPageDocuments } from '../src/server/page-document';
import { headersFile } from '../src/server/security';

type EntryServer = typeof EntryServerModule;

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const ssrEntry = path.resolve(process.env.SSR_ENTRY ?? 'dist-ssr/entry-server.js');
const FEED_SIZE = 20;

const started = performance.now();
// React's production build renders several times faster than the development one: set before it is imported.
process.env.NODE_ENV ??= 'production';
const server = (await import(pathToFileURL(ssrEntry).href)) as EntryServer;
const { site, paths } = server;

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
  await writeFile(target, documents.documentOf(rendered, site.url));
  return rendered;
}

/** "/post/read/x" → "post/read/x/index.html"; "/" → "index.html". */
const fileFor = (pagePath: string) => path.join(pagePath, 'index.html');

// Every page of every kind in the route table, as the content API lists them.
const entries: ArticleEntry[] = [];
const newestByCategory = new Map<string, string>();
const written = { article: 0, home: 0, category: 0, search: 0 };
const listing = server.createQueryClient({ retry: false }, fetchContent);
for (const [name, route] of Object.entries(server.pageRoutes) as [keyof typeof written, (typeof server.pageRoutes)[keyof typeof server.pageRoutes]][]) {
  for await (const pagePath of route.staticPaths(listing)) {
    const rendered = await write(pagePath, fileFor(pagePath));
    if (rendered.status !== 200) throw new Error(`${pagePath} did not render (${rendered.page.kind})`);
    written[name] += 1;
    if (rendered.page.kind !== 'article') continue;
    const { article } = rendered.page;
    if (article.category) {
      const newest = newestByCategory.get(article.category.slug);
      const updated = article.updatedAt ?? article.publishedAt;
      if (updated && (!newest || Date.parse(updated) > Date.parse(newest))) newestByCategory.set(article.category.slug, updated);
    }
    entries.push({
      url: `${site.url}${pagePath}`,
      headline: article.headline,
      description: server.articleDescription(article),
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt ?? article.publishedAt,
    });
  }
}
listing.clear();
entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
const notFound = await write(server.NOT_FOUND_PATH, '404.html');
if (notFound.status !== 404) throw new Error('404.html did not render as not found');
const categories = (JSON.parse(await readFile(path.join(distDir, 'api/categories.json'), 'utf8')) as { items: { slug: string }[] }).items;

const newest = [...entries].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '')).slice(0, FEED_SIZE);
await writeFile(
  path.join(distDir, 'sitemap.xml'),
  buildSitemap(`${site.url}/`, [
    ...categories.map((category) => ({ url: `${site.url}${paths.category.href(category.slug)}`, updatedAt: newestByCategory.get(category.slug) })),
    ...entries,
  ]),
);
await writeFile(path.join(distDir, '_headers'), headersFile(documents.policy));
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
  `prerender: ${written.article} articles, ${written.home} home and ${written.category} category pages, search and 404.html in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / Math.max(entries.length, 1)).toFixed(1)} ms an article); sitemap.xml, robots.txt, feed.xml, _headers`,
);
