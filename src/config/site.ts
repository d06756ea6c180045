/**
 * The site's settings, in the spirit of Simorgh's per-service config.
 *   VITE_API_BASE_URL  (build time) where the JSON API lives (default: /api on the site itself)
 *
 * The site's public origin (canonical, share, Open Graph, JSON-LD, feed URLs) is a run-time setting,
 * never baked into the bundle: the prerender and the live server take it from SITE_URL
 * (configureSiteUrl), and the browser from the page it was given (boot info), so one build serves
 * any address. Never from a request's Host or X-Forwarded-Host: a cache would keep a poisoned page.
 */
const DEFAULT_SITE_URL = 'https://warta.example';

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

let siteUrl = DEFAULT_SITE_URL;

/**
 * Sets the public origin ("https://warta.id", no path) absolute URLs are made on. Throws on
 * anything that is not an http(s) origin.
 */
export function configureSiteUrl(url: string): void {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol) || parsed.pathname.replace(/\/+$/, '') !== '' || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL must be an http(s) origin such as https://warta.id, not ${url}`);
  }
  siteUrl = withoutTrailingSlash(parsed.origin);
}

/** Where search runs: Pagefind in the browser on a static site, the render server in the live mode. */
export type SearchEngineKind = 'static' | 'server';
let searchEngine: SearchEngineKind = 'static';

/** Sets where search runs: the live render server says 'server', and tells the browser through the boot info. */
export function configureSearch(kind: SearchEngineKind): void {
  searchEngine = kind;
}

export const site = {
  name: 'Warta',
  lang: 'id',
  locale: 'id-ID',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  /** The public origin, without a trailing slash (see configureSiteUrl). */
  get url(): string {
    return siteUrl;
  },
  /** Where search runs (see configureSearch). */
  get search(): SearchEngineKind {
    return searchEngine;
  },
  // import.meta.env is Vite's: the content build (tsx, no Vite) reads this module for the time zone.
  apiBaseUrl: withoutTrailingSlash((import.meta.env as ImportMetaEnv | undefined)?.VITE_API_BASE_URL || '/api'),
  /** The built-in sample content (vite.config.ts): the footer says its text and pictures are stand-ins. */
  sampleContent: (import.meta.env as ImportMetaEnv | undefined)?.VITE_SAMPLE_CONTENT === true,
  /** A request that takes longer than this is aborted and shown as an error. */
  requestTimeoutMs: 8000,
};

/** The absolute URL of an in-app path, for canonical and share links. */
export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname}`;
}
