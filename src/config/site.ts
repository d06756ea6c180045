/**
 * The site's settings, in the spirit of Simorgh's per-service config.
 *   VITE_API_BASE_URL  where the JSON API lives (default: the built-in sample API at /api)
 *   SITE_URL           the public origin used for canonical and share URLs (default https://warta.example)
 */
const DEFAULT_SITE_URL = 'https://warta.example';

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const site = {
  name: 'Warta',
  lang: 'id',
  locale: 'id-ID',
  timeZone: 'Asia/Jakarta',
  timeZoneLabel: 'WIB',
  url: withoutTrailingSlash(import.meta.env.SITE_URL || DEFAULT_SITE_URL),
  apiBaseUrl: withoutTrailingSlash(import.meta.env.VITE_API_BASE_URL || '/api'),
  /** A request that takes longer than this is aborted and shown as an error. */
  requestTimeoutMs: 8000,
} as const;

/** The absolute URL of an in-app path, for canonical and share links. */
export function absoluteUrl(pathname: string): string {
  return `${site.url}${pathname}`;
}
