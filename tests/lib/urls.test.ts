import { describe, expect, it } from 'vitest';
import { safeHref, shareTargets } from '../../src/lib/urls';

describe('shareTargets', () => {
  const url = 'https://warta.example/post/read/a-b?x=1&y=2#z';
  const title = 'Korut & Rusia: "50%" #terkini?';

  it('gives WhatsApp, Facebook, X and Telegram, in that order', () => {
    expect(shareTargets({ url, title }).map((target) => target.name)).toEqual(['WhatsApp', 'Facebook', 'X', 'Telegram']);
  });

  it('carries the URL and title encoded, so they come back whole', () => {
    for (const target of shareTargets({ url, title })) {
      const params = new URL(target.href).searchParams;
      const carried = [...params.values()].join(' ');
      expect(carried, target.name).toContain(url);
      if (target.network !== 'facebook') expect(carried, target.name).toContain(title);
    }
  });

  it('points at each network’s share endpoint over https', () => {
    const hosts = shareTargets({ url, title }).map((target) => new URL(target.href).host);
    expect(hosts).toEqual(['wa.me', 'www.facebook.com', 'x.com', 't.me']);
  });
});

describe('safeHref', () => {
  it('keeps in-app paths in the app', () => {
    expect(safeHref('/post/read/abc')).toEqual({ kind: 'internal', path: '/post/read/abc' });
  });

  it('lets http, https and mailto out', () => {
    expect(safeHref('https://example.com/a')).toEqual({ kind: 'external', href: 'https://example.com/a' });
    expect(safeHref('http://example.com')).toEqual({ kind: 'external', href: 'http://example.com/' });
    expect(safeHref('mailto:redaksi@example.com')).toEqual({ kind: 'external', href: 'mailto:redaksi@example.com' });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '',
    'not a url',
  ])('drops %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it.each(['//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x'])('treats %j as the external URL a browser sees', (href) => {
    expect(safeHref(href)).toEqual({ kind: 'external', href: 'https://evil.example/x' });
  });
});
