/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const UNIT_TESTS = 'tests/**/*.test.{ts,tsx}';
const PROPERTY_TESTS = 'tests/**/*.property.test.{ts,tsx}';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    // The client build's manifest feeds the size budget; the server build (npm run build's
    // prerender step) needs neither a manifest nor a copy of public/.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
    // The server build: the render pipeline (the prerender's) and the live render server.
    ...(isSsrBuild ? { rolldownOptions: { input: { 'entry-server': 'src/entry-server.tsx', 'live-app': 'src/server/live-app.ts' } } } : {}),
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
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
