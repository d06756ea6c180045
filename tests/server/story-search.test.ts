/**
 * The live render server's search (#18): every word of every story, Indonesian forms and spellings,
 * headline matches first, and an index that follows the content API (publish, change, removal). The
 * content API is the network: MSW serves its archive and stories at a content address.
 */
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleContract as Article } from '../../src/content/contract';
import { createStorySearch, excerptOf, termOf, type StorySearch } from '../../src/server/story-search';
import { category, SEARCH_STORIES, story } from '../fixtures/search-stories';
import { server } from '../msw/server';

const CONTENT = 'http://content.test/api';
const STORIES: Article[] = [
  ...SEARCH_STORIES,
  story('pasar-lama', 'Pasar Lama Dibuka Lagi', 'Pedagang kembali berjualan di pasar.', '2024-12-01T09:00:00+07:00'),
  story('pasar-baru', 'Pasar Baru Dibuka Lagi', 'Pedagang kembali berjualan di pasar.', '2025-02-01T09:00:00+07:00'),
];

/** The content API of `stories`: each story, and the archive (its months, newest first) a search reads them by. */
function serveContentApi(stories: readonly Article[]) {
  const files = new Map<string, unknown>();
  const months = new Map<string, Article[]>();
  for (const article of stories) {
    files.set(`articles/${article.slug}.json`, article);
    const month = article.publishedAt.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), article]);
  }
  const index = [...months].map(([month, items]) => {
    files.set(`archive/${month}.json`, { month, items: items.map((item) => ({ slug: item.slug, headline: item.headline, category: item.category.slug, publishedAt: item.publishedAt, updatedAt: item.updatedAt })) });
    return { month, count: items.length, updatedAt: items.map((item) => item.updatedAt ?? item.publishedAt).sort().at(-1) };
  });
  files.set('archive.json', { months: index });
  server.use(
    http.get(`${CONTENT}/*`, ({ request }) => {
      const json = files.get(new URL(request.url).pathname.replace(/^\/api\//, ''));
      return json === undefined ? new HttpResponse(null, { status: 404 }) : HttpResponse.json(json);
    }),
  );
}

let search: StorySearch;
beforeEach(async () => {
  serveContentApi(STORIES);
  search = createStorySearch({ fetchContent: (apiPath, init) => fetch(`${CONTENT}/${apiPath}`, init), syncIntervalMs: 0, log: () => undefined });
  await search.ready;
});

const find = (query: string) => search.search(query).results.map((result) => result.teaser.slug);

describe('the live search', () => {
  it('reads every story of the archive before it says it is ready', () => {
    expect(search.isReady()).toBe(true);
    expect(search.size()).toBe(STORIES.length);
  });

  it('finds a word that is only in a story’s body, and marks it in the excerpt', () => {
    const answer = search.search('Buryat');
    expect(answer.total).toBe(1);
    expect(answer.results[0]?.teaser).toMatchObject({ slug: 'banjir-surut', headline: 'Banjir Mulai Surut', category, publishedAt: '2025-03-09T09:00:00+07:00' });
    expect(answer.results[0]?.excerpt).toEqual([
      { text: 'Air dari sungai kembali ke alurnya; batalion khusus ', marked: false },
      { text: 'Buryat', marked: true },
      { text: ' membantu warga.', marked: false },
    ]);
  });

  it('finds a word’s Indonesian forms: "belot" finds "membelot" and "pembelotan"', () => {
    for (const query of ['belot', 'membelot', 'pembelotan', 'MEMBELOT']) expect(find(query), query).toEqual(['tentara-membelot']);
    // Its excerpt marks the form the story has.
    expect(search.search('belot').results[0]?.excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['Pembelotan']);
  });

  it('folds case and apostrophes: Maruf, maruf, Ma’ruf; Jumat and Jum’at; Quran and Qur’an', () => {
    for (const query of ['Maruf', 'maruf', 'Ma’ruf', "Ma'ruf", 'Jumat', "jum'at", 'Quran', 'qur’an']) expect(find(query), query).toEqual(['wapres-salat-jumat']);
  });

  it('finds a story by its tags and byline', () => {
    expect(find('cuaca')).toEqual(['banjir-surut']);
    expect(find('Sari Uji')).toEqual(['banjir-surut']);
  });

  it('ranks a match in the headline above one in the body, even a newer one', () => {
    expect(find('sungai')).toEqual(['sungai-meluap', 'banjir-surut']);
  });

  it('puts the newer of two equally good matches first', () => {
    expect(find('pasar dibuka')).toEqual(['pasar-baru', 'pasar-lama']);
  });

  it('needs every word of the query', () => {
    expect(find('banjir sungai')).toEqual(['banjir-surut']);
    expect(find('banjir tetangga')).toEqual([]);
  });

  it('finds nothing for no words, or words no story has', () => {
    for (const query of ['', '   ', '…', 'zzzqqq']) expect(search.search(query)).toEqual({ query, total: 0, results: [] });
  });

  it('takes a story in when it is published, and out when it is removed', async () => {
    const flood = story('rob-pesisir', 'Rob Rendam Pesisir', 'Nelayan Kamal menambatkan perahunya.', '2025-03-10T09:00:00+07:00');
    serveContentApi([...STORIES, flood]);
    await search.refresh(['rob-pesisir']);
    expect(find('nelayan')).toEqual(['rob-pesisir']);
    serveContentApi(STORIES);
    await search.refresh(['rob-pesisir']);
    expect(find('nelayan')).toEqual([]);
    expect(search.size()).toBe(STORIES.length);
  });

  it('follows the archive without a publish call: a new story, a changed one and a removed one', async () => {
    const [first, ...rest] = STORIES;
    const changed = { ...first, headline: 'Wapres Menghadiri Peresmian Bendungan', updatedAt: '2025-03-08T10:00:00+07:00' } as Article;
    const added = story('gempa-laut', 'Gempa di Laut Selatan', 'Warga pesisir tenang.', '2025-04-02T09:00:00+07:00');
    serveContentApi([changed, ...rest.filter((item) => item.slug !== 'sungai-meluap'), added]);
    expect(await search.sync()).toEqual({ added: 2, removed: 1 });
    expect(find('bendungan')).toEqual(['wapres-salat-jumat']);
    expect(find('gempa')).toEqual(['gempa-laut']);
    expect(find('meluap')).toEqual([]);
  });

  it('catches a story swapped for another under the same month count and last change, at its next full look', async () => {
    // pasar-lama (December 2024) goes, and another story of that month, no newer, comes: the archive's months look the same.
    const swapped = story('pasar-ikan', 'Pasar Ikan Ramai', 'Nelayan menjual tongkol.', '2024-12-01T09:00:00+07:00');
    serveContentApi([...STORIES.filter((item) => item.slug !== 'pasar-lama'), swapped]);
    await search.sync();
    expect(find('tongkol')).toEqual([]);
    let looks = 1;
    while (find('tongkol').length === 0 && looks < 15) {
      await search.sync();
      looks += 1;
    }
    expect(find('tongkol')).toEqual(['pasar-ikan']);
    expect(find('lama')).toEqual([]);
    expect(looks).toBeLessThanOrEqual(15);
  });

  it('keeps a story it has when the API fails to give it again', async () => {
    server.use(http.get(`${CONTENT}/articles/tentara-membelot.json`, () => new HttpResponse(null, { status: 500 })));
    await search.refresh(['tentara-membelot']);
    expect(find('belot')).toEqual(['tentara-membelot']);
  });

  it('is not ready, and rejects, while the archive cannot be read', async () => {
    server.use(http.get(`${CONTENT}/archive.json`, () => new HttpResponse(null, { status: 503 })));
    const failing = createStorySearch({ fetchContent: (apiPath, init) => fetch(`${CONTENT}/${apiPath}`, init), syncIntervalMs: 0, log: () => undefined });
    await expect(failing.ready).rejects.toThrow(/archive\.json answered 503/);
    expect(failing.isReady()).toBe(false);
  });
});

describe('an excerpt', () => {
  const words = (count: number, from = 1) => Array.from({ length: count }, (_, index) => `kata${from + index}`).join(' ');

  // The index's terms, as a search's matches name them: folded and stemmed ("sungai" → "sunga").
  it('comes from the paragraph with the most matched words, cut with "…" on both sides', () => {
    const parts = excerptOf([`Banjir di kota. ${words(5)}`, `${words(20)} banjir melanda sungai ${words(20, 30)}`], new Set(['banjir', 'sungai'].map(termOf)));
    expect(parts.map((part) => part.text).join('')).toBe('… kata13 kata14 kata15 kata16 kata17 kata18 kata19 kata20 banjir melanda sungai kata30 kata31 kata32 kata33 kata34 kata35 kata36 kata37 kata38 kata39 kata40 kata41 kata42 kata43 kata44 …');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['banjir', 'sungai']);
  });

  it('is the start of the first paragraph when no word of it matched (a headline or tag match)', () => {
    expect(excerptOf(['Ringkasan berita.', 'Isi berita.'], new Set(['zzz']))).toEqual([{ text: 'Ringkasan berita.', marked: false }]);
  });

  it('is empty for a story without words', () => {
    expect(excerptOf([], new Set(['banjir']))).toEqual([]);
  });
});
