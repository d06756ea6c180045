import AxeBuilder from '@axe-core/playwright';
import { expect, NOT_FOUND_LOG, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

const pages = [
  { name: 'home', path: '/', heading: 'Berita Terkini' },
  { name: 'article', path: SEED_PATH, heading: SEED_HEADLINE },
  { name: 'not found', path: '/tidak/ada', heading: 'Halaman tidak ditemukan' },
];

for (const { name, path, heading } of pages) {
  test(`axe finds nothing on the ${name} page (WCAG 2.2 A/AA)`, async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (path === SEED_PATH) await expect(page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('listitem')).toHaveCount(10);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke konten' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto(SEED_PATH);
  const copy = page.getByRole('button', { name: 'Salin tautan' });
  await copy.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  const outline = await copy.evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
  expect(outline).toBe('solid 3px');
});
