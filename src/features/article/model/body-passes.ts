/**
 * The body is reshaped before it is rendered, in small pure passes (the Guardian's "enhancers"): each
 * takes blocks and gives blocks, and has its own test. `enhanceBody` runs them in order.
 */
import type { Block, Inline } from '../../../content/schema';

/** The editor's initials, e.g. "(ikh)", set apart from the text they close. */
export interface EditorInitialsInline {
  type: 'editor-initials';
  initials: string;
}

/** Where the story was filed from, or the newsroom: "MerahPutih.com", in bold before the first words. */
export interface DatelineInline {
  type: 'dateline';
  text: string;
}

export type BodyInline = Inline | EditorInitialsInline | DatelineInline;
export type BodyBlock = Exclude<Block, { type: 'paragraph' }> | { type: 'paragraph'; content: BodyInline[] };

/**
 * Newsrooms close an article with the editor's initials at the end of the last paragraph:
 * "… dengan segala cara yang dimilikinya. (ikh)". When the body ends in something else
 * (an insert, an image), the initials get a paragraph of their own after it.
 */
export function appendEditorInitials(blocks: readonly BodyBlock[], initials: string | undefined): BodyBlock[] {
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

/**
 * The dateline opens the first paragraph ("**MerahPutih.com** - Sekitar 18 tentara …", "**JAKARTA** -
 * …"), wherever that paragraph is (after a picture, say). A body without a paragraph has nowhere to
 * put it and is left as it is.
 */
export function prependDateline(blocks: readonly BodyBlock[], dateline: string | undefined): BodyBlock[] {
  const result: BodyBlock[] = [...blocks];
  if (!dateline) return result;
  const index = result.findIndex((block) => block.type === 'paragraph');
  const first = result[index];
  if (first?.type !== 'paragraph') return result;
  result[index] = { type: 'paragraph', content: [{ type: 'dateline', text: dateline }, ...first.content] };
  return result;
}

/** "Baca juga" inserts that follow one another become one box of their links, as editors lay them out. */
export function groupReadAlso(blocks: readonly BodyBlock[]): BodyBlock[] {
  const result: BodyBlock[] = [];
  for (const block of blocks) {
    const previous = result[result.length - 1];
    if (block.type === 'read-also' && previous?.type === 'read-also') {
      result[result.length - 1] = { type: 'read-also', links: [...previous.links, ...block.links] };
    } else {
      result.push(block);
    }
  }
  return result;
}

/**
 * Sub-headings never skip a level (WCAG's heading order: a reader of headings is not left to wonder
 * what an h4 straight under an h2 belongs to): each is at most one below the one before it, the
 * first at most 2 (under the headline's 1). A level an editor set higher is lowered; none is raised.
 */
export function levelHeadings(blocks: readonly BodyBlock[]): BodyBlock[] {
  let previous = 1;
  return blocks.map((block) => {
    if (block.type !== 'heading') return block;
    const level = Math.min(block.level ?? 2, previous + 1) as 2 | 3 | 4;
    previous = level;
    return level === (block.level ?? 2) ? block : { ...block, level };
  });
}

/** Every pass, in order: the blocks as the renderer shows them. */
export function enhanceBody(blocks: readonly Block[], { dateline, editorInitials }: { dateline?: string | undefined; editorInitials?: string | undefined }): BodyBlock[] {
  return appendEditorInitials(prependDateline(levelHeadings(groupReadAlso(blocks)), dateline), editorInitials);
}
