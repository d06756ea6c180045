/**
 * content:import: each input shape imports to its golden authoring files (tests/fixtures/import/*.golden.json,
 * rewritten with `npx vitest -u` after a deliberate change, and read in review), and the seed article, as a
 * WordPress site would send it, imports to the sample's own article.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importStories, slugFromAddress, slugify } from '../../scripts/import/import-stories';
import { splitCredit } from '../../scripts/import/credits';
import type { SourceArticle } from '../../scripts/content/source';

const fixtures = path.resolve(__dirname, '../fixtures/import');
const NOW = new Date('2026-01-01T00:00:00Z');
const importFixture = async (name: string) => importStories(await readFile(path.join(fixtures, name), 'utf8'), { now: NOW });

describe('content:import golden files', () => {
  it.each(['wordpress-posts.json', 'feed.rss.xml', 'feed.atom.xml', 'ninjs-2.json', 'ninjs-3.json'])('%s imports to its golden authoring files', async (name) => {
    const result = await importFixture(name);
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(path.join(fixtures, `${name.replace(/\.\w+$/, '')}.golden.json`));
  });
});

describe('the seed article from WordPress', () => {
  it('imports to the same article as the sample', async () => {
    const { articles, report } = await importFixture('seed-wordpress.json');
    const sample = JSON.parse(
      await readFile(path.resolve(__dirname, '../../content/sample/articles/media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia.json'), 'utf8'),
    ) as SourceArticle;
    const imported = articles.find((article) => article.slug === sample.slug);
    expect(imported).toBeDefined();
    // The picture is the publisher's (an https address) where the sample's is a stand-in file; the
    // related list is made of the import's three stories. Every other field is the sample's.
    const { image, related, ...rest } = imported ?? ({} as SourceArticle);
    const { image: sampleImage, related: sampleRelated, ...sampleRest } = sample;
    expect(rest).toEqual(sampleRest);
    expect(sampleRelated?.length).toBeGreaterThan(0);
    expect(image).toMatchObject({ url: 'https://img.merahputih.com/media/2024/10/bendera-korea-utara.jpg', caption: sampleImage?.caption, credit: sampleImage?.credit });
    expect(related).toEqual(expect.arrayContaining(sample.body.flatMap((block) => (block.type === 'read-also' ? block.links.flatMap((link) => ('slug' in link ? [link.slug] : [])) : []))));
    expect(report).toEqual([
      `${sample.slug}: dropped <div class="iklan-tengah">: an advertisement`,
      `${sample.slug}: dropped <img src="https://stats.merahputih.com/pixel.gif?id=812">: a tracking pixel`,
      `${sample.slug}: dropped <div class="share-buttons">: share buttons: Warta has its own "Bagikan"`,
    ]);
  });
});

describe('one story at a time', () => {
  const post = (id: number, content: string, extra: Record<string, unknown> = {}) => ({
    id,
    date_gmt: '2025-03-01T01:00:00',
    link: `https://penerbit.example/berita/${id}`,
    title: { rendered: `Judul ${id}` },
    content: { rendered: content },
    ...extra,
  });

  it('never lets a broken story stop the others, and says which was left out and why', () => {
    const input = JSON.stringify([post(1, '<p>Satu.</p>'), { id: 2, content: { rendered: '<p>Tanpa judul.</p>' } }, post(3, '<script>x()</script>'), post(4, '<p>Empat.</p>')]);
    const { articles, report } = importStories(input, { now: NOW });
    expect(articles.map((article) => article.headline)).toEqual(['Judul 1', 'Judul 4']);
    expect(report).toEqual(expect.arrayContaining(['post 2: no title', 'post 3 ("Judul 3"): no content']));
  });

  it('gives every story a unique slug that fits the pattern, from its address or else its title', () => {
    const input = JSON.stringify([
      post(1, '<p>A.</p>', { link: 'https://penerbit.example/read/2025/03/01/123/Judul-Berita-Ini.html' }),
      post(2, '<p>B.</p>', { link: 'https://penerbit.example/read/2025/03/01/124/judul-berita-ini/' }),
      post(3, '<p>C.</p>', { link: 'https://penerbit.example/?p=3', title: { rendered: 'Ma&#8217;ruf Amin: &laquo;Jum&#8217;at&raquo; Berkah' } }),
      post(4, '<p>D.</p>', { link: 'https://penerbit.example/999', title: { rendered: '!!!' } }),
    ]);
    expect(importStories(input, { now: NOW }).articles.map((article) => article.slug)).toEqual(['judul-berita-ini', 'judul-berita-ini-2', 'maruf-amin-jumat-berkah', 'berita']);
    expect(slugFromAddress('https://x.example/2024/10/17/')).toBe('');
    expect(slugify('a'.repeat(150) + ' ' + 'b'.repeat(150))).toBe('a'.repeat(150));
  });

  it('keeps the words of an unsafe link, never its address, and resolves relative addresses against the story', () => {
    const input = JSON.stringify([post(1, '<p><a href="javascript:alert(1)">Klik</a> lalu <a href=" data:text/html,x">ini</a> dan <a href="/tentang">itu</a>.</p><p><img src="data:image/png;base64,AAAA" alt="Peta"></p>')]);
    const [article] = importStories(input, { now: NOW }).articles;
    expect(article?.body[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Klik lalu ini dan ' },
        { type: 'link', text: 'itu', href: 'https://penerbit.example/tentang' },
        { type: 'text', text: '.' },
      ],
    });
    expect(article?.body[1]).toEqual({ type: 'image', image: { file: 'gambar-tidak-tersedia.svg', alt: 'Gambar tidak tersedia: Peta' } });
  });

  it('links a story of the same import to its page on Warta, by any address it is known by', () => {
    const input = JSON.stringify([
      post(1, '<p>Lihat <a href="http://www.penerbit.example/berita/2/">kabar kedua</a>.</p><p>Baca juga: <a href="https://penerbit.example/?p=2">Judul 2</a></p>'),
      post(2, '<p>Dua.</p>', { guid: { rendered: 'https://penerbit.example/?p=2' } }),
    ]);
    const [first] = importStories(input, { now: NOW }).articles;
    expect(first?.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Lihat ' }, { type: 'link', text: 'kabar kedua', href: '/post/read/judul-2' }, { type: 'text', text: '.' }] },
      { type: 'read-also', links: [{ slug: 'judul-2' }] },
    ]);
  });
});

describe('captions and credits', () => {
  it.each([
    ['Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)', { caption: 'Bendera Korea Utara.', credit: 'Foto: Unsplash/Micha Brändli' }],
    ['Suasana sidang. Foto: ANTARA/Dhemas', { caption: 'Suasana sidang.', credit: 'Foto: ANTARA/Dhemas' }],
    ['Gunung Semeru. ©Getty Images', { caption: 'Gunung Semeru.', credit: '©Getty Images' }],
    ['Presiden di Istana. (REUTERS/Willy Kurniawan)', { caption: 'Presiden di Istana.', credit: 'REUTERS/Willy Kurniawan' }],
    ['Foto: Dok. Warta', { credit: 'Foto: Dok. Warta' }],
    ['Hanya keterangan, tanpa kredit.', { caption: 'Hanya keterangan, tanpa kredit.' }],
  ])('%s', (text, expected) => {
    expect(splitCredit(text)).toEqual(expected);
  });
});
