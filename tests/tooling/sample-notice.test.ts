/**
 * The footer's "Warta menampilkan konten contoh …" is true of the built-in sample only: a build of a
 * newsroom's own content (CONTENT_DIR, e.g. an imported CMS's) must not say its pictures are Warta's
 * stand-ins. The build decides it (vite.config.ts); the footer shows what the build decided.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function buildDefines(contentDir: string | undefined): Promise<Record<string, unknown>> {
  vi.resetModules();
  if (contentDir === undefined) delete process.env['CONTENT_DIR'];
  else process.env['CONTENT_DIR'] = contentDir;
  const { default: config } = await import('../../vite.config');
  const resolved = typeof config === 'function' ? config({ command: 'build', mode: 'production', isSsrBuild: false }) : config;
  return (resolved as { define?: Record<string, unknown> }).define ?? {};
}

describe('the sample notice', () => {
  const before = process.env['CONTENT_DIR'];
  afterEach(() => {
    if (before === undefined) delete process.env['CONTENT_DIR'];
    else process.env['CONTENT_DIR'] = before;
  });

  it('is in a build of the sample content, and in no build of another content folder', async () => {
    expect((await buildDefines(undefined))['import.meta.env.VITE_SAMPLE_CONTENT']).toBe('true');
    expect((await buildDefines('content/sample'))['import.meta.env.VITE_SAMPLE_CONTENT']).toBe('true');
    expect((await buildDefines('content/newsroom'))['import.meta.env.VITE_SAMPLE_CONTENT']).toBe('false');
  });
});
