/**
 * The post a provider's embed markup or link points at, as the embed card links to it: YouTube,
 * X (Twitter), Instagram, TikTok and Facebook (src/content/contract.ts EMBED_PROVIDERS). Pure.
 */
import type { EMBED_PROVIDERS } from '../../src/content/contract';
import { youtubeId } from '../../src/lib/embeds';

export interface EmbedTarget {
  provider: (typeof EMBED_PROVIDERS)[number];
  /** The post's own https address. */
  url: string;
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');

/**
 * A post's address from any of the forms a story links or embeds it by, or null when it is not a
 * post of a provider the card knows:
 * - youtube.com/watch?v=, youtu.be/, /embed/, /shorts/, youtube-nocookie.com/embed/
 * - twitter.com or x.com /<user>/status/<id>; platform.twitter.com/embed/Tweet.html?id=<id>
 * - instagram.com/p/<id>, /reel/<id>, /tv/<id> (and their /embed)
 * - tiktok.com/@<user>/video/<id>; tiktok.com/embed/v2/<id>
 * - facebook.com posts and videos; facebook.com/plugins/(post|video).php?href=<the post>
 */
export function embedTargetOf(address: string): EmbedTarget | null {
  const url = parse(address.trim());
  if (!url) return null;
  const host = hostOf(url);
  const parts = url.pathname.split('/').filter(Boolean);
  const video = youtubeId(url.href);
  if (video) return { provider: 'youtube', url: `https://www.youtube.com/watch?v=${video}` };
  if (host === 'twitter.com' || host === 'x.com') {
    const status = parts.indexOf('status');
    const id = parts[status + 1];
    const user = parts[status - 1];
    if (status > 0 && user && id && /^\d+$/.test(id)) return { provider: 'x', url: `https://x.com/${encodeURIComponent(user)}/status/${id}` };
    return null;
  }
  if (host === 'platform.twitter.com') {
    const id = url.searchParams.get('id');
    return id && /^\d+$/.test(id) ? { provider: 'x', url: `https://x.com/i/status/${id}` } : null;
  }
  if (host === 'instagram.com') {
    const [kind, id] = parts;
    if (kind && id && ['p', 'reel', 'tv'].includes(kind) && /^[\w-]+$/.test(id)) return { provider: 'instagram', url: `https://www.instagram.com/${kind}/${id}/` };
    return null;
  }
  if (host === 'tiktok.com') {
    if (/^@[\w.]+$/.test(parts[0] ?? '') && parts[1] === 'video' && /^\d+$/.test(parts[2] ?? '')) {
      return { provider: 'tiktok', url: `https://www.tiktok.com/${parts[0]}/video/${parts[2]}` };
    }
    const id = parts[0] === 'embed' ? parts.find((part) => /^\d+$/.test(part)) : undefined;
    return id ? { provider: 'tiktok', url: `https://www.tiktok.com/embed/v2/${id}` } : null;
  }
  if (host === 'facebook.com' || host === 'fb.watch') {
    if (parts[0] === 'plugins') {
      const inner = url.searchParams.get('href');
      const target = inner ? parse(inner) : null;
      return target && target !== url && hostOf(target) === 'facebook.com' && target.pathname.length > 1 ? { provider: 'facebook', url: `https://www.facebook.com${target.pathname}${target.search}` } : null;
    }
    if (parts.length === 0) return null;
    return { provider: 'facebook', url: `https://${host === 'fb.watch' ? 'fb.watch' : 'www.facebook.com'}${url.pathname}${url.search}` };
  }
  return null;
}
