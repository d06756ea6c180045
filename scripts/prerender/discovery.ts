/** sitemap.xml, robots.txt and the RSS 2.0 feed: pure builders, tested on their own. */

export interface DiscoveryEntry {
  /** Absolute URL of the page. */
  url: string;
  updatedAt?: string | undefined;
}

export interface ArticleEntry extends DiscoveryEntry {
  headline: string;
  description: string;
  publishedAt?: string | undefined;
  updatedAt?: string | undefined;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes markup characters and drops the control characters XML 1.0 does not allow. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();
const time = (iso: string | undefined) => (iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso));

export function buildSitemap(homeUrl: string, entries: readonly (DiscoveryEntry | ArticleEntry)[]): string {
  const lastmod = (entry: DiscoveryEntry) => entry.updatedAt;
  const newest = entries.map(lastmod).reduce<string | undefined>((latest, date) => (time(date) > time(latest) ? date : latest), undefined);
  const urls = [
    { loc: homeUrl, lastmod: newest },
    ...entries.map((entry) => ({ loc: entry.url, lastmod: lastmod(entry) })),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(({ loc, lastmod }) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function buildRobots(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}

export interface FeedChannel {
  title: string;
  link: string;
  description: string;
  feedUrl: string;
  language: string;
}

export function buildFeed(channel: FeedChannel, entries: readonly ArticleEntry[]): string {
  const newestFirst = [...entries].sort((a, b) => time(b.publishedAt) - time(a.publishedAt));
  const items = newestFirst.map((entry) =>
    [
      '    <item>',
      `      <title>${escapeXml(entry.headline)}</title>`,
      `      <link>${escapeXml(entry.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(entry.url)}</guid>`,
      ...(entry.publishedAt ? [`      <pubDate>${rfc822(entry.publishedAt)}</pubDate>`] : []),
      `      <description>${escapeXml(entry.description)}</description>`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language)}</language>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newestFirst[0]?.publishedAt ? [`    <lastBuildDate>${rfc822(newestFirst[0].publishedAt)}</lastBuildDate>`] : []),
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
