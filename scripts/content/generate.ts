/**
 * A synthetic content set in the authoring format, for measuring scale and for tests of paging:
 * clearly fake text ("Contoh:" headlines, a body that says it is generated) made of Indonesian
 * words, many categories, dates spread over two years, related lists and "Baca juga" inserts. The
 * images are the sample's stand-ins. Seeded, so a set can be made again exactly.
 *
 * Its words follow Zipf's law, as a language's do (a word's frequency falls with its rank): 90 real
 * Indonesian words are the most frequent, then a long tail of made-up ones ("bakaru", "sintelang"),
 * 40,000 words in all. Drawn evenly from 90 words instead, every word was in nearly every story, and a
 * search index measured on them was made of nothing but words every story has.
 */
import type { SourceArticle, SourceCategory } from './source';

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'pemerintah warga kota desa pasar sekolah jalan hujan banjir harga beras listrik air bandara pelabuhan kereta ' +
  'rencana program anggaran laporan rapat dewan menteri gubernur bupati polisi petani nelayan guru siswa dokter ' +
  'rumah sakit jembatan tol musim panen ekspor impor pajak bantuan sosial layanan digital aplikasi data keamanan ' +
  'cuaca gempa gunung laut pantai hutan sungai festival budaya musik film olahraga sepak bola tim juara laga ' +
  'baru besar kecil cepat lambat naik turun buka tutup mulai selesai tunda setuju tolak bahas umumkan resmikan'
).split(' ');

/** How many different words the generated text draws from. */
const VOCABULARY_SIZE = 40_000;
const SYLLABLES = 'ba be bi bu ka ke ki ku da di du ga gi gu ja ju la le li lu ma me mi mu na ne ni nu pa pe pi pu ra re ri ru sa se si su ta te ti tu wa ya an ang ar as at ing ung ur us ngan nya lang rang tan'.split(' ');

/** The vocabulary, most frequent first, and its cumulative Zipf weights (1/rank): made once, the same for every seed. */
const vocabulary = (() => {
  const rand = random(0x5eed);
  const words = [...WORDS];
  const seen = new Set(words);
  while (words.length < VOCABULARY_SIZE) {
    let word = '';
    for (let syllables = 2 + Math.floor(rand() * 3); syllables > 0; syllables -= 1) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? '';
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  });
  return { words, cumulative, total };
})();

/** A word drawn by Zipf's law, `r` in [0, 1). */
function zipfWord(r: number): string {
  const target = r * vocabulary.total;
  let low = 0;
  let high = vocabulary.words.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((vocabulary.cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return vocabulary.words[low] ?? 'warga';
}

export const GENERATED_CATEGORIES: SourceCategory[] = [
  'Nasional', 'Dunia', 'Ekonomi', 'Olahraga', 'Teknologi', 'Hiburan', 'Kesehatan', 'Pendidikan',
  'Otomotif', 'Wisata', 'Kuliner', 'Politik', 'Hukum', 'Lingkungan', 'Sains', 'Gaya Hidup',
].map((name) => ({ slug: name.toLowerCase().replace(/\s+/g, '-'), name }));

const IMAGES = [
  ['gambar-contoh-parlemen.svg', 'Gambar pengganti: ilustrasi kubah gedung berwarna hijau'],
  ['gambar-contoh-diplomasi.svg', 'Gambar pengganti: ilustrasi dua kursi di depan deretan bendera'],
  ['gambar-contoh-parade.svg', 'Gambar pengganti: ilustrasi barisan bendera merah'],
  ['gambar-contoh-gunung.svg', 'Gambar pengganti: ilustrasi gunung berasap'],
  ['gambar-contoh-laut.svg', 'Gambar pengganti: ilustrasi ombak laut biru'],
] as const;

const NEWEST = Date.parse('2026-11-01T12:00:00+07:00');
const TWO_YEARS = 2 * 365 * 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

export function generateContent(count: number, seed = 1): { categories: SourceCategory[]; articles: SourceArticle[] } {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const words = (n: number) => Array.from({ length: n }, () => zipfWord(rand()));
  const capitalise = (list: string[]) => list.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  const sentence = () => {
    const text = words(between(8, 18)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: between(2, 4) }, sentence).join(' ');

  const articles: SourceArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    const headlineWords = words(between(5, 11));
    const published = new Date(NEWEST - Math.floor(rand() * TWO_YEARS));
    // Written as WIB, the way the newsroom stamps it.
    const wib = new Date(published.getTime() + 7 * 60 * 60 * 1000);
    const publishedAt =
      `${wib.getUTCFullYear()}-${pad(wib.getUTCMonth() + 1)}-${pad(wib.getUTCDate())}` +
      `T${pad(wib.getUTCHours())}:${pad(wib.getUTCMinutes())}:00+07:00`;
    const [file, alt] = pick(IMAGES);
    const body: SourceArticle['body'] = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Teks buatan untuk uji skala, bukan berita: ', bold: true },
          { type: 'text', text: paragraph() },
        ],
      },
    ];
    for (let p = between(3, 12); p > 0; p -= 1) {
      body.push({ type: 'paragraph', content: [{ type: 'text', text: paragraph() }] });
      const target = articles[articles.length - 1 - between(0, 20)];
      if (target && rand() < 0.12) body.push({ type: 'read-also', links: [{ slug: target.slug }] });
    }
    articles.push({
      slug: `${headlineWords.join('-')}-${index + 1}`,
      headline: `Contoh: ${capitalise(headlineWords)}`,
      category: pick(GENERATED_CATEGORIES).slug,
      publishedAt,
      updatedAt: publishedAt,
      editor: { initials: words(1)[0]?.slice(0, 3) ?? 'red' },
      image: { file, alt, caption: 'Gambar pengganti untuk data uji.', credit: 'Ilustrasi: Warta' },
      body,
    });
  }
  // Related: up to ten others from the same category, the nearest in the list first.
  const byCategory = new Map<string, SourceArticle[]>();
  for (const article of articles) {
    const siblings = byCategory.get(article.category) ?? [];
    siblings.push(article);
    byCategory.set(article.category, siblings);
  }
  for (const article of articles) {
    const siblings = byCategory.get(article.category) ?? [];
    const at = siblings.indexOf(article);
    article.related = [...siblings.slice(Math.max(0, at - 5), at), ...siblings.slice(at + 1, at + 6)].map((other) => other.slug);
  }
  return { categories: GENERATED_CATEGORIES, articles };
}
