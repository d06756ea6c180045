import { expect, NOT_FOUND_LOG, SEED_HEADLINE, SEED_SLUG, test } from './fixtures';

test('home → seed article → a related article → Back, all inside the app', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeVisible();
  // A marker on window survives only if no full page load happens.
  await page.evaluate(() => Object.assign(window, { wartaMarker: 'sama' }));

  await page.getByRole('link', { name: SEED_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(page).toHaveTitle(`${SEED_HEADLINE} | Warta`);

  const related = page.getByRole('complementary', { name: 'Berita Terkait' });
  const next = 'DPR Sahkan UU Ekstradisi RI-Rusia';
  await related.getByRole('link', { name: next }).click();
  await expect(page.getByRole('heading', { level: 1, name: next })).toBeVisible();
  await expect(page).toHaveURL(/\/post\/read\/dpr-sahkan-uu-ekstradisi-ri-rusia$/);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const articleRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/api/articles/${SEED_SLUG}.json`)) articleRequests.push(request.url());
  });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(page.getByText('(ikh)')).toBeVisible();
  expect(articleRequests, 'Back is served from the cache').toEqual([]);
  expect(await page.evaluate(() => (window as { wartaMarker?: string }).wartaMarker)).toBe('sama');
});

test('an unknown path and an unknown article say "Halaman tidak ditemukan" with a link home', async ({ page, consoleProblems }) => {
  consoleProblems.allow(NOT_FOUND_LOG);
  for (const path of ['/tidak/ada', '/post/read/tidak-ada-artikel-ini']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
    await page.getByRole('link', { name: 'Kembali ke beranda' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeVisible();
  }
});
