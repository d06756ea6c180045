/**
 * The live render server: every page rendered on request with the render pipeline, behind an HTTP
 * cache (Varnish) that keeps it, serves it stale when the content service fails, and purges exactly
 * what a publish touches (surrogate keys). A Fetch-API handler (Hono: Request → Response) that any
 * runtime can host; scripts/live/render-server.ts hosts it on Node.
 *
 * Every response says what a shared cache needs: Cache-Control for browsers (revalidate every time,
 * with an ETag: 304 when unchanged) and for shared caches (s-maxage, stale-while-revalidate,
 * stale-if-error), and an xkey header naming what it shows. Absolute URLs come only from SITE_URL.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { isValidSlug, paths } from '../config/paths';
import { configureSearch, configureSiteUrl } from '../config/site';
import { createQueryClient } from '../app/query-client';
import { renderPage, renderUnavailablePage } from '../entry-server';
import { ApiError, type ContentFetcher } from '../lib/api-client';
import { monthOf } from '../lib/dates';
import { discoveryContentType, discoveryFile } from './discovery';
import type { PageDocument, PageDocuments } from './page-document';
import { SEARCH_API_PATH } from '../features/search/api/search-result';
import type { StorySearch } from './story-search';
import { apiKeys, discoveryKeys, keyHeader, queryKeys, surrogateKeys } from './surrogate-keys';

export interface LiveAppOptions {
  /** The built client's pages template, CSP and headers (loadPageDocuments). */
  documents: PageDocuments;
  /** The content API's base URL, under which "articles/<slug>.json" and the rest live. */
  contentApiUrl: string;
  /** Where the content API's images are ("/images/<file>" is proxied to `${imagesUrl}/<file>`). */
  imagesUrl: string;
  /** Where its videos and captions are ("/media/<file>" to `${mediaUrl}/<file>`); without it, /media/ answers 404. */
  mediaUrl?: string;
  /** The server's search (createStorySearch): /cari?q=… rendered with its results and /api/search.json; without it, both answer that search is unavailable. */
  search?: StorySearch;
  /** The public origin; every absolute URL is made on it, never on a request's Host. */
  siteUrl: string;
  /** The bearer token /_publish requires. */
  publishToken: string;
  /** Purges the cache by surrogate key; resolves to how many objects went. Without one, a publish purges nothing. */
  purge?: (keys: string[]) => Promise<number>;
  /** Serves the built client's own files (/assets/…, the icons): the host's static file server. */
  assets?: MiddlewareHandler;
  /** How long a request to the content API may take before the page is given up (ms). */
  contentTimeoutMs?: number;
}

/** Pages and JSON: browsers revalidate each time (ETag); a shared cache keeps them a day, purged on publish. */
export const CACHE_PAGE = 'public, max-age=0, must-revalidate, s-maxage=86400, stale-while-revalidate=60, stale-if-error=86400';
/** A page that does not exist (yet): briefly, so publishing a story or a typo fixed is seen soon. */
export const CACHE_NOT_FOUND = 'public, max-age=0, must-revalidate, s-maxage=60, stale-if-error=600';
/** A redirect to a canonical address does not change. */
export const CACHE_REDIRECT = 'public, max-age=3600, s-maxage=86400';
/** Videos and captions keep the name an editor gave them: kept an hour. */
export const CACHE_MEDIA = 'public, max-age=3600';
/** Hashed files and images never change under their name. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Errors are never kept. */
export const CACHE_ERROR = 'no-store';
/**
 * Search answers: half a minute in a shared cache (a publish purges them at once), never in a
 * browser. With the index's own look at the archive every 20 s, a story saved without a publish
 * call is found within a minute.
 */
export const CACHE_SEARCH = 'public, max-age=0, must-revalidate, s-maxage=30, stale-if-error=600';
const RETRY_AFTER_SECONDS = '30';
/** The longest query searched; the rest of a longer one is left out. */
const MAX_QUERY_LENGTH = 200;
/** Longer paths are answered 414 without rendering anything. */
const MAX_PATH = 2048;
/** Parameters that track a share, not choose a page: out of rendering (and out of the cache key, in the VCL). */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|igsh|igshid|mc_cid|mc_eid)$/i;
const PUBLISH_MAX_SLUGS = 100;

/** 400 or 414 for a path no page can have: encoded slashes, backslashes, NUL, dot segments, or too long. */
export function refusedPath(rawPath: string): 400 | 414 | null {
  if (rawPath.length > MAX_PATH) return 414;
  if (/%2f|%5c|%00|\\/i.test(rawPath)) return 400;
  if (/(^|\/)(\.|%2e){2}(\/|$|\?)/i.test(rawPath)) return 400;
  return null;
}

/** The URL's query without tracking parameters ("?q=banjir", or ""). */
/** A rendered page as the response: its document with its own headers (its CSP allows its own stylesheet). */
function page(c: Context, document: PageDocument, status: 200 | 404 | 500 | 502 | 503): Response {
  for (const [name, value] of Object.entries(document.headers)) c.header(name, value);
  return c.html(document.html, status);
}

function withoutTracking(url: URL): string {
  const params = new URLSearchParams([...url.searchParams].filter(([name]) => !TRACKING.test(name)));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A failed content request, as the status a server answers: bad data is the service's fault (502); anything else, unavailable (503). */
function failureStatus(error: unknown): 500 | 502 | 503 {
  if (!(error instanceof ApiError)) return 500;
  return error.kind === 'invalid' ? 502 : 503;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createLiveApp(options: LiveAppOptions): Hono {
  const { documents, contentApiUrl, imagesUrl, mediaUrl, search, siteUrl, publishToken, purge, assets, contentTimeoutMs = 8000 } = options;
  configureSiteUrl(siteUrl);
  configureSearch('server');
  /** The search's answer as the content API would give it: 503 while the index is still being read. */
  const searchResponse = (query: string): Response =>
    search?.isReady()
      ? Response.json(search.search(query.trim().slice(0, MAX_QUERY_LENGTH)), { headers: { 'Cache-Control': CACHE_SEARCH, xkey: surrogateKeys.search } })
      : Response.json({ error: 'unavailable' }, { status: 503, headers: { 'Cache-Control': CACHE_ERROR, 'Retry-After': RETRY_AFTER_SECONDS } });
  // The render pipeline reads search answers where it reads content (searchApiPath), from the index here.
  const fetchContent: ContentFetcher = (apiPath, init) => {
    if (apiPath.startsWith(`${SEARCH_API_PATH}?`)) return Promise.resolve(searchResponse(new URLSearchParams(apiPath.slice(SEARCH_API_PATH.length + 1)).get('q') ?? ''));
    return fetch(`${contentApiUrl}/${apiPath}`, init);
  };
  const app = new Hono();


  app.get('/_health', (c) => c.text('ok', 200, { 'Cache-Control': CACHE_ERROR }));
  // Whether the content service answers: the cache serves stale pages for as long as it does not.
  app.get('/_health/content', async (c) => {
    const ok = await fetch(`${contentApiUrl}/categories.json`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    return c.text(ok ? 'ok' : 'unavailable', ok ? 200 : 503, { 'Cache-Control': CACHE_ERROR });
  });

  app.post('/_publish', async (c) => {
    c.header('Cache-Control', CACHE_ERROR);
    const token = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    if (!sameToken(token, publishToken)) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' });
    const body: unknown = await c.req.json().catch(() => null);
    const slugs = typeof body === 'object' && body !== null ? (body as { slugs?: unknown }).slugs : undefined;
    if (!Array.isArray(slugs) || slugs.length === 0 || slugs.length > PUBLISH_MAX_SLUGS || !slugs.every((slug) => typeof slug === 'string' && isValidSlug(slug))) {
      return c.json({ error: `the body must be {"slugs": [...]}: 1 to ${PUBLISH_MAX_SLUGS} story slugs` }, 400);
    }
    // Searched at once: the story is findable (or gone) before the cached answers are purged.
    await search?.refresh(slugs as string[]);
    const keys = new Set<string>([surrogateKeys.latest, surrogateKeys.discovery, surrogateKeys.search]);
    for (const slug of slugs as string[]) {
      keys.add(surrogateKeys.story(slug));
      // Its category's list (and feed) and its month's sitemap change too (a removed story is in the
      // lists its own key purges; its month is not known any more, so every month's sitemap goes).
      const article = await fetch(`${contentApiUrl}/articles/${slug}.json`, { signal: AbortSignal.timeout(contentTimeoutMs) })
        .then((response) => (response.ok ? (response.json() as Promise<{ category?: { slug?: unknown }; publishedAt?: unknown; tags?: unknown }>) : null))
        .catch(() => null);
      const category = article?.category?.slug;
      if (typeof category === 'string') keys.add(surrogateKeys.category(category));
      // It joins its tags' lists too (lists that already show it go with its own key).
      if (Array.isArray(article?.tags)) {
        for (const tag of article.tags as unknown[]) {
          const slug = typeof tag === 'object' && tag !== null ? (tag as { slug?: unknown }).slug : undefined;
          if (typeof slug === 'string' && isValidSlug(slug)) keys.add(surrogateKeys.tag(slug));
        }
      }
      const published = typeof article?.publishedAt === 'string' ? new Date(article.publishedAt) : null;
      keys.add(published && !Number.isNaN(published.getTime()) ? surrogateKeys.month(monthOf(published)) : surrogateKeys.archive);
    }
    const purged = purge ? await purge([...keys]) : 0;
    return c.json({ purged: [...keys], objects: purged });
  });

  if (assets) app.use('/assets/*', assets);
  for (const file of ['/favicon.svg', '/logo-512.png', '/og-warta.png', '/service-worker.js', '/manifest.webmanifest', '/icon-192.png']) if (assets) app.get(file, assets);

  app.use(etag());

  // The app's search, as JSON: only the results (see SearchAnswerSchema).
  app.get(`/api/${SEARCH_API_PATH}`, (c) => searchResponse(c.req.query('q') ?? ''));

  // The browser's JSON, through the public address: cached and purged with the pages.
  app.get('/api/*', async (c) => {
    const apiPath = c.req.path.slice('/api/'.length);
    if (!/^[a-z0-9][a-z0-9/-]*\.json$/.test(apiPath) || apiPath.includes('//')) return c.json({ error: 'not found' }, 404, { 'Cache-Control': CACHE_NOT_FOUND });
    const response = await fetch(`${contentApiUrl}/${apiPath}`, { signal: AbortSignal.timeout(contentTimeoutMs) }).catch(() => null);
    if (!response || response.status >= 500) return c.json({ error: 'unavailable' }, 503, { 'Cache-Control': CACHE_ERROR, 'Retry-After': RETRY_AFTER_SECONDS });
    const text = await response.text();
    if (response.status === 404 || response.status === 410) {
      return c.body(text, response.status, { 'Content-Type': 'application/json', 'Cache-Control': CACHE_NOT_FOUND, xkey: keyHeader(apiKeys(apiPath, null)) });
    }
    if (!response.ok) return c.json({ error: 'unavailable' }, 502, { 'Cache-Control': CACHE_ERROR });
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      // Passed on as it is: the reader's schema says it is broken, with "Coba lagi".
    }
    return c.body(text, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_PAGE, xkey: keyHeader(apiKeys(apiPath, data)) });
  });

  // Images (named by their content: never changed under their name) and videos and captions (named by
  // the editor, so a replaced file must reach readers within the hour), passed through.
  for (const [prefix, baseUrl, cacheControl] of [
    ['images', imagesUrl, CACHE_IMMUTABLE],
    ['media', mediaUrl, CACHE_MEDIA],
  ] as const) {
    app.get(`/${prefix}/*`, async (c) => {
      const file = c.req.path.slice(`/${prefix}/`.length);
      if (!baseUrl || !/^[a-z0-9][a-z0-9._-]*$/.test(file)) return c.body(null, 404, { 'Cache-Control': CACHE_NOT_FOUND });
      const response = await fetch(`${baseUrl}/${file}`, { signal: AbortSignal.timeout(contentTimeoutMs) }).catch(() => null);
      if (!response) return c.body(null, 503, { 'Cache-Control': CACHE_ERROR, 'Retry-After': RETRY_AFTER_SECONDS });
      if (!response.ok) return c.body(null, response.status === 404 ? 404 : 502, { 'Cache-Control': response.status === 404 ? CACHE_NOT_FOUND : CACHE_ERROR });
      return c.body(await response.arrayBuffer(), 200, { 'Content-Type': response.headers.get('Content-Type') ?? 'application/octet-stream', 'Cache-Control': cacheControl });
    });
  }

  app.get('*', async (c) => {
    const url = new URL(c.req.url);
    const refused = refusedPath(url.pathname + url.search);
    if (refused) return c.text(refused === 414 ? 'URI too long' : 'Bad request', refused, { 'Cache-Control': CACHE_NOT_FOUND });
    const path = `${url.pathname}${withoutTracking(url)}`;
    // robots.txt, the sitemaps and the feeds, made now from the content; a publish purges those it touches.
    try {
      const discovery = await discoveryFile(url.pathname, createQueryClient({ retry: false }, fetchContent));
      if (discovery !== null) {
        return c.body(discovery, 200, { 'Content-Type': discoveryContentType(url.pathname), 'Cache-Control': CACHE_PAGE, xkey: keyHeader(discoveryKeys(url.pathname)) });
      }
    } catch (error) {
      return c.text('Service Unavailable', failureStatus(error), { 'Cache-Control': CACHE_ERROR, 'Retry-After': RETRY_AFTER_SECONDS });
    }
    try {
      const rendered = await renderPage(path, fetchContent);
      if (rendered.status === 301) {
        c.header('Cache-Control', CACHE_REDIRECT);
        return c.redirect(rendered.location, 301);
      }
      const keys = rendered.queries.flatMap(({ key, data }) => queryKeys(key, data));
      // A story not published yet: its 404 goes when it is published.
      const slug = /^\/post\/read\/([^/]+)$/.exec(url.pathname)?.[1];
      if (rendered.status === 404 && slug && isValidSlug(slug)) keys.push(surrogateKeys.story(slug));
      // A search page's answers change with every story published: kept briefly, and purged on publish.
      const searchPage = url.pathname === paths.search.pattern && url.searchParams.has('q');
      if (searchPage) keys.push(surrogateKeys.search);
      c.header('Cache-Control', rendered.status === 404 ? CACHE_NOT_FOUND : searchPage ? CACHE_SEARCH : CACHE_PAGE);
      c.header('xkey', keyHeader(keys));
      // Where the time goes: fetching the content, then rendering it (the page cannot start before both).
      c.header('Server-Timing', `content;dur=${rendered.timings.load.toFixed(1)}, render;dur=${rendered.timings.render.toFixed(1)}`);
      return page(c, await documents.documentOf(rendered, siteUrl), rendered.status);
    } catch (error) {
      const status = failureStatus(error);
      if (status === 500) console.error(`render ${path}:`, error);
      c.header('Cache-Control', CACHE_ERROR);
      c.header('Retry-After', RETRY_AFTER_SECONDS);
      return page(c, await documents.documentOf(renderUnavailablePage(path, status), siteUrl), status);
    }
  });

  app.onError((error, c) => {
    console.error('render server:', error);
    return c.text('Internal Server Error', 500, { 'Cache-Control': CACHE_ERROR });
  });
  return app;
}

export { loadPageDocuments } from './page-document';
export { createStorySearch } from './story-search';
