import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ArticleSchema, DEFAULT_IMAGE_SIZE, saneImageSize, TeaserListSchema } from '../../src/content/schema';
import { SEED_SLUG, sampleArticle, sampleJson } from '../msw/sample-api';

const seedJson = () => sampleJson(`articles/${SEED_SLUG}.json`) as Record<string, unknown> & { body: unknown[]; image: Record<string, unknown> };
const parse = (input: unknown) => v.safeParse(ArticleSchema, input);

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the reader’s article parser', () => {
  it('takes the sample article as it is', () => {
    expect(parse(seedJson()).output).toEqual(sampleArticle());
  });

  it.each([
    ['an empty object', {}],
    ['no headline', { ...seedJson(), headline: undefined }],
    ['a blank headline', { ...seedJson(), headline: '   ' }],
    ['no body', { ...seedJson(), body: undefined }],
    ['a body that is not a list', { ...seedJson(), body: 'teks' }],
    ['a body with no usable block', { ...seedJson(), body: [{ type: 'html', html: '<p>x</p>' }, null, 42] }],
    ['a string', 'artikel'],
    ['null', null],
  ])('refuses %s', (_, input) => {
    expect(parse(input).success).toBe(false);
  });

  it('drops an unknown block type and a malformed block alone, with a warning in development', () => {
    const json = seedJson();
    const good = json.body.length;
    json.body.splice(1, 0, { type: 'video', url: 'https://example.com/v.mp4' }, { type: 'paragraph', content: 'bukan daftar' });
    const article = v.parse(ArticleSchema, json);
    expect(article.body).toHaveLength(good);
    expect(article.body).toEqual(sampleArticle().body);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('block');
  });

  it('drops a broken text run but keeps its paragraph', () => {
    const json = seedJson();
    json.body[0] = { type: 'paragraph', content: [{ type: 'text', text: 'Tetap.' }, { type: 'text', text: 7 }, { type: 'link', text: 'x' }] };
    expect(v.parse(ArticleSchema, json).body[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Tetap.' }] });
  });

  it.each(['kemarin', '', '2024-13-45T10:00:00+07:00', '2024-10-17', 1729148700000, null])('leaves out a date it cannot read: %j', (date) => {
    const article = v.parse(ArticleSchema, { ...seedJson(), publishedAt: date, updatedAt: date });
    expect(article.publishedAt).toBeUndefined();
    expect(article.updatedAt).toBeUndefined();
    expect(article.headline).toBe(sampleArticle().headline);
  });

  it('leaves out a category that does not parse', () => {
    expect(v.parse(ArticleSchema, { ...seedJson(), category: 'Dunia' }).category).toBeUndefined();
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:image/png;base64,AAAA', 'http://example.com/a.jpg', '//evil.example/a.jpg', '/\\evil.example/a.jpg', ' https://example.com/a.jpg', 42])(
    'keeps no image source that is not https or the site’s own: %j',
    (src) => {
      const json = seedJson();
      json.image = { ...json.image, src, variants: [{ src, width: 320, type: 'image/jpeg' }] };
      const image = v.parse(ArticleSchema, json).image;
      expect(image?.src).toBeUndefined();
      expect(image?.variants).toEqual([]);
      expect(image?.caption).toBe('Bendera Korea Utara.');
      expect(image?.credit).toBe('Foto: Unsplash/Micha Brändli');
    },
  );

  it('keeps https and site images', () => {
    const json = seedJson();
    json.image = { ...json.image, src: 'https://cdn.example.com/a.jpg' };
    expect(v.parse(ArticleSchema, json).image?.src).toBe('https://cdn.example.com/a.jpg');
  });

  it('strips __proto__ and constructor keys without polluting any prototype', () => {
    const text = JSON.stringify(seedJson()).replace(
      /^\{/,
      '{"__proto__":{"polluted":"ya"},"constructor":{"prototype":{"polluted":"ya"}},',
    ).replace('"type":"paragraph"', '"__proto__":{"polluted":"ya"},"type":"paragraph"');
    const article = v.parse(ArticleSchema, JSON.parse(text));
    expect(Object.keys(article)).not.toContain('__proto__');
    expect(Object.hasOwn(article, 'constructor')).toBe(false);
    expect(Object.hasOwn(article.body[0] ?? {}, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
  });

  it('takes a huge article: thousands of blocks, megabytes of text', () => {
    const json = seedJson();
    json.body = Array.from({ length: 5000 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraf ${index}. ${'kata '.repeat(80)}` }] }));
    expect(JSON.stringify(json).length).toBeGreaterThan(2_000_000);
    expect(v.parse(ArticleSchema, json).body).toHaveLength(5000);
  });
});

describe('saneImageSize', () => {
  it('keeps real sizes', () => {
    expect(saneImageSize(1280, 720)).toEqual({ width: 1280, height: 720 });
    expect(saneImageSize(600, 800)).toEqual({ width: 600, height: 800 });
  });

  it.each([
    [0, 720],
    [-1280, 720],
    [1280, 0],
    [1e9, 720],
    [12.5, 720],
    ['1280', '720'],
    [undefined, undefined],
    [10_000, 10],
    [10, 10_000],
  ])('makes %j × %j a 16:9 box', (width, height) => {
    expect(saneImageSize(width, height)).toEqual(DEFAULT_IMAGE_SIZE);
  });
});

describe('the reader’s list parser', () => {
  it('drops malformed stories and keeps the rest', () => {
    const list = v.parse(TeaserListSchema, {
      items: [
        { slug: 'baik', headline: 'Baik', category: { slug: 'dunia', name: 'Dunia' }, publishedAt: '2025-01-01T10:00:00+07:00' },
        { slug: 'Buruk Sekali', headline: 'Slug buruk' },
        { slug: 'tanpa-judul' },
        'teks',
      ],
    });
    expect(list.items.map((item) => item.slug)).toEqual(['baik']);
    expect(list).toMatchObject({ page: 1, pageCount: 1 });
  });

  it('reads a list that is not a list as empty', () => {
    expect(v.parse(TeaserListSchema, { items: { a: 1 } }).items).toEqual([]);
  });
});

describe('keys that are missing, not just wrong', () => {
  it('refuses an article whose body key is absent, as JSON would send it', () => {
    const json = seedJson();
    delete (json as Partial<typeof json>).body;
    expect(parse(JSON.parse(JSON.stringify(json))).success).toBe(false);
  });

  it('drops a paragraph whose content key is absent', () => {
    const json = seedJson();
    json.body.unshift({ type: 'paragraph' });
    expect(v.parse(ArticleSchema, JSON.parse(JSON.stringify(json))).body).toEqual(sampleArticle().body);
  });
});

describe('an image whose size is missing or unusable (#11)', () => {
  const unusable: [string, (image: Record<string, unknown>) => void][] = [
    ['no width and no height', (image) => {
      delete image.width;
      delete image.height;
    }],
    ['no height', (image) => {
      delete image.height;
    }],
    ['null sizes', (image) => Object.assign(image, { width: null, height: null })],
    ['zero', (image) => Object.assign(image, { width: 0, height: 0 })],
    ['strings', (image) => Object.assign(image, { width: '1280', height: '720' })],
  ];

  it.each(unusable)('with %s, a hero keeps its picture, caption and credit in a 16:9 box', (_, breakIt) => {
    const json = seedJson();
    breakIt(json.image);
    const article = v.parse(ArticleSchema, JSON.parse(JSON.stringify(json)));
    expect(article.image).toMatchObject({ ...DEFAULT_IMAGE_SIZE, caption: 'Bendera Korea Utara.', credit: 'Foto: Unsplash/Micha Brändli' });
    expect(article.image?.src).toMatch(/^\/images\//);
  });

  it.each(unusable)('with %s, a body image keeps its caption and credit', (_, breakIt) => {
    const json = seedJson();
    const image = { ...json.image, caption: 'Keterangan di badan berita', credit: 'Foto: Warta' };
    breakIt(image);
    json.body.unshift({ type: 'image', image });
    const [first] = v.parse(ArticleSchema, JSON.parse(JSON.stringify(json))).body;
    expect(first).toMatchObject({ type: 'image', image: { ...DEFAULT_IMAGE_SIZE, caption: 'Keterangan di badan berita', credit: 'Foto: Warta' } });
  });

  it.each(unusable)('with %s, a teaser keeps its thumbnail', (_, breakIt) => {
    const list = sampleJson(`related/${SEED_SLUG}.json`) as { items: { image: Record<string, unknown> }[] };
    for (const item of list.items) breakIt(item.image);
    const parsed = v.parse(TeaserListSchema, JSON.parse(JSON.stringify(list)));
    expect(parsed.items).toHaveLength(10);
    for (const item of parsed.items) expect(item.image).toMatchObject(DEFAULT_IMAGE_SIZE);
  });
});

describe('the block kinds and fields of #16, read forgivingly', () => {
  const bodyOf = (...blocks: unknown[]) => v.parse(ArticleSchema, { ...seedJson(), body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Satu.' }] }, ...blocks] }).body.slice(1);
  const image = { src: '/images/a.jpg', width: 1600, height: 900, alt: 'A' };

  it('reads a "Baca juga" of the old shape, { slug, headline }, as one link', () => {
    expect(bodyOf({ type: 'read-also', slug: 'lain', headline: 'Lain' })).toEqual([{ type: 'read-also', links: [{ slug: 'lain', headline: 'Lain' }] }]);
  });

  it('drops a "Baca juga" link that is not a slug or an https address, and keeps the rest', () => {
    const links = [{ url: 'javascript:alert(1)', headline: 'X' }, { url: 'http://contoh.id', headline: 'Y' }, { slug: 'lain', headline: 'Lain' }];
    expect(bodyOf({ type: 'read-also', links })).toEqual([{ type: 'read-also', links: [{ slug: 'lain', headline: 'Lain' }] }]);
    expect(bodyOf({ type: 'read-also', links: [{ url: 'javascript:alert(1)', headline: 'X' }] })).toEqual([]);
  });

  it('drops a broken list item alone, and a list with none left', () => {
    const items = [[{ type: 'text', text: 'Satu' }], 'bukan daftar', [], [{ type: 'text', text: 'Dua' }]];
    expect(bodyOf({ type: 'list', ordered: true, items })).toEqual([{ type: 'list', ordered: true, items: [[{ type: 'text', text: 'Satu' }], [{ type: 'text', text: 'Dua' }]] }]);
    expect(bodyOf({ type: 'list', ordered: false, items: [[]] })).toEqual([]);
  });

  it('keeps a table whose cell holds a broken run, the cell left blank', () => {
    const [table] = bodyOf({ type: 'table', caption: 'Angka', header: [[{ type: 'text', text: 'A' }]], rows: [[[{ type: 'html', html: '<b>x</b>' }]]] });
    expect(table).toEqual({ type: 'table', caption: 'Angka', header: [[{ type: 'text', text: 'A' }]], rows: [[[]]] });
  });

  it('drops a gallery photo that is not one, and keeps an unsafe one as a placeholder', () => {
    const [gallery] = bodyOf({ type: 'gallery', images: [image, 'foto', { ...image, src: 'javascript:alert(1)' }] });
    expect(gallery).toMatchObject({ type: 'gallery', images: [{ src: '/images/a.jpg' }, { src: undefined, alt: 'A' }] });
  });

  it('drops an embed of a service it does not know or of an address that is not https', () => {
    expect(bodyOf({ type: 'embed', provider: 'myspace', url: 'https://myspace.com/a' })).toEqual([]);
    expect(bodyOf({ type: 'embed', provider: 'x', url: 'javascript:alert(1)' })).toEqual([]);
  });

  it('leaves out an embed’s thumbnail from another site, which a card must never request', () => {
    const [embed] = bodyOf({ type: 'embed', provider: 'youtube', url: 'https://youtu.be/aqz-KE-bpKQ', title: 'T', thumbnail: { ...image, src: 'https://i.ytimg.com/vi/x/hq.jpg' } });
    expect(embed).toEqual({ type: 'embed', provider: 'youtube', url: 'https://youtu.be/aqz-KE-bpKQ', title: 'T', text: undefined, author: undefined, thumbnail: undefined });
  });

  it('reads a heading level it cannot use as the default, and keeps the heading', () => {
    expect(bodyOf({ type: 'heading', text: 'Sub', level: 7 })).toEqual([{ type: 'heading', text: 'Sub', level: undefined }]);
  });

  it('drops a broken tag or byline name alone, and leaves out a dateline that is not text', () => {
    const article = v.parse(ArticleSchema, { ...seedJson(), tags: [{ slug: 'a', name: 'A' }, { slug: 'Bukan Slug', name: 'B' }], byline: ['Ana', 3, ''], dateline: 42 });
    expect(article.tags).toEqual([{ slug: 'a', name: 'A' }]);
    expect(article.byline).toEqual(['Ana']);
    expect(article.dateline).toBeUndefined();
  });
});
