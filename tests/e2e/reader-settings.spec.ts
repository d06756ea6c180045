import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

const DARK = 'rgb(18, 18, 18)';

// The pages with their own components, in the dark theme (the light theme's axe runs are in
// accessibility.spec.ts; the home page's teasers are search's and "Berita Terkait"'s rows here).
const pages: { name: string; path: string; heading: string | RegExp }[] = [
  { name: 'article', path: SEED_PATH, heading: SEED_HEADLINE },
  { name: 'story of every kind', path: '/post/read/contoh-semua-jenis-blok-artikel-warta', heading: 'Contoh: Semua Jenis Blok dalam Satu Artikel Warta' },
  { name: 'search', path: '/cari?q=tsunami', heading: /^Hasil untuk/ },
];

for (const { name, path, heading } of pages) {
  test(`axe finds nothing on the ${name} page in the dark theme, its menu open (#19)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (path.startsWith('/cari')) await expect(page.getByRole('main').getByRole('link', { name: /tsunami/i }).first()).toBeVisible();
    await expect(page.locator('body')).toHaveCSS('background-color', DARK);
    await page.getByText('Tampilan', { exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
