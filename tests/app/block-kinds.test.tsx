/**
 * Every block kind and the article fields of #16, as a reader meets them in the sample's story that
 * holds them all (content/sample/articles/contoh-semua-jenis-blok-artikel-warta.json).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { sampleArticle } from '../msw/sample-api';

const KINDS_SLUG = 'contoh-semua-jenis-blok-artikel-warta';
const story = sampleArticle(KINDS_SLUG);

async function openStory() {
  const rendered = renderApp(`/post/read/${KINDS_SLUG}`);
  const article = await screen.findByRole('article', { name: story.headline });
  return { ...rendered, article };
}

describe('the article fields', () => {
  it('says who wrote it, "Oleh A dan B", under the headline', async () => {
    const { article } = await openStory();
    expect(within(article).getByText('Oleh Redaksi Warta dan Tim Produk Warta')).toBeInTheDocument();
  });

  it('opens the first paragraph with the dateline in bold', async () => {
    const { article } = await openStory();
    const dateline = within(article).getByText('Jakarta -');
    expect(dateline.tagName).toBe('STRONG');
    expect(dateline.closest('p')).toHaveTextContent(/^Jakarta - Teks contoh: artikel ini bukan berita\./);
  });

  it('lists its tags, each a link to the tag’s page', async () => {
    const { article } = await openStory();
    const tags = within(article).getByRole('navigation', { name: 'Topik' });
    expect(within(tags).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Contoh', '/tag/contoh'],
      ['Format Artikel', '/tag/format-artikel'],
    ]);
  });

  it('opens a tag’s page: its name as the heading, its stories below', async () => {
    const { user, article } = await openStory();
    await user.click(within(article).getByRole('link', { name: 'Contoh' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Topik: Contoh' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: story.headline })).toHaveAttribute('href', `/post/read/${KINDS_SLUG}`);
    expect(document.title).toBe('Topik: Contoh | Warta');
  });
});

describe('the block kinds', () => {
  it('headings at levels 2 to 4 under the headline', async () => {
    const { article } = await openStory();
    expect(within(article).getByRole('heading', { level: 2, name: 'Daftar bernomor dan daftar berbutir' })).toBeInTheDocument();
    expect(within(article).getByRole('heading', { level: 3, name: 'Tabel' })).toBeInTheDocument();
    expect(within(article).getByRole('heading', { level: 4, name: 'Kutipan tarik' })).toBeInTheDocument();
  });

  it('a numbered list and a bulleted one, their items with their links', async () => {
    const { article } = await openStory();
    const [numbered, bulleted] = within(article)
      .getAllByRole('list')
      .filter((list) => ['OL', 'UL'].includes(list.tagName) && !list.closest('nav, aside, figure'));
    expect(numbered?.tagName).toBe('OL');
    expect(within(numbered as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Judul yang jelas.',
      'Paragraf pendek, mudah dibaca di layar kecil.',
      'Tautan ke halaman utama Warta.',
    ]);
    expect(within(numbered as HTMLElement).getByRole('link', { name: 'halaman utama Warta' })).toHaveAttribute('href', '/');
    expect(bulleted?.tagName).toBe('UL');
    expect(within(bulleted as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
  });

  it('a table with its caption, column headers and rows, in a region a keyboard can scroll', async () => {
    const { article } = await openStory();
    const table = within(article).getByRole('table', { name: 'Teks contoh: jenis blok dan kegunaannya' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Blok', 'Kegunaan', 'Perlu JavaScript?']);
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    const region = within(article).getByRole('region', { name: 'Teks contoh: jenis blok dan kegunaannya' });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('a pull quote shown large, and a divider', async () => {
    const { article } = await openStory();
    expect(within(article).getByText('“Paragraf pendek, mudah dibaca di layar kecil.”')).toBeInTheDocument();
    expect(article.querySelector('hr')).not.toBeNull();
  });

  it('"Baca juga" of several links: a story of the site in the app, another site’s in a new tab', async () => {
    const { article } = await openStory();
    const box = within(article).getByRole('complementary', { name: 'Baca juga' });
    const links = within(box).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/post/read/dpr-sahkan-uu-ekstradisi-ri-rusia',
      '/post/read/otoritas-kamchatka-umumkan-pencabutan-peringatan-tsunami',
      'https://www.bbc.com/indonesia',
    ]);
    expect(links[2]).toHaveAttribute('target', '_blank');
    expect(links[2]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links[2]).toHaveAccessibleName('Teks contoh: tautan ke situs lain, BBC News Indonesia (membuka tab baru)');
  });

  it('a gallery: a focusable row of photos, each with its place, caption and credit', async () => {
    const { article } = await openStory();
    const gallery = within(article).getByRole('list', { name: 'Teks contoh: gambar pengganti buatan Warta · Galeri foto, 3 foto' });
    expect(gallery).toHaveAttribute('tabindex', '0');
    const photos = within(gallery).getAllByRole('listitem');
    expect(photos).toHaveLength(3);
    expect(photos[0]).toHaveTextContent('Foto 1 dari 3 Laut. (Ilustrasi: Warta)');
    expect(within(photos[1] as HTMLElement).getByRole('img', { name: 'Gambar pengganti: ilustrasi barisan bendera' })).toBeInTheDocument();
  });

  it('the publisher’s video: nothing fetched before play, its poster, size and captions', async () => {
    const { article } = await openStory();
    const video = article.querySelector('video');
    expect(video).not.toBeNull();
    expect(video).toHaveAttribute('preload', 'none');
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('width', '640');
    expect(video).toHaveAttribute('height', '360');
    expect(video?.getAttribute('poster')).toMatch(/^\/images\/gambar-contoh-video-[\w-]+\.jpg$/);
    expect(video?.querySelector('source')).toHaveAttribute('src', '/media/contoh-video.webm');
    expect(video?.querySelector('track')).toHaveAttribute('srclang', 'id');
    expect(video).toHaveAccessibleName('Teks contoh: pola uji warna (4 detik, tanpa suara) (Video, 0:04)');
  });

  it('embeds as cards that link out, with nothing of the provider’s in the page', async () => {
    const { article } = await openStory();
    for (const [name, href] of [
      ['Buka di X', 'https://x.com/bbcindonesia'],
      ['Buka di Instagram', 'https://www.instagram.com/bbcindonesia/'],
      ['Buka di TikTok', 'https://www.tiktok.com/@bbcindonesia'],
      ['Buka di Facebook', 'https://www.facebook.com/BBCnewsIndonesia'],
    ] as const) {
      const link = within(article).getByRole('link', { name: `${name} (membuka tab baru)` });
      expect(link).toHaveAttribute('href', href);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(article.querySelector('iframe, script')).toBeNull();
  });

  it('plays a YouTube video in the page, from youtube-nocookie.com, only after a tap', async () => {
    const { user, article } = await openStory();
    expect(article.querySelector('iframe')).toBeNull();
    await user.click(within(article).getByRole('button', { name: 'Putar video: Teks contoh: Big Buck Bunny' }));
    const player = within(article).getByTitle('Video YouTube: Teks contoh: Big Buck Bunny');
    expect(player.tagName).toBe('IFRAME');
    expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1&rel=0');
    expect(player).toHaveFocus();
  });
});
