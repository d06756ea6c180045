import type { Block, Inline } from '../../../content/schema';

/** The editor's initials, e.g. "(ikh)", set apart from the text they close. */
export interface EditorInitialsInline {
  type: 'editor-initials';
  initials: string;
}

export type BodyInline = Inline | EditorInitialsInline;
export type BodyBlock =
  | Exclude<Block, { type: 'paragraph' }>
  | { type: 'paragraph'; content: BodyInline[] };

/**
 * Newsrooms close an article with the editor's initials at the end of the last paragraph:
 * "… dengan segala cara yang dimilikinya. (ikh)". When the body ends in something else
 * (an insert, an image), the initials get a paragraph of their own after it.
 */
export function appendEditorInitials(blocks: readonly Block[], initials: string | undefined): BodyBlock[] {
  const result: BodyBlock[] = [...blocks];
  if (!initials) return result;
  const mark: EditorInitialsInline = { type: 'editor-initials', initials };
  const last = result[result.length - 1];
  if (last?.type === 'paragraph') {
    result[result.length - 1] = { type: 'paragraph', content: [...last.content, mark] };
  } else {
    result.push({ type: 'paragraph', content: [mark] });
  }
  return result;
}
