import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/content/schema';
import { appendEditorInitials } from '../../../src/features/article/model/append-editor-initials';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const readAlso: Block = { type: 'read-also', slug: 'lain', headline: 'Lain' };

describe('appendEditorInitials', () => {
  it('closes the last paragraph with the initials', () => {
    expect(appendEditorInitials([paragraph('Satu.'), paragraph('Dua.')], 'ikh')).toEqual([
      paragraph('Satu.'),
      { type: 'paragraph', content: [{ type: 'text', text: 'Dua.' }, { type: 'editor-initials', initials: 'ikh' }] },
    ]);
  });

  it('gives the initials a paragraph of their own when the body ends in an insert', () => {
    expect(appendEditorInitials([paragraph('Satu.'), readAlso], 'ikh')).toEqual([
      paragraph('Satu.'),
      readAlso,
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
