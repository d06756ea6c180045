/**
 * The static site's search index (#18), built by Pagefind from stories and queried with Pagefind's own
 * browser code over the network (MSW serves the files as the static host would): every word of a story
 * is found, in its Indonesian forms and spellings, headline matches first.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/content/search-index';
import { SEARCH_STORIES } from '../fixtures/search-stories';
import { server } from '../msw/server';

const STORIES = SEARCH_STORIES;

let pagefind: { search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }[] }>; options: (options: object) => Promise<void> };
let dir = '';

beforeAll(async () => {
  // Under the project: the test runner loads Pagefind's browser code from there (not from a folder it was not started beside).
  await mkdir(path.resolve('.cache'), { recursive: true });
  dir = await mkdtemp(path.resolve('.cache', 'test-search-'));
  await writeSearchIndex(
    STORIES.map((article) => ({ article, thumbnail: undefined })),
    path.join(dir, 'pagefind'),
  );
  pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'pagefind', 'pagefind.js')).href)) as typeof pagefind;
  await pagefind.options({ basePath: 'http://localhost:3000/pagefind/', noWorker: true });
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

async function find(query: string): Promise<string[]> {
  server.use(
    http.get('*/pagefind/*', async ({ request }) => {
      const file = new URL(request.url).pathname.replace(/^\/pagefind\//, '');
      if (file.includes('..')) return new HttpResponse(null, { status: 404 });
      return readFile(path.join(dir, 'pagefind', file)).then(
        (bytes) => new HttpResponse(bytes),
        () => new HttpResponse(null, { status: 404 }),
      );
    }),
  );
  const { results } = await pagefind.search(query);
  return Promise.all(results.map(async (result) => (await result.data()).url));
}

describe('the static search index', () => {
  it('finds a word that is only in a story’s body', async () => {
    expect(await find('Buryat')).toEqual(['/post/read/banjir-surut']);
  });

  it('finds a word’s Indonesian forms: "belot" finds "membelot" and "pembelotan"', async () => {
    expect(await find('belot')).toEqual(['/post/read/tentara-membelot']);
    expect(await find('pembelotan')).toEqual(['/post/read/tentara-membelot']);
  });

  it('folds case and apostrophes: Maruf, maruf, Ma’ruf; Jumat and Jum’at; Quran and Qur’an', async () => {
    for (const query of ['Maruf', 'maruf', 'Ma’ruf', "Ma'ruf", 'Jumat', "jum'at", 'Quran']) expect(await find(query), query).toEqual(['/post/read/wapres-salat-jumat']);
  });

  it('ranks a match in the headline above one in the body', async () => {
    expect(await find('sungai')).toEqual(['/post/read/sungai-meluap', '/post/read/banjir-surut']);
  });

  it('is gzipped at level 9 where a first query fetches it: the WebAssembly, the metadata, the chunks', async () => {
    const root = path.join(dir, 'pagefind');
    const files = [...(await readdir(root)).filter((name) => /\.(?:pf_meta|pagefind)$/.test(name)), ...(await readdir(path.join(root, 'index'))).map((name) => path.join('index', name))];
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = await readFile(path.join(root, file));
      expect(bytes.length, file).toBeLessThanOrEqual(gzipSync(gunzipSync(bytes), { level: 9 }).length);
    }
  });

  it('finds a story by its tags and byline, and nothing for a word no story has or for markup', async () => {
    expect(await find('cuaca')).toEqual(['/post/read/banjir-surut']);
    expect(await find('Sari')).toEqual(['/post/read/banjir-surut']);
    expect(await find('zzkata')).toEqual([]);
    expect(await find('<script>alert(1)</script>')).toEqual([]);
  });
});
