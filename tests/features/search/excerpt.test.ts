/** A search result's excerpt (#18): Pagefind's marked HTML as text parts, without the headline it repeats, with "…" where it cuts. */
import { describe, expect, it } from 'vitest';
import { excerptParts, resultExcerpt } from '../../../src/features/search/api/search-stories';

describe('excerptParts', () => {
  it('reads the marked words as flagged text, and the escaped markup as the characters it stands for', () => {
    expect(excerptParts('tentara <mark>membelot.</mark> &lt;b&gt; &amp; &quot;kata&quot;')).toEqual([
      { text: 'tentara ', marked: false },
      { text: 'membelot.', marked: true },
      { text: ' <b> & "kata"', marked: false },
    ]);
  });
});

describe('resultExcerpt', () => {
  const headline = 'Otoritas Kamchatka Umumkan Pencabutan Peringatan Tsunami';

  it('leaves out the headline the excerpt opens with, whole or its end', () => {
    expect(resultExcerpt(excerptParts('Otoritas Kamchatka Umumkan Pencabutan Peringatan <mark>Tsunami.</mark> Warga kembali ke rumah.'), headline)).toEqual([
      { text: 'Warga kembali ke rumah.', marked: false },
    ]);
    expect(resultExcerpt(excerptParts('Pencabutan Peringatan Tsunami. Warga <mark>kembali</mark> ke rumah'), headline)).toEqual([
      { text: 'Warga ', marked: false },
      { text: 'kembali', marked: true },
      { text: ' ke rumah', marked: false },
      { text: ' …', marked: false },
    ]);
  });

  it('marks with "…" an excerpt that starts or ends inside a sentence', () => {
    expect(resultExcerpt(excerptParts('negara itu, batalion <mark>Buryat,</mark> yang dinamai'), headline)).toEqual([
      { text: '… ', marked: false },
      { text: 'negara itu, batalion ', marked: false },
      { text: 'Buryat,', marked: true },
      { text: ' yang dinamai', marked: false },
      { text: ' …', marked: false },
    ]);
  });
});
