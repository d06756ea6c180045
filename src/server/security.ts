/**
 * The Content-Security-Policy and the other headers a host should send. One policy, two forms:
 * a <meta> in every page (what works on any static host) and, with frame-ancestors, which a
 * meta tag cannot carry, in dist/_headers (Netlify, Cloudflare Pages) and the nginx snippet in
 * docs/deploying.md.
 */

import { YOUTUBE_EMBED_ORIGIN } from '../lib/embeds';

export interface PolicyOptions {
  /** The API's origin when it is not this site (VITE_API_BASE_URL is absolute). */
  apiOrigin?: string | undefined;
  /** Hashes ("sha256-…") of the stylesheets inlined in every page: allowed, and nothing else inline. */
  styleHashes?: readonly string[] | undefined;
  /** Hashes of the inline scripts every page carries (the head script): allowed, and no other. */
  scriptHashes?: readonly string[] | undefined;
}

const sources = (hashes: readonly string[]) => hashes.map((hash) => ` '${hash}'`).join('');

function directives({ apiOrigin, styleHashes = [], scriptHashes = [] }: PolicyOptions): string[] {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': search's engine (Pagefind) compiles its WebAssembly; it allows that and no
    // eval of JavaScript (decision 11). On every page, as a search opened inside the app keeps its page's policy.
    `script-src 'self' 'wasm-unsafe-eval'${sources(scriptHashes)}`,
    `style-src 'self'${sources(styleHashes)}`,
    "img-src 'self' https:",
    // Fonts, fetches and the manifest fall back to default-src 'self'; written out only where they
    // differ (an API elsewhere). Every byte of the meta is in every page's first round trip.
    ...(apiOrigin ? [`connect-src 'self' ${apiOrigin}`] : []),
    // The publisher's own videos and captions (decision 9); https for a media host of its own.
    "media-src 'self' https:",
    // The one frame a page may hold: a YouTube video the reader chose to play (decision 9).
    `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Nothing in Warta writes HTML from strings: the DOM's HTML sinks are closed. The one script URL
    // the app hands the browser, the service worker's, passes through the policy "warta-sw" (decision 13).
    "require-trusted-types-for 'script'",
    "trusted-types warta-sw",
  ];
}

export function metaPolicy(options: PolicyOptions): string {
  return directives(options).join('; ');
}

export function headerPolicy(options: PolicyOptions): string {
  return [...directives(options), "frame-ancestors 'none'"].join('; ');
}

/** The response headers every page and file gets, beside the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** dist/_headers, in the format Netlify and Cloudflare Pages read. */
export function headersFile(options: PolicyOptions): string {
  const rules: [string, Record<string, string>][] = [
    ['/*', { 'Content-Security-Policy': headerPolicy(options), ...SECURITY_HEADERS, 'Cache-Control': 'no-cache' }],
    ['/assets/*', { 'Cache-Control': IMMUTABLE }],
    ['/images/*', { 'Cache-Control': IMMUTABLE }],
  ];
  return `${rules
    .map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')}\n`;
}
