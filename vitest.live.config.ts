/**
 * npm run test:live: the live mode through a real Varnish (installed by .ci/run with apt-get), in Node.
 * Kept out of `npm test`, which stays runnable on a machine without Varnish.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/live/**/*.live.test.ts'],
    environment: 'node',
    // One stack at a time: each file starts its own on free ports, but two would share two cores.
    fileParallelism: false,
    // Ceilings, not waits: the stack's first start renders the sample's images (about 15 s).
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
