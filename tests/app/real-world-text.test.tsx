/**
 * Text as real newsrooms send it (#11): half an emoji, right-to-left quotes inside Indonesian, and
 * characters that link-preview parsers mangle. Each kind is fixed once, where the text enters or in
 * the shared mechanism; these tests put it in every field a page shows.
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageHead, renderHead } from '../../src/app/head';
import { renderedPage } from '../render-page';
import { apiUrl, SEED_SLUG, sampleArticle, sampleJson } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';

const SEED_PATH = `/post/read/${SEED_SLUG}`;
type Json = Record<string, unknown> & { body: Record<string, unknown>[]; image: Record<string, unknown>; category: Record<string, unknown> };
const seedJson = () => sampleJson(`articles/${SEED_SLUG}.json`) as Json;
const relatedJson = () => sampleJson(`related/${SEED_SLUG}.json`) as { items: Record<string, unknown>[] };

/** The first half of 🌊 (U+1F30A): valid JSON ("\ud83c"), but not a character. */
const HALF = '\ud83c';
/** Any UTF-16 surrogate without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serve(article: unknown, related: unknown = relatedJson()) {
  server.use(
    http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => HttpResponse.json(article as Record<string, unknown>)),
    http.get(apiUrl(`related/${SEED_SLUG}.json`), () => HttpResponse.json(related as Record<string, unknown>)),
  );
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('half an emoji (a lone UTF-16 surrogate) in any field', () => {
  const headline = `Banjir Rob Rendam Pesisir Jakarta Utara ${HALF}`;
  const breakers: [string, (json: Json) => void][] = [
    ['the headline', (json) => (json.headline = headline)],
    ['the summary', (json) => (json.summary = `Air laut naik ${HALF}`)],
    ['the category name', (json) => (json.category = { slug: 'dunia', name: `Dunia ${HALF}` })],
    ['the caption, credit and alt text', (json) => (json.image = { ...json.image, caption: `Rob ${HALF}`, credit: `Foto: ${HALF}`, alt: `Air ${HALF}` })],
    ['a paragraph', (json) => json.body.unshift({ type: 'paragraph', content: [{ type: 'text', text: `Warga mengungsi ${HALF}` }] })],
    ['a link and its address', (json) => json.body.unshift({ type: 'paragraph', content: [{ type: 'link', text: `tautan ${HALF}`, href: `https://contoh.example/${HALF}` }] })],
    ['a quote and its attribution', (json) => json.body.unshift({ type: 'quote', text: `Air naik ${HALF}`, attribution: `Warga ${HALF}` })],
    ['a heading', (json) => json.body.unshift({ type: 'heading', text: `Dampak ${HALF}` })],
    ['the editor’s initials', (json) => (json.editor = { initials: `ikh${HALF}` })],
  ];

  it.each(breakers)('in %s: the page renders whole, with share links, head and JSON-LD that are all well-formed', async (_, breakIt) => {
    const json = seedJson();
    breakIt(json);
    serve(json);
    const page = await renderedPage(SEED_PATH);
    expect(page.status).toBe(200);
    expect(page.html + page.head + page.state).not.toMatch(LONE_SURROGATE);
    const doc = parse(`<head>${page.head}</head><body>${page.html}</body>`);
    const shareLinks = [...doc.querySelectorAll<HTMLAnchorElement>('a[href^="https://wa.me"], a[href^="https://www.facebook.com"], a[href^="https://x.com"], a[href^="https://t.me"]')];
    expect(shareLinks).toHaveLength(4);
    for (const link of shareLinks) expect(() => [...new URL(link.href).searchParams.values()].map(decodeURIComponent)).not.toThrow();
    expect(() => JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '') as unknown).not.toThrow();
  });

  it('in a related headline: "Berita Terkait" lists it, with U+FFFD in place of the half', async () => {
    const related = relatedJson();
    related.items[0] = { ...related.items[0], headline: headline };
    serve(seedJson(), related);
    const page = await renderedPage(SEED_PATH);
    expect(page.html).not.toMatch(LONE_SURROGATE);
    expect(parse(page.html).querySelector('aside')?.textContent).toContain('Banjir Rob Rendam Pesisir Jakarta Utara \uFFFD');
  });

  it('in the reader: the headline shows U+FFFD and the share bar is whole, not its fallback', async () => {
    serve({ ...seedJson(), headline });
    renderApp(SEED_PATH);
    const article = await screen.findByRole('article', { name: 'Banjir Rob Rendam Pesisir Jakarta Utara \uFFFD' });
    const share = within(article).getByRole('region', { name: 'Bagikan' });
    const whatsapp = within(share).getByRole('link', { name: /WhatsApp/ });
    expect(new URL(whatsapp.getAttribute('href') ?? '').searchParams.get('text')).toContain('Jakarta Utara \uFFFD');
  });

  it('in a list: the home page shows the story', async () => {
    const latest = sampleJson('latest/1.json') as { items: Record<string, unknown>[] };
    latest.items[0] = { ...latest.items[0], headline };
    server.use(http.get(apiUrl('latest/1.json'), () => HttpResponse.json(latest)));
    const page = await renderedPage('/');
    expect(page.html + page.state).not.toMatch(LONE_SURROGATE);
    expect(parse(page.html).body.textContent).toContain('Jakarta Utara \uFFFD');
  });
});

describe('text in another script inside Indonesian', () => {
  const prayer = 'ذَهَبَ الظَّمَأُ';

  it('isolates a run marked with its language, so the digit after it stays after it', async () => {
    const json = seedJson();
    json.body.unshift({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Doa "' },
        { type: 'text', text: prayer, lang: 'ar' },
        { type: 'text', text: '" 1 kali' },
      ],
    });
    serve(json);
    renderApp(SEED_PATH);
    const run = await screen.findByText(prayer);
    expect(run.tagName).toBe('BDI');
    expect(run).toHaveAttribute('lang', 'ar');
    expect(run.closest('p')).toHaveTextContent(`Doa "${prayer}" 1 kali`);
  });

  it('keeps the text of a run whose language tag cannot be one, without the tag', async () => {
    const json = seedJson();
    json.body.unshift({ type: 'paragraph', content: [{ type: 'text', text: prayer, lang: '<script>' }] });
    serve(json);
    renderApp(SEED_PATH);
    const run = await screen.findByText(prayer);
    expect(run.tagName).toBe('P');
    expect(run).not.toHaveAttribute('lang');
  });

  it('lets every block of text, the headline, the caption and the teasers take their direction from their own text', async () => {
    const json = seedJson();
    json.body.unshift({ type: 'quote', text: `${prayer}.`, attribution: 'Hadis riwayat Abu Dawud' }, { type: 'heading', text: prayer });
    serve({ ...json, headline: `${prayer} dibaca saat berbuka` });
    renderApp(SEED_PATH);
    const article = await screen.findByRole('article');
    expect(within(article).getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'auto');
    expect(within(article).getByRole('heading', { level: 2, name: prayer })).toHaveAttribute('dir', 'auto');
    expect(within(article).getByText(`${prayer}.`)).toHaveAttribute('dir', 'auto');
    expect(article.querySelector('figcaption')).toHaveAttribute('dir', 'auto');
    expect(within(article).getByText(/^Pejabat intelijen/)).toHaveAttribute('dir', 'auto');
    const related = await screen.findByRole('complementary', { name: 'Berita Terkait' });
    for (const heading of within(related).getAllByRole('heading', { level: 3 })) expect(heading).toHaveAttribute('dir', 'auto');
  });
});

describe('link-preview attributes', () => {
  it('escape only what HTML needs, with named references a simple parser decodes', () => {
    const article = { ...sampleArticle(), headline: `Ma'ruf Amin: "Kiai" & <Santri>` };
    const head = renderHead(pageHead({ kind: 'article', article }));
    expect(head).toContain(`<meta property="og:title" content="Ma'ruf Amin: &quot;Kiai&quot; &amp; &lt;Santri&gt;">`);
    expect(head).toContain(`<title>Ma'ruf Amin: &quot;Kiai&quot; &amp; &lt;Santri&gt; | Warta</title>`);
    expect(head).not.toMatch(/&#\d+;/);
    const doc = parse(`<head>${head}</head>`);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(article.headline);
    expect(doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content')).toBe(article.headline);
  });
});
