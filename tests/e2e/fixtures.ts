import { test as base, expect, type Page } from '@playwright/test';

export const SEED_SLUG = 'media-ukraina-sebut-tentara-korut-perang-di-ukraina-membelot-kini-jadi-buronan-rusia';
export const SEED_PATH = `/post/read/${SEED_SLUG}`;
export const SEED_HEADLINE = 'Media Ukraina Sebut Tentara Korut Perang di Ukraina Membelot, Kini Jadi Buronan Rusia';

/**
 * Every page fails its test on a console error or an uncaught exception, unless the test
 * says it expects that one (`consoleProblems.allow(/…/)`, e.g. the browser's own log of a 404).
 */
export const test = base.extend<{ consoleProblems: { allow: (pattern: RegExp) => void }; startApp: boolean }>({
  /**
   * A prerendered page starts the app on the reader's first gesture (src/main.tsx). A test that
   * opens a page acts on the app, so by default it moves the mouse as a reader would and waits for
   * the app (<html data-warta="ready">); `test.use({ startApp: false })` leaves the page untouched.
   */
  startApp: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, startApp }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled && startApp) {
        await page.mouse.move(1, 1);
        await page.locator('html[data-warta="ready"]').waitFor({ state: 'attached' });
      }
      return response;
    };
    await provide(page);
  },
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      // Every page in every test runs under the production CSP: any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use({ allow: (pattern) => allowed.push(pattern) });
      expect(problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** How Chromium logs a response with status 404: expected where a test opens a page that does not exist. */
export const NOT_FOUND_LOG = /Failed to load resource: the server responded with a status of 404/;

export function isPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? 0) < 640;
}
