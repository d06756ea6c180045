/**
 * Search on the static site (#18): Pagefind's index under /pagefind/, searched in the page under the
 * production CSP (the fixtures fail a test on any violation), at both sizes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test.describe('a search opened from a shared link', { tag: '@any-screen' }, () => {
  test.use({ startApp: false });

  test('shows its results with no gesture: a word only in a story’s body, marked where it was found', async ({ page }) => {
    await page.goto('/cari?q=Buryat');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
    await expect(main.getByText('1 berita ditemukan')).toBeVisible();
    await expect(main.locator('li mark').first()).toHaveText(/^Buryat/);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
});

test('finds a word’s Indonesian forms, headline matches first, and opens the story', { tag: '@any-screen' }, async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) searchRequests.push(request.url());
  });
  await page.goto(SEED_PATH);
  // An article page fetches nothing of search.
  expect(searchRequests).toEqual([]);
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Cari berita' });
  await box.fill('pembelotan');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/cari\?q=pembelotan$/);
  const results = page.getByRole('main').getByRole('listitem');
  await expect(results.first().getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
  await results.first().getByRole('link', { name: SEED_HEADLINE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
});

test('without JavaScript the search page says that search needs it', { tag: '@any-screen' }, async ({ request }) => {
  // A browser with scripting off shows <noscript>; Chromium driven with scripts disabled does not
  // (it still parses as if scripting were on), so the page's HTML is read as such a browser gets it.
  const html = await (await request.get('/cari?q=korut')).text();
  expect(/<noscript><p[^>]*>([^<]*)<\/p><\/noscript>/.exec(html)?.[1]).toMatch(/^Pencarian memerlukan JavaScript\./);
});
