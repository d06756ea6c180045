import { describe, expect, it } from 'vitest';
import { serialiseForScript } from '../../src/lib/serialise-for-script';

describe('serialiseForScript', () => {
  const hostile = {
    headline: 'Berita </script><script>alert(1)</script> <!-- komentar --> & "kutip"',
    lines: 'satu\u2028dua\u2029tiga',
    nested: [{ text: '</SCRIPT >' }],
  };

  it('leaves nothing that could close the script element or open a comment', () => {
    const text = serialiseForScript(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(serialiseForScript(hostile))).toEqual(hostile);
  });

  it('stays harmless inside a real page: the script element holds exactly the data', () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body><script type="application/json" id="data">${serialiseForScript(hostile)}</script><p id="after">akhir</p>`,
      'text/html',
    );
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(doc.getElementById('data')?.textContent ?? '')).toEqual(hostile);
    expect(doc.getElementById('after')).not.toBeNull();
  });
});
