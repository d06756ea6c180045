/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Whether the build is of the built-in sample content (CONTENT_DIR unset or content/sample): only then
 * does the footer say that the content is sample text with stand-in pictures. A newsroom's own (an
 * imported CMS's) is not.
 */
const SAMPLE_CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content/sample') === path.resolve('content/sample');

/** What the boot script (src/main.tsx) imports: it must stay a few kB that load alone (decision 5). */
const BOOT_MODULES = /src[\\/](lib[\\/](same-path|save-data|serialise-for-script)|app[\\/]boot-info)\.ts$/;
/**
 * Code that stays out of the shared chunk, loaded only where it is used: the embed card's strings,
 * the story lists' "Muat lebih banyak" (only the list pages have it, not an article), and the saved
 * stories' storage (idb-keyval: loaded when the app first reads or writes them), and what "Hemat
 * data" does in the page (held-pictures: loaded on a tap, or when pictures must be held without a worker),
 * and the "Tampilan" menu's (reader-settings: loaded when the reader first opens it).
 */
const OWN_CHUNK = /src[\\/](i18n[\\/]id-(embed|saved)|components[\\/]story-list|lib[\\/](held-pictures|reader-settings))\.tsx?$|node_modules[\\/](idb-keyval[\\/]|@tanstack[\\/](react-query|query-core)[\\/]build[\\/]modern[\\/](useMutation|mutationObserver|useInfiniteQuery|infiniteQueryObserver)\.js)/;
/**
 * The app's shared code (libraries, src/lib, config, content, components, the strings) is one chunk,
 * "core", that every page's app loads. Left to itself, the bundler cuts it into a new common chunk
 * for every set of lazily loaded modules that shares a part of it (a route, an embed card, the rich
 * blocks): more requests, and each piece compresses worse than the whole (#16: 1.7 kB gzip on the
 * seed article).
 */
/**
 * The reader's schemas and valibot: loaded with a page's first fetch (src/lib/api-client.ts), never to
 * hydrate one, so in a chunk of their own.
 */
const SCHEMAS = /src[\\/]content[\\/](schema|contract)\.ts$|node_modules[\\/]valibot[\\/]/;

function inCoreChunk(id: string): boolean {
  if (BOOT_MODULES.test(id) || OWN_CHUNK.test(id) || SCHEMAS.test(id)) return false;
  // The bundler's own runtime too: a chunk of its own would be one more request for 400 bytes.
  return /node_modules[\\/]|src[\\/](lib|config|content|components|i18n)[\\/]|rolldown[:\\/]runtime/.test(id);
}

/**
 * React Router 7's package.json sends every import to its development build, whose dev warnings
 * (ENABLE_DEV_WARNINGS = true) stay in the bundle and print in the reader's console: a known bug
 * (remix-run/react-router#14102, #14753). Its production build, in the same package and otherwise
 * the same code, is what a build should use; the dev server and the tests keep the warnings.
 */
const REACT_ROUTER_PRODUCTION = [{ find: /^react-router$/, replacement: path.resolve('node_modules/react-router/dist/production/index.mjs') }];

const UNIT_TESTS = 'tests/**/*.test.{ts,tsx}';
const PROPERTY_TESTS = 'tests/**/*.property.test.{ts,tsx}';

/**
 * The service worker (src/sw/service-worker.ts, decision 13), built to dist/sw.js with the list of the
 * app's files to precache. The app registers it itself (src/app/service-worker.ts), with the manifest
 * in public/: the plugin writes neither.
 */
const serviceWorker = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'service-worker.ts',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    // The app's code, stylesheets and icon sprite; not the pages, pictures or search's index: those
    // are cached as they are read (and "Tersimpan" at install: the worker's SHELL_PAGES).
    globPatterns: ['assets/*.{js,css,svg}'],
    rollupFormat: 'es',
  },
});

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [react(), tailwindcss(), ...(command === 'build' && !isSsrBuild ? [serviceWorker] : [])],
  define: { 'import.meta.env.VITE_SAMPLE_CONTENT': JSON.stringify(SAMPLE_CONTENT) },
  resolve: { alias: command === 'build' ? REACT_ROUTER_PRODUCTION : [] },
  build: {
    target: 'es2022',
    // The client build's manifest feeds the size budget; the server build (npm run build's
    // prerender step) needs neither a manifest nor a copy of public/.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // The server build: the render pipeline (the prerender's) and the live render server.
    ...(isSsrBuild
      ? { rolldownOptions: { input: { 'entry-server': 'src/entry-server.tsx', 'live-app': 'src/server/live-app.ts' } } }
      : { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'core', test: inCoreChunk }, { name: 'schemas', test: SCHEMAS }] } } } }),
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // The search engine's browser code, as the sample's index built it (tests/global-setup.ts).
    alias: [{ find: /^\/pagefind\/pagefind\.js$/, replacement: path.resolve('.cache/test-pagefind/pagefind.js') }],
    globalSetup: ['tests/global-setup.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A ceiling, never a wait: a test ends when it passes. A busy 2-core machine may run one for
    // many times its idle time, so the ceiling is far above that.
    testTimeout: 30_000,
    projects: [
      // tests/live needs Varnish: its own command, npm run test:live (vitest.live.config.ts).
      { extends: true, test: { name: 'unit', include: [UNIT_TESTS], exclude: [PROPERTY_TESTS, 'tests/live/**'], sequence: { groupOrder: 0 } } },
      // The long property searches run after the rest, so they never starve a route test of a core.
      { extends: true, test: { name: 'property', include: [PROPERTY_TESTS], sequence: { groupOrder: 1 } } },
    ],
  },
}));
