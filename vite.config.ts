/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), tailwindcss()],
  // SITE_URL (the public origin for canonical and share links) is read at build time.
  envPrefix: ['VITE_', 'SITE_URL'],
  build: {
    target: 'es2022',
    // The client build's manifest feeds the size budget; the server build (npm run build's
    // prerender step) needs neither a manifest nor a copy of public/.
    manifest: !isSsrBuild,
    copyPublicDir: !isSsrBuild,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
