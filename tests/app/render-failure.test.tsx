/**
 * A page the build cannot render fails the build, saying which page, what was thrown and where.
 * (Its own file: a server render that throws leaves React's development-only context bookkeeping
 * marked, which would make the next client render in the same file warn.)
 */
import { afterEach, expect, it, vi } from 'vitest';
import { renderPage } from '../../src/entry-server';
import { SEED_SLUG } from '../msw/sample-api';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('fails the build naming the page, the error thrown and the component it was thrown in', async () => {
  // What a lone surrogate once did to the share links: encodeURIComponent throws URIError.
  vi.stubGlobal('encodeURIComponent', () => {
    throw new URIError('URI malformed');
  });
  vi.mocked(console.error).mockImplementation(() => undefined);
  await expect(renderPage(`/post/read/${SEED_SLUG}`)).rejects.toThrow(/\/post\/read\/media-ukraina.*URIError: URI malformed, in ShareBar/);
});
