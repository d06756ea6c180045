import { describe, expect, it } from 'vitest';
import { articleDescription, describe as describeText, pageHead, renderHead } from '../../src/app/head';
import type { Article } from '../../src/content/schema';
import { SEED_SLUG, sampleArticle } from '../msw/sample-api';

function parseHead(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

describe('the head of an article', () => {
  const article = sampleArticle();
  const doc = parseHead(renderHead(pageHead({ kind: 'article', article })));
  const url = `https://warta.example/post/read/${SEED_SLUG}`;

  it('has title, description and canonical URL', () => {
    expect(doc.title).toBe(`${article.headline} | Warta`);
    expect(meta(doc, 'description')).toMatch(/^MerahPutih\.com - Sekitar 18 tentara Korea Utara/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'robots')).toBeNull();
  });

  it('has everything a link preview reads', () => {
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:title')).toBe(article.headline);
    expect(meta(doc, 'og:url')).toBe(url);
    expect(meta(doc, 'og:site_name')).toBe('Warta');
    expect(meta(doc, 'og:locale')).toBe('id_ID');
    expect(meta(doc, 'og:image')).toMatch(/^https:\/\/warta\.example\/images\/bendera-korea-utara-[0-9a-f]+-og\.jpg$/);
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta(doc, 'article:published_time')).toBe('2024-10-17T14:05:00+07:00');
    expect(meta(doc, 'article:modified_time')).toBe('2024-10-17T14:05:00+07:00');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('https://warta.example/feed.xml');
  });

  it('has NewsArticle JSON-LD that parses', () => {
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      datePublished: '2024-10-17T14:05:00+07:00',
      dateModified: '2024-10-17T14:05:00+07:00',
      publisher: { '@type': 'Organization', name: 'Warta', logo: { url: 'https://warta.example/logo-512.png' } },
    });
    expect(data.image).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/warta\.example\/images\//)]));
    expect(data).toHaveProperty('author');
  });

  it('keeps markup in a headline as text, in attributes, the title and the JSON-LD', () => {
    const hostile: Article = { ...article, headline: 'Awas "kutip" </script><script>alert(1)</script><!-- & <b>tebal</b>' };
    const hostileDoc = parseHead(renderHead(pageHead({ kind: 'article', article: hostile })));
    expect(hostileDoc.querySelectorAll('script')).toHaveLength(1);
    expect(hostileDoc.querySelector('b')).toBeNull();
    expect(hostileDoc.title).toBe(`${hostile.headline} | Warta`);
    expect(meta(hostileDoc, 'og:title')).toBe(hostile.headline);
    const data = JSON.parse(hostileDoc.querySelector('script')?.textContent ?? '') as { headline: string };
    expect(data.headline).toBe(hostile.headline);
  });
});

describe('the head of other pages', () => {
  it('gives the home page a description, canonical URL and a 1200×630 share image', () => {
    const doc = parseHead(renderHead(pageHead({ kind: 'home', page: 1, pageCount: 1 })));
    expect(doc.title).toBe('Warta — Berita terkini');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://warta.example/');
    expect(meta(doc, 'og:type')).toBe('website');
    expect(meta(doc, 'og:image')).toBe('https://warta.example/og-warta.png');
    expect(meta(doc, 'description')).not.toBe('');
  });

  it('tells search engines not to index the not-found page', () => {
    const doc = parseHead(renderHead(pageHead({ kind: 'not-found' })));
    expect(doc.title).toBe('Halaman tidak ditemukan | Warta');
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe('descriptions', () => {
  it('prefer the summary, else the lead paragraph', () => {
    const article = sampleArticle();
    expect(articleDescription({ ...article, summary: 'Ringkasan.' })).toBe('Ringkasan.');
    expect(articleDescription({ ...article, summary: '  ' })).toMatch(/^MerahPutih\.com - /);
  });

  it('are cut at a word to at most 160 characters', () => {
    const long = 'kata '.repeat(60);
    const text = describeText(long);
    expect(text.length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/kata…$/);
  });
});
