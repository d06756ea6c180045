import { describe, expect, it } from 'vitest';
import { siteUrlForLocalRun } from '../../scripts/lib/local-site-url';

describe('the site URL of npm start', () => {
  it('is the address the local server answers at, so a shared link opens what the reader sees', () => {
    expect(siteUrlForLocalRun({})).toBe('http://127.0.0.1:4173');
    expect(siteUrlForLocalRun({ HOST: '0.0.0.0', PORT: '8000' })).toBe('http://0.0.0.0:8000');
    expect(siteUrlForLocalRun({ HOST: '::1' })).toBe('http://[::1]:4173');
  });

  it('is SITE_URL when it is set', () => {
    expect(siteUrlForLocalRun({ SITE_URL: 'https://warta.id/', PORT: '8000' })).toBe('https://warta.id');
  });
});
