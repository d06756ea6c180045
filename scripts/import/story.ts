/**
 * One story of a CMS (a WordPress post, a feed's item, a ninjs item, read by formats/*) → an article
 * of Warta's authoring format (scripts/content/source.ts). The body's HTML becomes blocks
 * (html-to-blocks.ts); then small pure passes find what a newsroom writes into the text itself:
 * "Baca juga" inserts, the dateline that opens the first paragraph, the editor's initials that close
 * the last, a post's link standing alone, the picture that opens the body.
 */
import * as v from 'valibot';
import { paths } from '../../src/config/paths';
import { wellFormed } from '../../src/lib/well-formed';
import { tagSlug } from '../content/build-api';
import { SourceArticleSchema, type SourceArticle, type SourceBlock, type SourceImage } from '../content/source';
import { embedTargetOf } from './embed-urls';
import { collapse, HtmlWalker, tidyRuns, type DraftBlock, type DraftImage, type DraftInline } from './html-to-blocks';

/** What a format reader gives of one story. */
export interface StoryDraft {
  /** Where it is in the input, for the report: "post 812", "item 3". */
  source: string;
  /** The story's own address on the publisher's site. */
  url?: string | undefined;
  /** Other addresses it is known by (a WordPress guid "?p=812"), so links to them find it. */
  aliases?: string[];
  /** A slug the CMS gave (WordPress's `slug`), used when the address has none. */
  slugHint?: string | undefined;
  headline: string;
  summary?: string | undefined;
  /** The body, as HTML (a plain-text body is given as paragraphs). */
  html: string;
  publishedAt?: Date | undefined;
  updatedAt?: Date | undefined;
  byline: string[];
  /** The story's categories, the first its own: { name, slug the CMS gave }. */
  categories: { name: string; slug?: string | undefined }[];
  tags: string[];
  image?: DraftImage | undefined;
  /** A dateline the CMS keeps in a field of its own (ninjs `located`). */
  dateline?: string | undefined;
}

/** The picture an image that is not on https becomes: written once into the import's images/. */
export const PLACEHOLDER_FILE = 'gambar-tidak-tersedia.svg';

/** The placeholder: a grey 16:9 frame with a picture's outline, and no words (the alt text says it). */
export const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<rect width="1280" height="720" fill="#e5e5e5"/>
<g fill="none" stroke="#737373" stroke-width="16" stroke-linejoin="round"><rect x="520" y="280" width="240" height="170" rx="12"/><path d="M536 430l70-80 50 55 34-34 54 59"/></g>
<circle cx="712" cy="322" r="18" fill="#737373"/>
</svg>
`;

export const DEFAULT_CATEGORY = { slug: 'berita', name: 'Berita' } as const;

const READ_ALSO_LABEL = /^\s*baca\s+juga\s*[:：.\-–—]*\s*/i;
/** What may stand between the links of a "Baca juga" line: separators, "dan", nothing else. */
const LINK_SEPARATORS = /^[\s,;|/•·\-–—]*(?:dan|and)?[\s,;|/•·\-–—]*$/i;
/** "(ikh)", "(ikh/dru)", "[ant]" closing the last paragraph. */
const INITIALS = /\s*[([]\s*([a-z]{2,5}(?:\s*\/\s*[a-z]{2,5}){0,3})\s*[)\]]\s*$/;
/**
 * "MerahPutih.com - ", "JAKARTA, KOMPAS.com – ", "Jakarta (ANTARA) - ": a short name, then a dash
 * with a space on each side, opening the first paragraph.
 */
const DATELINE = /^\s*([A-Z0-9][\p{L}\p{N}.,()'’ ]{1,48}?)\s+[-–—]{1,2}\s+(?=\S)/u;

const textOfRuns = (runs: readonly DraftInline[]) => runs.map((run) => run.text).join('');

/** A dateline is short and looks like a place or a newsroom: capitals, a domain, or a few capitalised words. */
function looksLikeDateline(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter(Boolean);
  if (words.length > 5) return false;
  if (/[.!?]\s/.test(candidate)) return false;
  return /\b[A-Z]{3,}\b/.test(candidate) || /\.\w{2,}/.test(candidate) || words.every((word) => /^[A-Z(]/.test(word));
}

/** Removes `count` characters from the start (or, with `fromEnd`, the end) of the runs. */
function cut(runs: readonly DraftInline[], count: number, fromEnd = false): DraftInline[] {
  const result = fromEnd ? [...runs].reverse() : [...runs];
  let left = count;
  while (left > 0 && result.length > 0) {
    const run = result[0];
    if (!run) break;
    if (run.text.length <= left) {
      left -= run.text.length;
      result.shift();
    } else {
      result[0] = { ...run, text: fromEnd ? run.text.slice(0, run.text.length - left) : run.text.slice(left) };
      left = 0;
    }
  }
  return tidyRuns(fromEnd ? result.reverse() : result);
}

/** The dateline, taken from the start of the first paragraph (when that is the body's first words). */
export function takeDateline(blocks: DraftBlock[]): { blocks: DraftBlock[]; dateline?: string } {
  const index = blocks.findIndex((block) => block.type === 'paragraph');
  const first = blocks[index];
  if (first?.type !== 'paragraph' || blocks.slice(0, index).some((block) => block.type !== 'image')) return { blocks };
  const match = DATELINE.exec(textOfRuns(first.content));
  const dateline = match?.[1]?.trim();
  if (!match || !dateline || !looksLikeDateline(dateline)) return { blocks };
  const rest = cut(first.content, match[0].length);
  const result = [...blocks];
  if (rest.length > 0) result[index] = { type: 'paragraph', content: rest };
  else result.splice(index, 1);
  return { blocks: result, dateline };
}

/** The editor's initials, taken from the end of the last paragraph (when nothing but pictures or inserts follow it). */
export function takeInitials(blocks: DraftBlock[]): { blocks: DraftBlock[]; initials?: string } {
  let index = blocks.length - 1;
  while (index >= 0 && blocks[index]?.type !== 'paragraph') index -= 1;
  const last = blocks[index];
  if (last?.type !== 'paragraph') return { blocks };
  const tail = last.content[last.content.length - 1];
  if (tail?.type !== 'text') return { blocks };
  const match = INITIALS.exec(textOfRuns(last.content));
  const initials = match?.[1]?.replace(/\s+/g, '');
  if (!match || !initials) return { blocks };
  const rest = cut(last.content, match[0].length, true);
  const result = [...blocks];
  if (rest.length > 0) result[index] = { type: 'paragraph', content: rest };
  else result.splice(index, 1);
  return { blocks: result, initials };
}

type ReadAlsoLink = { slug: string } | { url: string; headline: string };

/** A link as a "Baca juga" link: a story of this import by its slug, another site's https page by its address. */
function readAlsoLink(run: DraftInline): ReadAlsoLink | null {
  if (run.type !== 'link' || run.text.trim() === '') return null;
  const prefix = paths.article.href('');
  if (run.href.startsWith(prefix)) return { slug: run.href.slice(prefix.length) };
  return run.href.startsWith('https://') ? { url: run.href, headline: run.text.trim() } : null;
}

/** The links of runs that hold nothing but links and separators; null otherwise. */
function linksOnly(runs: readonly DraftInline[]): ReadAlsoLink[] | null {
  const links: ReadAlsoLink[] = [];
  for (const run of runs) {
    if (run.type === 'text') {
      if (!LINK_SEPARATORS.test(run.text)) return null;
      continue;
    }
    const link = readAlsoLink(run);
    if (!link) return null;
    links.push(link);
  }
  return links.length > 0 ? links : null;
}

type Block = DraftBlock | { type: 'read-also'; links: ReadAlsoLink[] };

/**
 * "Baca juga" inserts: a paragraph "Baca juga: <link>[, <link>…]", or a "Baca juga" label (a
 * paragraph or a heading) followed by paragraphs or a list holding only links. A label with no link
 * after it is dropped (reported); a line with words besides its links stays a paragraph.
 */
export function findReadAlso(blocks: readonly DraftBlock[], drop: (what: string, why: string) => void): Block[] {
  const result: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) continue;
    const labelText = block.type === 'paragraph' ? textOfRuns(block.content) : block.type === 'heading' ? block.text : '';
    const label = READ_ALSO_LABEL.exec(labelText);
    if (!label) {
      result.push(block);
      continue;
    }
    if (labelText.length > label[0].length) {
      // A label with more after it: its links, if that is all it holds; else words of the story.
      const links = block.type === 'paragraph' ? linksOnly(cut(block.content, label[0].length)) : null;
      result.push(links ? { type: 'read-also', links } : block);
      continue;
    }
    // A label alone: the links are in what follows it.
    const links: ReadAlsoLink[] = [];
    let next = index + 1;
    for (; next < blocks.length; next += 1) {
      const candidate = blocks[next];
      const found =
        candidate?.type === 'paragraph'
          ? linksOnly(candidate.content)
          : candidate?.type === 'list'
            ? candidate.items.reduce<ReadAlsoLink[] | null>((all, item) => {
                const itemLinks = all ? linksOnly(item) : null;
                return itemLinks && all ? [...all, ...itemLinks] : null;
              }, [])
            : null;
      if (!found || found.length === 0) break;
      links.push(...found);
      if (candidate?.type === 'list') {
        next += 1;
        break;
      }
    }
    if (links.length > 0) {
      result.push({ type: 'read-also', links });
      index = next - 1;
    } else {
      drop(`"${labelText.trim()}"`, 'a "Baca juga" label with no link after it');
    }
  }
  return result;
}

/** A paragraph that is nothing but a post's address (or a link to a YouTube video) becomes that post's card. */
export function findLinkedPosts(blocks: readonly Block[]): Block[] {
  return blocks.map((block) => {
    if (block.type !== 'paragraph' || block.content.length !== 1) return block;
    const [run] = block.content;
    if (!run) return block;
    const address = run.type === 'link' ? run.href : run.text.trim();
    const target = /^https?:\/\/\S+$/.test(address) ? embedTargetOf(address) : null;
    if (!target) return block;
    const standsForItself = run.type === 'text' || run.text.trim() === address || /^https?:\/\//.test(run.text.trim());
    if (!standsForItself && target.provider !== 'youtube') return block;
    return { type: 'embed', ...target, ...(standsForItself ? {} : { title: run.text.trim() }) };
  });
}

const sameImage = (a: DraftImage | undefined, b: DraftImage | undefined) => !!a?.url && a.url === b?.url;

export interface ImportedStory {
  article: SourceArticle;
  /** Whether the placeholder picture is used. */
  usesPlaceholder: boolean;
}

export interface StoryContext {
  slug: string;
  category: { slug: string; name: string };
  walker: HtmlWalker;
  drop: (what: string, why: string) => void;
  note: (line: string) => void;
}

/** Makes a whole word shorter than `max`, at a word's end. */
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/**
 * A story draft as an article of the authoring format, checked against its schema. Throws (with the
 * schema's first complaint) when it cannot be one, e.g. a body with no words at all.
 */
export function articleOf(draft: StoryDraft, context: StoryContext, now: Date): ImportedStory {
  let usesPlaceholder = false;
  const imageOf = (image: DraftImage): SourceImage => {
    const caption = image.caption ? { caption: image.caption } : {};
    const credit = image.credit ? { credit: image.credit } : {};
    if (image.url) {
      return { url: image.url, ...(image.width && image.height ? { width: image.width, height: image.height } : {}), alt: image.alt, ...caption, ...credit };
    }
    usesPlaceholder = true;
    return { file: PLACEHOLDER_FILE, alt: image.alt ? `Gambar tidak tersedia: ${image.alt}` : 'Gambar tidak tersedia', ...caption, ...credit };
  };

  const blocks = context.walker.blocksOf(draft.html);
  const dated = draft.dateline ? { blocks, dateline: draft.dateline } : takeDateline(blocks);
  const signed = takeInitials(dated.blocks);
  let body = findLinkedPosts(findReadAlso(signed.blocks, context.drop));
  let hero = draft.image;
  // The CMS's main picture, repeated at the top of the body, is shown once; with none, the body's
  // opening picture is the main one. (Only when more follows it: a story that is one captioned
  // photo keeps it as its body.)
  const first = body[0];
  if (first?.type === 'image' && body.length > 1) {
    if (!hero) {
      hero = first.image;
      body = body.slice(1);
    } else if (sameImage(first.image, hero)) {
      hero = { ...first.image, ...hero, caption: hero.caption ?? first.image.caption, credit: hero.credit ?? first.image.credit };
      body = body.slice(1);
    }
  }
  if (hero && !hero.url) context.note('the main picture is not on https: it is shown as the placeholder, with its caption');
  if (body.length === 0 && draft.summary) body.push({ type: 'paragraph', content: [{ type: 'text', text: draft.summary }] });

  const sourceBody: SourceBlock[] = body.map((block): SourceBlock => {
    switch (block.type) {
      case 'image':
        return { type: 'image', image: imageOf(block.image) };
      case 'gallery':
        return { ...block, images: block.images.map(imageOf) };
      case 'video': {
        const { poster, ...video } = block;
        return { ...video, ...(poster ? { poster: imageOf(poster) } : {}) };
      }
      case 'paragraph':
      case 'heading':
      case 'quote':
      case 'pull-quote':
      case 'divider':
      case 'list':
      case 'table':
      case 'embed':
      case 'read-also':
        return block;
    }
  });

  const tags = new Map<string, string>();
  for (const name of draft.tags) {
    const clean = clip(collapse(name).trim(), 80);
    try {
      const slug = tagSlug(clean);
      if (!tags.has(slug)) tags.set(slug, clean);
    } catch {
      context.drop(`the tag "${clean}"`, 'a tag with no letter or digit to make an address of');
    }
  }
  const publishedAt = draft.publishedAt ?? draft.updatedAt;
  if (!publishedAt) context.note(`no publication date: dated at the import (${wibIso(now)})`);
  const published = wibIso(publishedAt ?? now);
  const updated = draft.updatedAt && draft.updatedAt > (publishedAt ?? now) ? wibIso(draft.updatedAt) : published;
  const summary = draft.summary?.trim();
  const initials = signed.initials;
  const candidate = {
    slug: context.slug,
    headline: clip(draft.headline, 300),
    ...(summary ? { summary } : {}),
    category: context.category.slug,
    publishedAt: published,
    updatedAt: updated,
    ...(initials ? { editor: { initials } } : {}),
    ...(draft.byline.length > 0 ? { byline: draft.byline } : {}),
    ...(dated.dateline ? { dateline: dated.dateline } : {}),
    ...(tags.size > 0 ? { tags: [...tags.values()] } : {}),
    ...(hero ? { image: imageOf(hero) } : {}),
    body: sourceBody,
  };
  const result = v.safeParse(SourceArticleSchema, candidate);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`it does not make an article: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return { article: result.output, usesPlaceholder };
}

/** A moment as ISO 8601 in Western Indonesian Time, as editors write it: "2024-10-17T14:05:00+07:00". */
export function wibIso(date: Date): string {
  return `${new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The words of a CMS field that may hold HTML (a title, an excerpt), decoded, on one line, well-formed. */
export const plainText = (html: string | undefined): string => wellFormed(HtmlWalker.textOfHtml(html ?? ''));
