import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { TeaserListContract as TeaserList } from '../../src/content/contract';
import { buildApi, imageRefsOf, LATEST_PAGE_SIZE, mediaFilesOf, tagSlug } from '../../scripts/content/build-api';
import type { ImageIndex } from '../../scripts/content/images';
import { loadContent, type SourceArticle, type SourceContent } from '../../scripts/content/source';

const noImages: ImageIndex = new Map();

function article(n: number, extra: Partial<SourceArticle> = {}): SourceArticle {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    slug: `artikel-${n}`,
    headline: `Artikel ${n}`,
    category: 'dunia',
    publishedAt: `2025-${String((n % 12) + 1).padStart(2, '0')}-${day}T10:00:00+07:00`,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: `Isi ${n}.` }] }],
    ...extra,
  };
}

const contentOf = (articles: SourceArticle[]): SourceContent => ({
  dir: 'memori',
  categories: [{ slug: 'dunia', name: 'Dunia' }],
  articles,
});

describe('tags, bylines, datelines and media (#16)', () => {
  it('makes a tag’s slug of its name: lowercase ASCII, accents dropped, hyphens between words', () => {
    expect(tagSlug('Korea Utara')).toBe('korea-utara');
    expect(tagSlug('  Pemilu 2024: Hasil  ')).toBe('pemilu-2024-hasil');
    expect(tagSlug('Café Señor')).toBe('cafe-senor');
    expect(() => tagSlug('!!!')).toThrow('no letter or digit');
  });

  it('gives each tag a page of its stories, newest first, and lists the tags', () => {
    const files = buildApi(
      contentOf([article(1, { tags: ['Korea Utara', 'Rusia'] }), article(2, { tags: ['Korea Utara'] }), article(3)]),
      noImages,
    );
    expect(files.get('articles/artikel-1.json')).toMatchObject({ tags: [{ slug: 'korea-utara', name: 'Korea Utara' }, { slug: 'rusia', name: 'Rusia' }] });
    expect(files.get('articles/artikel-3.json')).not.toHaveProperty('tags');
    const tagPage = files.get('tags/korea-utara/1.json') as TeaserList;
    expect(tagPage.tag).toEqual({ slug: 'korea-utara', name: 'Korea Utara' });
    expect(tagPage.items.map((item) => item.slug)).toEqual(['artikel-2', 'artikel-1']);
    expect(files.get('tags.json')).toEqual({ items: [{ slug: 'korea-utara', name: 'Korea Utara', count: 2 }, { slug: 'rusia', name: 'Rusia', count: 1 }] });
  });

  it('passes the byline and dateline through, and serves a video’s files under /media/', () => {
    const video = { type: 'video' as const, src: 'klip.webm', mimeType: 'video/webm', width: 640, height: 360, duration: 4, title: 'Klip', captions: { src: 'klip.vtt', lang: 'id', label: 'Indonesia' } };
    const content = contentOf([article(1, { byline: ['Ana', 'Budi'], dateline: 'Jakarta', body: [video] })]);
    expect(buildApi(content, noImages).get('articles/artikel-1.json')).toMatchObject({
      byline: ['Ana', 'Budi'],
      dateline: 'Jakarta',
      body: [{ ...video, src: '/media/klip.webm', captions: { src: '/media/klip.vtt', lang: 'id', label: 'Indonesia' } }],
    });
    expect(mediaFilesOf(content)).toEqual(['klip.webm', 'klip.vtt']);
  });
});

describe('pictures and videos on the publisher’s host (#17)', () => {
  it('serves them at their own https address, in a box of their declared size (16:9 when none), with nothing made of them', () => {
    const remote = { url: 'https://gambar.penerbit.example/a.jpg', width: 1200, height: 800, alt: 'Perahu', caption: 'Perahu nelayan.', credit: 'Foto: Penerbit' };
    const unsized = { url: 'https://gambar.penerbit.example/b.jpg', alt: 'Pasar' };
    const video = { type: 'video' as const, src: 'https://video.penerbit.example/klip.mp4', mimeType: 'video/mp4', width: 1280, height: 720, duration: 0, title: 'Klip' };
    const content = contentOf([article(1, { image: remote, body: [{ type: 'image', image: unsized }, video] })]);
    const files = buildApi(content, noImages);
    expect(files.get('articles/artikel-1.json')).toMatchObject({
      image: { src: remote.url, width: 1200, height: 800, alt: 'Perahu', caption: 'Perahu nelayan.', credit: 'Foto: Penerbit' },
      shareImage: { src: remote.url, width: 1200, height: 800 },
      body: [{ type: 'image', image: { src: unsized.url, width: 1280, height: 720, alt: 'Pasar' } }, video],
    });
    expect((files.get('articles/artikel-1.json') as { image: object }).image).not.toHaveProperty('variants');
    expect((files.get('latest/1.json') as TeaserList).items[0]?.image).toMatchObject({ src: remote.url });
    expect(mediaFilesOf(content)).toEqual([]);
    expect(imageRefsOf(content)).toEqual([]);
  });
});

describe('buildApi', () => {
  it('pages the latest stories newest first, the same size every page', () => {
    const files = buildApi(contentOf(Array.from({ length: 45 }, (_, n) => article(n))), noImages);
    const pages = [1, 2, 3].map((page) => files.get(`latest/${page}.json`) as TeaserList);
    expect(pages.map((page) => page.items.length)).toEqual([LATEST_PAGE_SIZE, LATEST_PAGE_SIZE, 5]);
    expect(pages.every((page) => page.pageCount === 3)).toBe(true);
    const dates = pages.flatMap((page) => page.items.map((item) => Date.parse(item.publishedAt)));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(files.has('latest/4.json')).toBe(false);
  });

  it('keeps related stories in the editor’s order, without the article itself or repeats', () => {
    const files = buildApi(
      contentOf([article(1, { related: ['artikel-3', 'artikel-1', 'artikel-2', 'artikel-3'] }), article(2), article(3)]),
      noImages,
    );
    const related = files.get('related/artikel-1.json') as TeaserList;
    expect(related.items.map((item) => item.slug)).toEqual(['artikel-3', 'artikel-2']);
  });

  it('fills a "Baca juga" insert with the headline of the article it points at', () => {
    const files = buildApi(
      contentOf([
        article(1, { body: [{ type: 'read-also', links: [{ slug: 'artikel-2' }, { url: 'https://contoh.id/berita', headline: 'Di Situs Lain' }] }] }),
        article(2, { headline: 'Judul Kedua' }),
      ]),
      noImages,
    );
    expect(files.get('articles/artikel-1.json')).toMatchObject({
      body: [{ type: 'read-also', links: [{ slug: 'artikel-2', headline: 'Judul Kedua' }, { url: 'https://contoh.id/berita', headline: 'Di Situs Lain' }] }],
    });
  });
});

describe('loadContent', () => {
  async function folderWith(articles: unknown[]): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'warta-content-'));
    await mkdir(path.join(dir, 'articles'));
    await writeFile(path.join(dir, 'categories.json'), JSON.stringify([{ slug: 'dunia', name: 'Dunia' }]));
    for (const item of articles) {
      const slug = (item as { slug: string }).slug;
      await writeFile(path.join(dir, 'articles', `${slug}.json`), JSON.stringify(item));
    }
    return dir;
  }

  it('names the file and field of a bad article', async () => {
    const dir = await folderWith([{ ...article(1), headline: '' }]);
    await expect(loadContent(dir)).rejects.toThrow(/artikel-1\.json[\s\S]*headline/);
  });

  it('mends half an emoji (a lone surrogate) in any field, naming the file and the field', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dir = await folderWith([
      article(1, { headline: 'Banjir Rob Rendam Pesisir Jakarta Utara \ud83c', body: [{ type: 'paragraph', content: [{ type: 'text', text: '\udf0a air naik' }] }] }),
    ]);
    const content = await loadContent(dir);
    expect(content.articles[0]?.headline).toBe('Banjir Rob Rendam Pesisir Jakarta Utara \uFFFD');
    expect(content.articles[0]?.body[0]).toMatchObject({ content: [{ text: '\uFFFD air naik' }] });
    const said = warn.mock.calls.map((call) => String(call[0]));
    expect(said).toEqual([expect.stringMatching(/artikel-1\.json: headline held half an emoji/), expect.stringMatching(/artikel-1\.json: body\.0\.content\.0\.text held half an emoji/)]);
  });

  it('refuses a "Baca juga" that points nowhere', async () => {
    const dir = await folderWith([article(1, { body: [{ type: 'read-also', links: [{ slug: 'hilang' }] }] })]);
    await expect(loadContent(dir)).rejects.toThrow('"Baca juga" points at "hilang"');
  });
});
