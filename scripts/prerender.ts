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
import { buildFeed, buildRobots, buildSitemap, type ArticleEntry } from './prerender/discovery';
import { fillTemplate } from './prerender/fill-template';
import { inlineScriptHashes, inlineStylesheets } from './prerender/inline-styles';
import { headersFile, metaPolicy } from './prerender/security';
import { APP_MODULE, filesForPage, readManifest } from './lib/bundle-size';

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

// Vite's index.html is the template; the prerendered home page replaces it, so keep a copy that
// lets the prerender run again on the same build.
const templateCopy = path.join(path.dirname(ssrEntry), 'template.html');
const built = await readFile(path.join(distDir, 'index.html'), 'utf8');
const builtTemplate = built.includes('<!--app-html-->') ? built : await readFile(templateCopy, 'utf8');
await writeFile(templateCopy, builtTemplate);
const { template, styleHashes } = await inlineStylesheets(builtTemplate, distDir);
const policy = { apiOrigin: site.apiBaseUrl.startsWith('/') ? undefined : new URL(site.apiBaseUrl).origin, styleHashes, scriptHashes: inlineScriptHashes(template) };
const csp = metaPolicy(policy);

const manifest = await readManifest(distDir);
const entryFiles = new Set(filesForPage(manifest).js);
/**
 * The app's code and the page's own route chunk, with the chunks they import: listed for the boot
 * script, which fetches them once the page has loaded (not before: they would compete with the
 * hero image) so that the app starts quickly on the reader's first gesture.
 */
function modulesFor(routeFile: string | undefined): string[] {
  const modules = routeFile && manifest[routeFile] ? [APP_MODULE, routeFile] : [APP_MODULE];
  return filesForPage(manifest, modules).js.filter((file) => !entryFiles.has(file)).map((file) => `/${file}`);
}

async function write(pagePath: string, file: string): Promise<Awaited<ReturnType<EntryServer['renderPage']>>> {
  const rendered = await server.renderPage(pagePath);
  const target = path.join(distDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  const boot = server.bootInfoScript({ path: rendered.path, modules: modulesFor(rendered.routeFile) });
  await writeFile(target, fillTemplate(template, { ...rendered, state: rendered.state + boot, csp }));
  return rendered;
}

/** Writes a paged list's pages, 1 to the last, each at its own address. */
async function writePages(hrefFor: (page: number) => string): Promise<number> {
  const first = await write(hrefFor(1), path.join(hrefFor(1), 'index.html'));
  const pageCount = first.page.kind === 'home' || first.page.kind === 'category' ? first.page.pageCount : 0;
  if (pageCount === 0) throw new Error(`${hrefFor(1)} did not render as a list`);
  for (let page = 2; page <= pageCount; page += 1) await write(hrefFor(page), path.join(hrefFor(page), 'index.html'));
  return pageCount;
}

// Articles: every file of the API, the same list the content build wrote.
const slugs = (await readdir(path.join(distDir, 'api/articles')))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length));

const entries: ArticleEntry[] = [];
const newestByCategory = new Map<string, string>();
for (const slug of slugs) {
  const href = paths.article.href(slug);
  const rendered = await write(href, path.join(href, 'index.html'));
  if (rendered.page.kind !== 'article') throw new Error(`${href} did not render as an article (${rendered.page.kind})`);
  const { article } = rendered.page;
  if (article.category) {
    const newest = newestByCategory.get(article.category.slug);
    const updated = article.updatedAt ?? article.publishedAt;
    if (updated && (!newest || Date.parse(updated) > Date.parse(newest))) newestByCategory.set(article.category.slug, updated);
  }
  entries.push({
    url: `${site.url}${href}`,
    headline: article.headline,
    description: server.articleDescription(article),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt ?? article.publishedAt,
  });
}

const homePages = await writePages(paths.home.href);
const categories = (JSON.parse(await readFile(path.join(distDir, 'api/categories.json'), 'utf8')) as { items: { slug: string }[] }).items;
let categoryPages = 0;
for (const category of categories) categoryPages += await writePages((page) => paths.category.href(category.slug, page));
await write(paths.search.href(), path.join(paths.search.href(), 'index.html'));
const notFound = await write(server.NOT_FOUND_PATH, '404.html');
if (notFound.status !== 404) throw new Error('404.html did not render as not found');

const newest = [...entries].sort((a, b) => Date.parse(b.publishedAt ?? '') - Date.parse(a.publishedAt ?? '')).slice(0, FEED_SIZE);
await writeFile(
  path.join(distDir, 'sitemap.xml'),
  buildSitemap(`${site.url}/`, [
    ...categories.map((category) => ({ url: `${site.url}${paths.category.href(category.slug)}`, updatedAt: newestByCategory.get(category.slug) })),
    ...entries,
  ]),
);
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
  `prerender: ${entries.length} articles, ${homePages} home and ${categoryPages} category pages, search and 404.html in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1000) / Math.max(entries.length, 1)).toFixed(1)} ms an article); sitemap.xml, robots.txt, feed.xml, _headers`,
);
