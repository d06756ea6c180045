import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/** The README's pictures: the seed article as a reader first sees it, at each size. */
test('screenshot of the seed article for the README', async ({ page }, testInfo) => {
  await page.goto(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await page.evaluate(() => Promise.all([...document.images].filter((image) => image.loading === 'eager').map((image) => image.decode())));
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({ path: `docs/screenshots/article-${width}.png` });
  testInfo.annotations.push({ type: 'screenshot', description: `docs/screenshots/article-${width}.png` });
});
