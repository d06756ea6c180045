import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseForScript } from '../../src/lib/serialise-for-script';
import { safeHref, shareTargets } from '../../src/lib/urls';

describe('share URLs', () => {
  it('carry any headline and URL whole: every parameter round-trips', () => {
    fc.assert(
      fc.property(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), (title, url) => {
        for (const target of shareTargets({ url, title })) {
          const params = new URL(target.href).searchParams;
          switch (target.network) {
            case 'whatsapp':
              expect(params.get('text')).toBe(`${title} ${url}`);
              break;
            case 'facebook':
              expect(params.get('u')).toBe(url);
              break;
            case 'x':
              expect([params.get('text'), params.get('url')]).toEqual([title, url]);
              break;
            case 'telegram':
              expect([params.get('url'), params.get('text')]).toEqual([url, title]);
              break;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('safeHref', () => {
  it('never lets a dangerous scheme through, whatever the string', () => {
    const dangerous = fc
      .tuple(fc.constantFrom('javascript', 'data', 'vbscript', 'JaVaScRiPt', 'file'), fc.string(), fc.constantFrom('', ' ', '\t', '\n', '\u0000'))
      .map(([scheme, rest, noise]) => `${noise}${scheme.split('').join(noise)}:${rest}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), dangerous), (raw) => {
        const href = safeHref(raw);
        if (href === null) return;
        if (href.kind === 'internal') expect(href.path).toMatch(/^\/(?![/\\])/);
        else expect(new URL(href.href).protocol).toMatch(/^(https?|mailto):$/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('serialiseForScript', () => {
  it('round-trips any JSON and never leaves "<" to close a script', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = serialiseForScript(value);
        expect(text).not.toMatch(/[<>\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 2000 },
    );
  });
});
