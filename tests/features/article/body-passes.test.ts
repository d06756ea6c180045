/** The passes that reshape a body before it is rendered (#16): each alone, then in order. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/content/schema';
import { appendEditorInitials, enhanceBody, groupReadAlso, levelHeadings, prependDateline } from '../../../src/features/article/model/body-passes';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const readAlso = (slug: string): Block => ({ type: 'read-also', links: [{ slug, headline: slug.toUpperCase() }] });
const image: Block = { type: 'image', image: { src: '/images/a.jpg', width: 16, height: 9, alt: '', variants: [] } };

describe('appendEditorInitials', () => {
  it('closes the last paragraph with the initials', () => {
    expect(appendEditorInitials([paragraph('Satu.'), paragraph('Dua.')], 'ikh')).toEqual([
      paragraph('Satu.'),
      { type: 'paragraph', content: [{ type: 'text', text: 'Dua.' }, { type: 'editor-initials', initials: 'ikh' }] },
    ]);
  });

  it('gives the initials a paragraph of their own when the body ends in an insert', () => {
    expect(appendEditorInitials([paragraph('Satu.'), readAlso('lain')], 'ikh')).toEqual([
      paragraph('Satu.'),
      readAlso('lain'),
      { type: 'paragraph', content: [{ type: 'editor-initials', initials: 'ikh' }] },
    ]);
  });

  it('leaves the body alone without initials, and does not change its input', () => {
    const blocks = [paragraph('Satu.')];
    expect(appendEditorInitials(blocks, undefined)).toEqual(blocks);
    appendEditorInitials(blocks, 'ikh');
    expect(blocks).toEqual([paragraph('Satu.')]);
  });
});

describe('prependDateline', () => {
  it('opens the first paragraph, even after a picture', () => {
    expect(prependDateline([image, paragraph('Sekitar 18 tentara.'), paragraph('Dua.')], 'MerahPutih.com')).toEqual([
      image,
      { type: 'paragraph', content: [{ type: 'dateline', text: 'MerahPutih.com' }, { type: 'text', text: 'Sekitar 18 tentara.' }] },
      paragraph('Dua.'),
    ]);
  });

  it('leaves a body without a paragraph, or a story without a dateline, as it is', () => {
    expect(prependDateline([image], 'Jakarta')).toEqual([image]);
    expect(prependDateline([paragraph('Satu.')], undefined)).toEqual([paragraph('Satu.')]);
  });
});

describe('groupReadAlso', () => {
  it('makes "Baca juga" inserts that follow one another one box, in order', () => {
    expect(groupReadAlso([readAlso('a'), readAlso('b'), paragraph('Satu.'), readAlso('c')])).toEqual([
      { type: 'read-also', links: [{ slug: 'a', headline: 'A' }, { slug: 'b', headline: 'B' }] },
      paragraph('Satu.'),
      readAlso('c'),
    ]);
  });
});

describe('levelHeadings', () => {
  const heading = (text: string, level?: 2 | 3 | 4): Block => ({ type: 'heading', text, ...(level ? { level } : {}) });

  it('lowers a heading that skips a level to one below the heading before it', () => {
    expect(levelHeadings([heading('A'), paragraph('Satu.'), heading('B', 4), heading('C', 4), heading('D', 2), heading('E', 4)])).toEqual([
      heading('A'),
      paragraph('Satu.'),
      heading('B', 3),
      heading('C', 4),
      heading('D', 2),
      heading('E', 3),
    ]);
  });

  it('starts at 2, under the headline, and keeps levels that do not skip', () => {
    expect(levelHeadings([heading('A', 3)])).toEqual([heading('A', 2)]);
    const ordered = [heading('A', 2), heading('B', 3), heading('C', 4), heading('D', 2)];
    expect(levelHeadings(ordered)).toEqual(ordered);
  });
});

describe('enhanceBody', () => {
  it('runs every pass: grouped inserts, the dateline first and the initials last', () => {
    const body = enhanceBody([paragraph('Satu.'), readAlso('a'), readAlso('b')], { dateline: 'Jakarta', editorInitials: 'ikh' });
    expect(body).toEqual([
      { type: 'paragraph', content: [{ type: 'dateline', text: 'Jakarta' }, { type: 'text', text: 'Satu.' }] },
      { type: 'read-also', links: [{ slug: 'a', headline: 'A' }, { slug: 'b', headline: 'B' }] },
      { type: 'paragraph', content: [{ type: 'editor-initials', initials: 'ikh' }] },
    ]);
  });
});
