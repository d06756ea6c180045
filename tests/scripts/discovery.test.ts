import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildFeed, buildRobots, buildSitemap, type ArticleEntry } from '../../scripts/prerender/discovery';
import { fillTemplate } from '../../src/server/fill-template';

const entries: ArticleEntry[] = [
  {
    url: 'https://warta.example/post/read/lama',
    headline: 'Lama & "kutip" <b>',
    description: 'Deskripsi\u0001 lama',
    publishedAt: '2024-10-17T14:05:00+07:00',
    updatedAt: '2024-10-18T09:00:00+07:00',
  },
  {
    url: 'https://warta.example/post/read/baru',
    headline: 'Baru',
    description: 'Deskripsi baru',
    publishedAt: '2025-09-23T15:20:00+07:00',
    updatedAt: '2025-09-23T15:20:00+07:00',
  },
];
const parser = new XMLParser({ ignoreAttributes: false });

describe('sitemap.xml', () => {
  it('lists the home page and every article with its lastmod, as valid XML', () => {
    const xml = buildSitemap('https://warta.example/', entries);
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const urls = (parser.parse(xml) as { urlset: { url: { loc: string; lastmod: string }[] } }).urlset.url;
    expect(urls.map((url) => url.loc)).toEqual(['https://warta.example/', ...entries.map((entry) => entry.url)]);
    expect(urls[0]?.lastmod).toBe('2025-09-23T15:20:00+07:00');
    expect(urls[1]?.lastmod).toBe('2024-10-18T09:00:00+07:00');
  });
});

describe('feed.xml', () => {
  it('is RSS 2.0 with title, link, guid, pubDate and description, newest first, text escaped', () => {
    const xml = buildFeed(
      { title: 'Warta', link: 'https://warta.example/', description: 'Berita', feedUrl: 'https://warta.example/feed.xml', language: 'id' },
      entries,
    );
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    const rss = (parser.parse(xml) as { rss: { '@_version': string; channel: { item: Record<string, unknown>[] } } }).rss;
    expect(rss['@_version']).toBe('2.0');
    const [newest, oldest] = rss.channel.item;
    expect(newest).toMatchObject({ title: 'Baru', link: 'https://warta.example/post/read/baru', pubDate: 'Tue, 23 Sep 2025 08:20:00 GMT' });
    expect(oldest?.title).toBe('Lama & "kutip" <b>');
    expect(oldest?.description).toBe('Deskripsi lama');
    expect(oldest?.guid).toMatchObject({ '#text': 'https://warta.example/post/read/lama', '@_isPermaLink': 'true' });
  });
});

describe('robots.txt', () => {
  it('allows everything and names the sitemap', () => {
    expect(buildRobots('https://warta.example/sitemap.xml')).toMatch(/^User-agent: \*\nAllow: \/\n[\s\S]*^Sitemap: https:\/\/warta\.example\/sitemap\.xml$/m);
  });
});

describe('fillTemplate', () => {
  const template = '<head><!--app-head--><title>x</title><!--/app-head--></head><body><div id="root"><!--app-html--></div></body>';

  it('puts head, markup and state where they belong, taking "$&" and "$1" literally', () => {
    const page = fillTemplate(template, { head: '<title>$& $1</title>', html: '<p>$`</p>', state: '<script>{}</script>' });
    expect(page).toBe('<head><title>$& $1</title></head><body><div id="root"><p>$`</p></div>  <script>{}</script>\n  </body>');
  });

  it('refuses a template without its markers', () => {
    expect(() => fillTemplate('<html></html>', { head: '', html: '', state: '' })).toThrow(/marker/);
  });
});
