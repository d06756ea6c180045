import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiUrl, SEED_SLUG, sampleJson } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const SEED_PATH = `/post/read/${SEED_SLUG}`;
const ARTICLE = apiUrl(`articles/${SEED_SLUG}.json`);
const RELATED = apiUrl(`related/${SEED_SLUG}.json`);
type Json = Record<string, unknown> & { body: unknown[]; image: Record<string, unknown> };
const seedJson = () => sampleJson(`articles/${SEED_SLUG}.json`) as Json;
const relatedJson = () => sampleJson(`related/${SEED_SLUG}.json`) as { items: Record<string, unknown>[] };

function serveArticle(body: unknown) {
  server.use(http.get(ARTICLE, () => (typeof body === 'string' ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }) : HttpResponse.json(body as Record<string, unknown>))));
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  server.events.removeAllListeners();
});

describe('a payload the reader cannot use', () => {
  it.each([
    ['not JSON', '<!doctype html><title>Galat</title>'],
    ['truncated JSON', JSON.stringify(seedJson()).slice(0, 500)],
    ['{}', {}],
    ['an article without its headline', { ...seedJson(), headline: undefined }],
    ['an article without its body', { ...seedJson(), body: undefined }],
  ])('%s: "Artikel tidak dapat dimuat" with "Coba lagi", and nothing broken on screen', async (_, payload) => {
    serveArticle(payload);
    const { user } = renderApp(SEED_PATH);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('Artikel tidak dapat dimuat');
    expect(document.body).not.toHaveTextContent(/undefined|null|NaN|\[object Object\]/);
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
  });
});

describe('a payload with broken parts', () => {
  it('drops an unknown or malformed block and shows the rest', async () => {
    const json = seedJson();
    json.body.splice(2, 0, { type: 'embed', html: '<iframe src="https://evil.example"></iframe>' }, { type: 'paragraph' });
    serveArticle(json);
    renderApp(SEED_PATH);
    const article = await screen.findByRole('article', { name: seed.headline });
    expect(within(article).getByText(/^Pejabat intelijen/)).toBeInTheDocument();
    expect(within(article).getByText(/dimilikinya\./)).toBeInTheDocument();
    expect(article.querySelector('iframe')).toBeNull();
  });

  it('leaves out a date it cannot read: no "Invalid Date"', async () => {
    serveArticle({ ...seedJson(), publishedAt: '2024-99-99T99:99:99+07:00' });
    renderApp(SEED_PATH);
    const article = await screen.findByRole('article', { name: seed.headline });
    expect(article.querySelector('time')).toBeNull();
    expect(document.body).not.toHaveTextContent(/Invalid Date|NaN/);
  });

  it('keeps a placeholder in the hero’s box, and the caption, when the image has no safe source', async () => {
    const json = seedJson();
    json.image = { ...json.image, src: 'javascript:alert(1)', width: 0, height: -5 };
    serveArticle(json);
    renderApp(SEED_PATH);
    const figure = within(await screen.findByRole('article', { name: seed.headline })).getByRole('figure');
    const placeholder = within(figure).getByRole('img');
    expect(placeholder).toHaveAccessibleName(/Gambar tidak tersedia/);
    expect(figure.querySelector('svg')).toHaveAttribute('viewBox', '0 0 1600 900');
    expect(figure.querySelector('figcaption')).toHaveTextContent(seed.captionLine);
  });

  it('swaps an image that fails to load for the placeholder', async () => {
    renderApp(SEED_PATH);
    const figure = within(await screen.findByRole('article', { name: seed.headline })).getByRole('figure');
    fireEvent.error(within(figure).getByRole('img'));
    expect(within(figure).getByRole('img')).toHaveAccessibleName(/Gambar tidak tersedia/);
    expect(figure.querySelector('figcaption')).toHaveTextContent(seed.captionLine);
  });

  it('skips related items that are malformed, repeated or the article itself, and shows at most ten', async () => {
    const { items } = relatedJson();
    const [first, second] = items;
    const self = { ...first, slug: SEED_SLUG, headline: 'Artikel ini sendiri' };
    server.use(http.get(RELATED, () => HttpResponse.json({ items: [self, first, { slug: 'RUSAK', headline: 1 }, first, second, ...items, ...items] })));
    renderApp(SEED_PATH);
    const aside = await screen.findByRole('complementary', { name: 'Berita Terkait' });
    const headlines = (await within(aside).findAllByRole('heading', { level: 3 })).map((heading) => heading.textContent);
    expect(headlines).toEqual(seed.relatedHeadlines);
  });

  it('hides "Berita Terkait" when nothing in it can be shown', async () => {
    server.use(http.get(RELATED, () => HttpResponse.json({ items: [{ slug: SEED_SLUG, headline: 'Diri sendiri' }, 'sampah'] })));
    renderApp(SEED_PATH);
    await screen.findByRole('article', { name: seed.headline });
    await vi.waitFor(() => expect(screen.queryByText('Memuat berita terkait…')).not.toBeInTheDocument());
    expect(screen.queryByRole('complementary', { name: 'Berita Terkait' })).not.toBeInTheDocument();
  });

  it('renders a huge article, first blocks first and all of them in the end', async () => {
    const json = seedJson();
    json.body = Array.from({ length: 5000 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraf nomor ${index + 1}.` }] }));
    json.headline = `Judul ${'x'.repeat(500)}`;
    serveArticle(json);
    renderApp(SEED_PATH);
    expect(await screen.findByText('Paragraf nomor 1.')).toBeInTheDocument();
    expect(await screen.findByText('Paragraf nomor 5000.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Judul ${'x'.repeat(500)}`);
  });
});

describe('markup in the data', () => {
  it('shows as literal text everywhere and never becomes an element', async () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script><b>tebal</b>';
    const json = seedJson();
    json.headline = `Judul ${evil}`;
    json.image = { ...json.image, caption: `Keterangan ${evil}`, credit: `Kredit ${evil}`, alt: `Alt ${evil}` };
    json.body = [
      { type: 'paragraph', content: [{ type: 'text', text: `Isi ${evil}` }, { type: 'link', text: `Tautan ${evil}`, href: 'javascript:window.pwned=1' }] },
      { type: 'read-also', slug: 'dpr-sahkan-uu-ekstradisi-ri-rusia', headline: `Baca ${evil}` },
      { type: 'quote', text: `Kutipan ${evil}`, attribution: `Sumber ${evil}` },
    ];
    serveArticle(json);
    const related = relatedJson();
    related.items = related.items.map((item) => ({ ...item, headline: `Terkait ${evil}` }));
    server.use(http.get(RELATED, () => HttpResponse.json(related)));
    renderApp(SEED_PATH);
    const article = await screen.findByRole('article', { name: `Judul ${evil}` });
    await screen.findAllByText(`Terkait ${evil}`);
    const shown = article.textContent;
    for (const text of [`Isi ${evil}`, `Tautan ${evil}`, `Baca ${evil}`, `Kutipan ${evil}`, `Sumber ${evil}`, `Keterangan ${evil} (Kredit ${evil})`]) {
      expect(shown).toContain(text);
    }
    expect(within(article).getByRole('img')).toHaveAccessibleName(`Alt ${evil}`);
    expect(document.querySelectorAll('script, b, img[onerror]')).toHaveLength(0);
    // The javascript: link is dropped; its words stay as plain text.
    expect(within(article).queryByRole('link', { name: `Tautan ${evil}` })).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});
