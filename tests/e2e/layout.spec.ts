import { expect, isPhone, NOT_FOUND_LOG, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test('"Berita Terkait" sits beside the article on a desktop and after it on a phone', async ({ page }) => {
  await page.goto(SEED_PATH);
  const article = page.getByRole('article', { name: SEED_HEADLINE });
  const aside = page.getByRole('complementary', { name: 'Berita Terkait' });
  await expect(aside.getByRole('listitem')).toHaveCount(10);
  const a = await article.boundingBox();
  const b = await aside.boundingBox();
  if (!a || !b) throw new Error('article or aside is not laid out');
  if (isPhone(page)) {
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
  } else {
    expect(b.x).toBeGreaterThanOrEqual(a.x + a.width);
    expect(b.y).toBeLessThan(a.y + 100);
  }
});

test('"Berita Terkait" stays where it is as the reader jumps down to it', async ({ page }) => {
  await page.goto(SEED_PATH);
  const aside = page.getByRole('complementary', { name: 'Berita Terkait' });
  const top = () => aside.evaluate((element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
  const before = await top();
  await aside.getByRole('link').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await top(), 'nothing above the list changes size when it is drawn').toBe(before);
});

for (const path of ['/', SEED_PATH, '/tidak/ada']) {
  test(`nothing scrolls sideways on ${path}, down to 360px`, async ({ page, consoleProblems }) => {
    consoleProblems.allow(NOT_FOUND_LOG);
    const { height } = page.viewportSize() ?? { height: 800 };
    for (const width of [360, page.viewportSize()?.width ?? 1280]) {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `at ${width}px`).toBe(0);
    }
  });
}

test('the hero keeps its box while it loads: no layout shift', async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // Once the hero is decoded and drawn, every shift it could cause has happened: read them all.
  await page.getByRole('article').getByRole('img').first().evaluate((img: HTMLImageElement) => img.decode());
  const shift = await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return entries.filter((entry) => !entry.hadRecentInput).reduce((total, entry) => total + entry.value, 0);
  });
  expect(shift).toBeLessThanOrEqual(0.01);
});
