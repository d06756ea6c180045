/**
 * Text and pictures as real newsrooms send them (#11), in Chromium: long unbroken strings in every
 * page kind at 320 px, right-to-left text inside Indonesian, and pictures of any shape and size.
 * The stories here are published after the build (404.html answers them and the app renders them
 * from the API, which the test serves).
 */
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, isPhone, NOT_FOUND_LOG, test } from './fixtures';

/** What a reader pastes: an Instagram address with its tracking parameters, 180 characters without a space. */
const PASTED_URL = 'https://www.instagram.com/reel/C9xYzAbCdEfGhIjKlMnOpQrStUvWxYz/?utm_source=ig_web_copy_link&utm_medium=social&utm_campaign=berbagi_tautan_panjang&igsh=MzRlODBiNWFlZDliNzE0ZTEyZA==';
const LONG_WORD = 'Pemberdayaanmasyarakatdesaberbasisteknologiinformasidankomunikasiterpadu'.repeat(2);

const category = { slug: 'dunia', name: 'Dunia' };
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function teaser(slug: string, headline: string, image?: Record<string, unknown>) {
  return { slug, headline, category, publishedAt: '2025-08-06T13:45:00+07:00', ...(image ? { image } : {}) };
}

/** Serves a story that is not in the build: its JSON and its (empty or given) related list. */
async function serveStory(page: Page, slug: string, article: Record<string, unknown>, related: unknown[] = []) {
  await page.route(`**/api/articles/${slug}.json`, (route) => route.fulfill({ json: { slug, category, publishedAt: '2025-08-06T13:45:00+07:00', ...article } }));
  await page.route(`**/api/related/${slug}.json`, (route) => route.fulfill({ json: { items: related, page: 1, pageCount: 1 } }));
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// Each test sets its own 320 px screen: once, in the phone project, is enough.
test.describe('long unbroken strings', { tag: '@any-screen' }, () => {
  test.beforeEach(async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    await page.setViewportSize({ width: 320, height: 700 });
  });

  test('never widen an article, its related list or its share bar at 320 px', async ({ page }) => {
    await serveStory(
      page,
      'tautan-panjang',
      {
        headline: PASTED_URL,
        category: { slug: 'dunia', name: LONG_WORD },
        summary: PASTED_URL,
        image: { src: '/og-warta.png', width: 1200, height: 630, alt: PASTED_URL, caption: LONG_WORD, credit: PASTED_URL },
        body: [
          paragraph(`Tautan yang dibagikan: ${PASTED_URL}`),
          { type: 'paragraph', content: [{ type: 'link', text: PASTED_URL, href: PASTED_URL }] },
          { type: 'quote', text: LONG_WORD, attribution: PASTED_URL },
          { type: 'heading', text: LONG_WORD },
          { type: 'read-also', slug: 'dpr-sahkan-uu-ekstradisi-ri-rusia', headline: LONG_WORD },
        ],
        editor: { initials: LONG_WORD },
      },
      [teaser('dpr-sahkan-uu-ekstradisi-ri-rusia', PASTED_URL), teaser('otoritas-kamchatka-umumkan-pencabutan-peringatan-tsunami', LONG_WORD)],
    );
    await page.goto('/post/read/tautan-panjang');
    await expect(page.getByRole('heading', { level: 1, name: PASTED_URL })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('listitem')).toHaveCount(2);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('never widen a list of stories at 320 px', async ({ page }) => {
    await page.route('**/api/latest/9.json', (route) =>
      route.fulfill({ json: { items: [teaser('satu', PASTED_URL), teaser('dua', LONG_WORD), teaser('tiga', `${LONG_WORD} ${PASTED_URL}`)], page: 9, pageCount: 9 } }),
    );
    await page.goto('/halaman/9');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(3);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('never widen a category page with a long name at 320 px', async ({ page }) => {
    const longCategory = { slug: 'panjang', name: LONG_WORD };
    await page.route('**/api/categories/panjang/1.json', (route) =>
      route.fulfill({ json: { items: [{ ...teaser('satu', PASTED_URL), category: longCategory }], page: 1, pageCount: 1, category: longCategory } }),
    );
    await page.goto('/kategori/panjang');
    await expect(page.getByRole('heading', { level: 1, name: LONG_WORD })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('never widen the search page when the query is a pasted address', async ({ page }) => {
    await page.goto(`/cari?q=${encodeURIComponent(PASTED_URL)}`);
    await expect(page.getByRole('heading', { level: 1, name: `Hasil untuk «${PASTED_URL}»` })).toBeVisible();
    await expect(page.getByText('Periksa ejaannya atau coba kata yang lebih umum.')).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });

  test('never widen the not-found page reached by a long address', async ({ page }) => {
    await page.goto(`/${LONG_WORD}/${LONG_WORD}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

test.describe('right-to-left text inside Indonesian', () => {
  const prayer = 'ذَهَبَ الظَّمَأُ';

  test('a marked Arabic run keeps the digit after it, and an Arabic quote reads right to left', async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    await serveStory(page, 'doa-berbuka', {
      headline: 'Doa Berbuka Puasa dan Artinya',
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Doa "' }, { type: 'text', text: prayer, lang: 'ar' }, { type: 'text', text: '" 1 kali sebelum makan.' }] },
        { type: 'quote', text: `${prayer} وَابْتَلَّتِ الْعُرُوقُ.`, attribution: 'Hadis riwayat Abu Dawud' },
      ],
    });
    await page.goto('/post/read/doa-berbuka');
    const run = page.locator('bdi[lang="ar"]');
    await expect(run).toHaveText(prayer);
    // In an Indonesian (left-to-right) sentence the digit follows the quoted Arabic: to its right.
    const [runRight, digitLeft] = await run.evaluate((element) => {
      const sentence = element.parentElement;
      const text = [...(sentence?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('1 kali'));
      if (!text?.textContent) throw new Error('no digit');
      const range = document.createRange();
      const at = text.textContent.indexOf('1');
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return [element.getBoundingClientRect().right, range.getBoundingClientRect().left];
    });
    expect(digitLeft).toBeGreaterThanOrEqual(runRight);
    const quote = page.getByRole('article').locator('blockquote p');
    expect(await quote.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // Right to left, it is set from the right: its last line ends at the right edge of the column.
    const [lineRight, boxRight] = await quote.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const rects = [...range.getClientRects()];
      return [Math.max(...rects.map((rect) => rect.right)), element.getBoundingClientRect().right];
    });
    expect(Math.abs(boxRight - lineRight)).toBeLessThan(2);
  });
});

test.describe('pictures of any shape and size', () => {
  /** Test pictures, made here and served from an image host of the publisher's. */
  const pictures: Record<string, { width: number; height: number }> = {
    'potret.png': { width: 1080, height: 1920 },
    'panorama.png': { width: 2000, height: 400 },
    'persegi.png': { width: 900, height: 900 },
    'kecil.png': { width: 120, height: 90 },
  };
  const src = (file: string) => `https://gambar.example/${file}`;

  test.beforeEach(async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    await page.route('https://gambar.example/*', async (route) => {
      const name = new URL(route.request().url()).pathname.slice(1);
      const size = pictures[name];
      if (!size) return route.fulfill({ status: 404 });
      const body = await sharp({ create: { ...size, channels: 3, background: '#3b6ea5' } }).png().toBuffer();
      return route.fulfill({ body, contentType: 'image/png' });
    });
  });

  const figureImage = (page: Page, caption: string) => page.getByRole('figure').filter({ hasText: caption }).getByRole('img');

  test('a portrait hero takes at most three quarters of the screen, and the story starts on it', async ({ page }) => {
    await serveStory(page, 'potret', {
      headline: 'Foto Potret di Atas Berita',
      image: { src: src('potret.png'), width: 1080, height: 1920, alt: 'Potret', caption: 'Potret tegak.' },
      body: [paragraph('Paragraf pertama berita ini.'), paragraph('Paragraf kedua.')],
    });
    await page.goto('/post/read/potret');
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const hero = figureImage(page, 'Potret tegak.');
    await expect(hero).toHaveJSProperty('complete', true);
    const box = await hero.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(viewport.height * 0.75 + 1);
    if (isPhone(page)) {
      // On a phone the first paragraph is reached within the first screen and a half, not two.
      const first = await page.getByText('Paragraf pertama berita ini.').boundingBox();
      expect(first?.y).toBeLessThan(viewport.height * 1.5);
    }
  });

  test('every shape keeps its proportions, and a small picture is not blown up', async ({ page }) => {
    await serveStory(page, 'bentuk', {
      headline: 'Gambar dengan Berbagai Bentuk',
      image: { src: src('panorama.png'), width: 2000, height: 400, alt: 'Panorama', caption: 'Panorama lebar.' },
      body: [
        paragraph('Di bawah ini gambar persegi dan gambar kecil.'),
        { type: 'image', image: { src: src('persegi.png'), width: 900, height: 900, alt: 'Persegi', caption: 'Gambar persegi.' } },
        { type: 'image', image: { src: src('kecil.png'), width: 120, height: 90, alt: 'Kecil', caption: 'Gambar kecil.' } },
      ],
    });
    await page.goto('/post/read/bentuk');
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    for (const [caption, size] of [
      ['Panorama lebar.', pictures['panorama.png']],
      ['Gambar persegi.', pictures['persegi.png']],
      ['Gambar kecil.', pictures['kecil.png']],
    ] as const) {
      const image = figureImage(page, caption);
      await image.scrollIntoViewIfNeeded();
      await expect(image).toHaveJSProperty('complete', true);
      // The picture as drawn: object-fit: contain inside its box, so its drawn size is what the box allows.
      const drawn = await image.evaluate((img: HTMLImageElement) => {
        const scale = Math.min(img.clientWidth / img.naturalWidth, img.clientHeight / img.naturalHeight);
        return { width: img.naturalWidth * scale, height: img.naturalHeight * scale, fit: getComputedStyle(img).objectFit };
      });
      expect(drawn.fit, caption).toBe('contain');
      expect(drawn.width / drawn.height, caption).toBeCloseTo((size?.width ?? 1) / (size?.height ?? 1), 1);
      expect(drawn.height, caption).toBeLessThanOrEqual(viewport.height * 0.75 + 1);
      expect(drawn.width, caption).toBeLessThanOrEqual(size?.width ?? 0);
    }
  });

  test('a picture whose file differs from its declared size, or that declares none, never moves the text', async ({ page }) => {
    await serveStory(page, 'ukuran-salah', {
      headline: 'Ukuran Gambar yang Salah',
      // Declared landscape, but the file is a portrait.
      image: { src: src('potret.png'), width: 1280, height: 720, alt: 'Salah ukuran', caption: 'Ukuran yang dinyatakan salah.', credit: 'Foto: Warta' },
      body: [
        paragraph('Teks tepat di bawah gambar.'),
        { type: 'image', image: { src: src('persegi.png'), alt: 'Tanpa ukuran', caption: 'Gambar tanpa ukuran.', credit: 'Foto: Warta' } },
        paragraph('Teks terakhir.'),
      ],
    });
    await page.goto('/post/read/ukuran-salah');
    const text = page.getByText('Teks tepat di bawah gambar.');
    await expect(text).toBeVisible();
    const before = await text.boundingBox();
    await expect(figureImage(page, 'Ukuran yang dinyatakan salah.')).toHaveJSProperty('complete', true);
    await figureImage(page, 'Gambar tanpa ukuran.').scrollIntoViewIfNeeded();
    await expect(figureImage(page, 'Gambar tanpa ukuran.')).toHaveJSProperty('complete', true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect((await text.boundingBox())?.y).toBe(before?.y);
    // The picture without a size keeps its caption and credit.
    await expect(page.getByRole('figure').filter({ hasText: 'Gambar tanpa ukuran.' })).toContainText('(Foto: Warta)');
  });
});
