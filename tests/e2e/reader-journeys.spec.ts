/**
 * What readers met (#12): focus and announcement while the next page's code and data load, scroll
 * positions kept for the entry they belong to, and no empty space held for what never appears.
 */
import type { Page } from '@playwright/test';
import { expect, isPhone, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/** The polite live region that says which page opened. */
const announcement = (page: Page) => page.locator('p[role="status"][aria-live="polite"]');

test.describe('focus and announcement after an in-app navigation', () => {
  test('a story opened with the keyboard while its page’s code is still on its way gets focus on its h1, and its headline is announced', async ({ page }) => {
    // The article page's code arrives only once the story has been opened.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/article-route-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const link = page.getByRole('main').getByRole('link', { name: SEED_HEADLINE }).first();
    await link.focus();
    await link.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`));
    release();
    const heading = page.getByRole('heading', { level: 1, name: SEED_HEADLINE });
    await expect(heading).toBeFocused();
    await expect(announcement(page)).toHaveText(`Halaman dibuka: ${SEED_HEADLINE}`);
  });

  test('a section opened from an article announces the section, not the article', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Dunia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dunia' })).toBeFocused();
    await expect(announcement(page)).toHaveText('Halaman dibuka: Dunia');
  });
});

test.describe('scroll positions', () => {
  // These tests start the app themselves, with the gestures a reader makes.
  test.use({ startApp: false });
  const ready = (page: Page) => page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

  test('a position saved on one page is never applied to another page loaded fresh in the same tab', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.mouse.move(5, 5);
    await ready(page);
    await page.mouse.wheel(0, 800);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(600);
    // Leave to another site in this tab, then come back to the home page from a link.
    await page.goto('about:blank');
    await page.goto('/');
    await page.mouse.move(5, 5);
    await ready(page);
    await page.mouse.wheel(0, 100);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(50);
    // The first wheel notch moves the page by a notch, not to a position the seed article had.
    expect(await scrollY(page)).toBeLessThan(300);
  });

  test('after a reload, the first gesture leaves the page where the browser put it', async ({ page }) => {
    await page.goto(SEED_PATH);
    await page.mouse.move(5, 5);
    await ready(page);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(800);
    await page.reload();
    const placed = await scrollY(page);
    await page.mouse.move(5, 5);
    await page.mouse.wheel(0, 100);
    await ready(page);
    await expect.poll(() => scrollY(page)).not.toBe(placed);
    expect(Math.abs((await scrollY(page)) - placed)).toBeLessThan(300);
  });

  test('Back returns to a position the reader reached with the gesture that started the app', async ({ page }) => {
    await page.goto('/');
    await page.mouse.move(5, 5);
    await page.mouse.wheel(0, 1500);
    await ready(page);
    // Where the wheel's scroll came to rest: the same position twice in a row (a wheel scroll is animated).
    let last = -1;
    await expect
      .poll(async () => {
        const now = await scrollY(page);
        const settled = now === last && now > 300;
        last = now;
        return settled;
      })
      .toBe(true);
    const reached = await scrollY(page);
    // A story on the screen there, so that tapping it scrolls nothing first.
    const links = page.getByRole('main').getByRole('article').getByRole('link');
    const onScreen = await links.evaluateAll((elements) => elements.findLastIndex((link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= window.innerHeight));
    expect(onScreen).toBeGreaterThanOrEqual(0);
    const story = links.nth(onScreen);
    const headline = (await story.textContent()) ?? '';
    await story.click();
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeAttached();
    await expect.poll(() => scrollY(page)).toBeGreaterThan(reached - 5);
    expect(Math.abs((await scrollY(page)) - reached)).toBeLessThanOrEqual(5);
  });
});

test.describe('no empty space held for what never appears', () => {
  test('the share bar ends with its buttons, and on a phone "Berita Terkait" and the footer follow closely', async ({ page }) => {
    await page.goto(SEED_PATH);
    const share = page.getByRole('region', { name: 'Bagikan' });
    // Chromium on Linux has no share sheet: no place is held for its button, nor a line for a message.
    await expect(share.getByRole('button', { name: 'Bagikan lewat aplikasi lain' })).toBeHidden();
    const list = await share.getByRole('list').boundingBox();
    const section = await share.boundingBox();
    if (!list || !section) throw new Error('not laid out');
    expect(section.y + section.height - (list.y + list.height)).toBeLessThanOrEqual(1);
    if (!isPhone(page)) return;
    const aside = page.getByRole('complementary', { name: 'Berita Terkait' });
    await aside.getByRole('listitem').last().scrollIntoViewIfNeeded();
    const copy = await share.getByRole('button', { name: 'Salin tautan' }).boundingBox();
    const asideBox = await aside.boundingBox();
    const lastItem = await aside.getByRole('listitem').last().boundingBox();
    const footer = await page.getByRole('contentinfo').boundingBox();
    if (!copy || !asideBox || !lastItem || !footer) throw new Error('not laid out');
    expect(asideBox.y - (copy.y + copy.height)).toBeLessThanOrEqual(48);
    expect(footer.y - (lastItem.y + lastItem.height)).toBeLessThanOrEqual(48);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('holds no place for the buttons that need it', async ({ page }) => {
      await page.goto(SEED_PATH);
      const share = page.getByRole('region', { name: 'Bagikan' });
      const row = await share.getByRole('list').boundingBox();
      const telegram = await share.getByRole('link', { name: /Telegram/ }).boundingBox();
      if (!row || !telegram) throw new Error('not laid out');
      expect(row.y + row.height - (telegram.y + telegram.height)).toBeLessThanOrEqual(1);
    });
  });
});

test('the navigation marks the section of the article, in the page as it arrives', async ({ page }) => {
  await page.goto(SEED_PATH);
  const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
  await expect(nav.getByRole('link', { name: 'Dunia' })).toHaveAttribute('aria-current', 'true');
  await expect(nav.getByRole('link', { name: 'Beranda' })).not.toHaveAttribute('aria-current');
});
