/**
 * Every word of a story a search finds it by, as text: its summary, dateline, body (paragraphs,
 * headings, quotes, list items, tables, captions and credits, video titles, embedded posts' words,
 * "Baca juga" headlines) and main picture's caption and credit, then what it is about (category,
 * tags, byline). Used by both search indexes: Pagefind's on the static site
 * (scripts/content/search-index.ts) and the live render server's (src/server/story-search.ts).
 */
import type { BlockContract } from './contract';
import type { Article, Block } from './schema';

/** A block as the reader parses it or as the content contract has it. */
type AnyBlock = Block | BlockContract;

/** The words of a story beside its headline: `paragraphs` of text in reading order, and `about` (category · tags · byline). */
export interface StoryText {
  paragraphs: string[];
  about: string;
}

/** What storyText reads of a story: the reader's Article and the content contract's both fit. */
type Story = Pick<Article, 'summary' | 'dateline' | 'byline'> & {
  category?: { name: string } | undefined;
  tags?: readonly { name: string }[] | undefined;
  image?: { caption?: string | undefined; credit?: string | undefined } | undefined;
  body: readonly AnyBlock[];
};

const runs = (content: readonly { text: string }[]) => content.map((run) => run.text).join('');
const picture = (image: { caption?: string | undefined; credit?: string | undefined }) => [image.caption, image.credit].filter(Boolean).join(' ');

/** Every word a block holds, as paragraphs of text. */
function wordsOf(block: AnyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [runs(block.content)];
    case 'heading':
      return [block.text];
    case 'quote':
    case 'pull-quote':
      return [block.text, block.attribution ?? ''];
    case 'list':
      return block.items.map(runs);
    case 'table':
      return [block.caption, ...block.header.map(runs), ...block.rows.map((row) => row.map(runs).join(' · '))];
    case 'image':
      return [picture(block.image)];
    case 'gallery':
      return [block.title ?? '', ...block.images.map(picture)];
    case 'video':
      return [block.title];
    case 'embed':
      return [block.title ?? '', block.text ?? '', block.author ?? ''];
    case 'read-also':
      return block.links.map((link) => link.headline);
    case 'divider':
      return [];
  }
}

/** Words a minute an adult reads news text at, in Indonesian as in English (the usual estimate, 200 to 250). */
export const READING_WORDS_PER_MINUTE = 200;

/**
 * How many words a story's body holds: every block's words, as search reads them (see the module's
 * note), counted as runs of non-space characters. The content build writes it into each article as
 * `wordCount` (as the Guardian's Content API gives `wordcount`), so no reader counts a long story
 * while it renders. Never throws.
 */
export function countWords(body: readonly AnyBlock[]): number {
  let words = 0;
  for (const block of body) for (const text of wordsOf(block)) words += text.match(/\S+/g)?.length ?? 0;
  return words;
}

/**
 * How long `wordCount` words take to read, in whole minutes (at least 1) at
 * READING_WORDS_PER_MINUTE, rounded to the nearest minute. Never throws.
 */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/** A story's searchable words (see the module's note); empty paragraphs left out. Never throws. */
export function storyText(story: Story): StoryText {
  const paragraphs = [story.summary ?? '', story.dateline ?? '', ...story.body.flatMap(wordsOf), story.image ? picture(story.image) : '']
    .map((text) => text.trim())
    .filter(Boolean);
  const about = [story.category?.name ?? '', ...(story.tags ?? []).map((tag) => tag.name), ...(story.byline ?? [])].filter(Boolean).join(' · ');
  return { paragraphs, about };
}
