import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium';

const PORT = 4174;

export default defineConfig({
  testDir: 'tests/e2e',
  // Kept apart from test-results/*.json, the reports .ci/run counts.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    // Tests that mock the network run with service workers blocked; the offline tests allow them,
    // against a server of their own that they stop (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  projects: [
    // What a crawler or a static host sees: HTTP and HTML, no browser, run once.
    { name: 'static', testMatch: /\.static\.spec\.ts$/ },
    {
      name: 'phone',
      testIgnore: /\.static\.spec\.ts$/,
      use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    // What does not depend on the screen's size runs at 390 px only: the first frame's theme, offline
    // reading, and the tests tagged @any-screen (what a crafted URL or a failing network does to a
    // page, the page without JavaScript, search, an imported story, and the tests that set their own
    // 320 px screen).
    {
      name: 'desktop',
      testIgnore: /(\.static|first-paint|offline)\.spec\.ts$/,
      grepInvert: /@any-screen/,
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
  // dist/ on a plain static file server (run `npm run build` first; `npm run test:e2e` does).
  webServer: {
    command: `npx tsx scripts/serve.ts`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
