import { expect, SEED_HEADLINE, SEED_PATH, SEED_SLUG, test } from './fixtures';

test.describe('without JavaScript', { tag: '@any-screen' }, () => {
  test.use({ javaScriptEnabled: false });

  test('a reader still gets the whole article', async ({ page }) => {
    await page.goto(SEED_PATH);
    const article = page.getByRole('article', { name: SEED_HEADLINE });
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
    await expect(article.locator('time')).toHaveText('Kamis, 17 Oktober 2024 | 14:05 WIB');
    await expect(article.getByRole('figure').locator('figcaption')).toHaveText('Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)');
    await expect(article.getByRole('figure').getByRole('img')).toBeVisible();
    await expect(article.getByText(/^Baca juga:/)).toHaveCount(2);
    await expect(article.getByText(/dengan segala cara yang dimilikinya\. \(ikh\)$/)).toBeVisible();
    const related = page.getByRole('complementary', { name: 'Berita Terkait' });
    await expect(related.getByRole('listitem')).toHaveCount(10);
    const share = article.getByRole('region', { name: 'Bagikan' });
    await expect(share.getByRole('link')).toHaveCount(4);
    // Buttons that need scripts are not shown where they cannot work.
    await expect(share.getByRole('button')).toHaveCount(0);
  });

  test('its links are plain links that work', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: 'DPR Sahkan UU Ekstradisi RI-Rusia' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DPR Sahkan UU Ekstradisi RI-Rusia');
  });
});

test('with JavaScript the prerendered article hydrates quietly and carries on as the app', { tag: '@any-screen' }, async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (message) => {
    // The browser tests block service workers (playwright.config.ts), and Playwright says so when the app registers one.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
  });
  // The page's own data (article, related, categories) comes with the HTML; only prefetches of
  // other articles may go out.
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && !pathname.startsWith('/api/articles/') || pathname === `/api/articles/${SEED_SLUG}.json`) {
      apiRequests.push(pathname);
    }
  });
  await page.goto(SEED_PATH);
  await expect(page.getByRole('button', { name: 'Salin tautan' })).toBeVisible(); // only after hydration
  expect(apiRequests, 'the page’s own data came with the HTML').toEqual([]);

  await page.evaluate(() => Object.assign(window, { wartaMarker: 'sama' }));
  await page.getByRole('complementary', { name: 'Berita Terkait' }).getByRole('link', { name: 'DPR Sahkan UU Ekstradisi RI-Rusia' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DPR Sahkan UU Ekstradisi RI-Rusia');
  expect(await page.evaluate(() => (window as { wartaMarker?: string }).wartaMarker)).toBe('sama');
  expect(apiRequests).toContain('/api/related/dpr-sahkan-uu-ekstradisi-ri-rusia.json');
  expect(messages).toEqual([]);
});
