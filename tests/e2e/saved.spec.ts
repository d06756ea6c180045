import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

test('"Simpan" keeps a story in the browser, and "Tersimpan" lists it after a reload, with no gesture (#19)', async ({ page }) => {
  await page.goto(SEED_PATH);
  const article = page.getByRole('article', { name: SEED_HEADLINE });
  await article.getByRole('button', { name: 'Simpan' }).click();
  await expect(article.getByRole('button', { name: 'Tersimpan' })).toBeVisible();

  // A fresh load of the prerendered page: it starts the app by itself, as only the app can read the list.
  await page.goto('/tersimpan', { waitUntil: 'load' });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Berita Tersimpan' })).toBeVisible();
  await expect(main.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
  await main.getByRole('button', { name: `Hapus dari Tersimpan: ${SEED_HEADLINE}` }).click();
  await expect(main.getByText(/Belum ada berita tersimpan/)).toBeVisible();
});

test.describe('before the app starts', () => {
  test.use({ startApp: false });

  test('the button’s place is held, so nothing moves when it appears (#19)', async ({ page }) => {
    await page.goto(SEED_PATH, { waitUntil: 'networkidle' });
    const body = page.getByRole('article', { name: SEED_HEADLINE }).locator('p').filter({ hasText: 'MerahPutih.com' }).first();
    const top = () => body.evaluate((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
    const before = await top();
    await page.mouse.move(1, 1);
    await expect(page.getByRole('button', { name: 'Simpan' })).toBeVisible();
    expect(await top()).toBe(before);
  });
});

test('axe finds nothing on an article with "Simpan" and on "Tersimpan" with a story, in the light and the dark theme (#19)', async ({ page }) => {
  const scan = async (where: string) => {
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), where).toEqual([]);
  };
  await page.goto(SEED_PATH);
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('link', { name: 'Lihat Tersimpan' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await scan(`article, ${scheme}`);
  }
  await page.getByRole('link', { name: 'Lihat Tersimpan' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await scan(`Tersimpan, ${scheme}`);
  }
});
