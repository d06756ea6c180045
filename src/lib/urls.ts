/** Links that come from data, and links that share an article. */

export type SafeHref = { kind: 'internal'; path: string } | { kind: 'external'; href: string };

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The one check every link from data passes. In-app paths stay in the app; http(s) and mailto
 * open outside; anything else (javascript:, data:, vbscript:, …) is dropped. Browsers ignore
 * tabs, newlines and leading spaces in a URL, so they are removed before looking at it, and
 * "//host", "/\host" and "\\host" are treated as the external URLs browsers take them for.
 */
export function safeHref(raw: string): SafeHref | null {
  // eslint-disable-next-line no-control-regex
  const href = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (href === '') return null;
  if (/^[/\\][/\\]/.test(href)) return safeHref(`https:${href.replace(/\\/g, '/')}`);
  if (href.startsWith('/')) return { kind: 'internal', path: href };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  return { kind: 'external', href: url.href };
}

export type ShareNetwork = 'whatsapp' | 'facebook' | 'x' | 'telegram';

export interface ShareTarget {
  network: ShareNetwork;
  name: string;
  href: string;
}

/** Share intents for the chat and social apps our readers use, every parameter encoded. */
export function shareTargets({ url, title }: { url: string; title: string }): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { network: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'telegram', name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}
