/**
 * Posts of other services (YouTube, X, Instagram, TikTok, Facebook) in a story: nothing is requested
 * from them until the reader acts, and only YouTube plays in the page, from youtube-nocookie.com
 * (YouTube's privacy-enhanced mode), the one frame origin the Content-Security-Policy allows
 * (docs/decisions/0009-embeds-as-cards.md).
 */

export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The video id of a YouTube address: youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts/ID,
 * youtube.com/embed/ID, youtube.com/live/ID (any of www., m., music.). Null for anything else.
 */
export function youtubeId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.replace(/^(?:www|m|music)\./, '');
  const [first = '', second = ''] = parsed.pathname.split('/').filter(Boolean);
  let id: string | null = null;
  if (host === 'youtu.be') id = first;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (first === 'watch') id = parsed.searchParams.get('v');
    else if (['shorts', 'embed', 'live', 'v'].includes(first)) id = second;
  }
  return id !== null && YOUTUBE_ID.test(id) ? id : null;
}

/** The player's address for a video id: privacy-enhanced mode, playing at once (the reader pressed play). */
export function youtubeEmbedUrl(id: string): string {
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${id}?autoplay=1&rel=0`;
}
