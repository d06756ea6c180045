/**
 * A CMS's article HTML → Warta's block kinds (src/content/contract.ts), through an allow-list.
 *
 * The HTML is parsed by parse5 (into hast, by hast-util-from-parse5), as a browser would parse it: character
 * references decoded, broken markup mended, never a regular expression over tags. The tree is then
 * walked:
 * - Text flows into paragraphs. A paragraph ends at a block element (`<p>`, `<div>`, a heading …) and
 *   at `<br>`, so bodies split by `<br><br>` and bodies with a `<div>` per line come out as
 *   paragraphs. Bold, italic, a run's language and links (safe addresses only) are kept.
 * - Elements Warta has a kind for become that kind: headings, pictures and figures (caption and
 *   credit split), galleries, block quotes and pull quotes, lists, data tables (a table used for
 *   layout is unwrapped), dividers, the publisher's `<video>`, and posts of YouTube, X, Instagram,
 *   TikTok and Facebook from their own embed markup or a link standing alone.
 * - Scripts, styles, forms, ads, tracking pixels and share, rating and comment widgets are dropped,
 *   each reported with its reason. Any other element is unwrapped: its words are kept.
 *
 * "Baca juga" paragraphs and boxes, the dateline and the editor's initials are found afterwards, in
 * story.ts, on the blocks this gives.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { wellFormed } from '../../src/lib/well-formed';
import { splitCredit } from './credits';
import { embedTargetOf, type EmbedTarget } from './embed-urls';

/**
 * An HTML fragment as a hast tree, parsed by parse5 as a browser parses a <body>'s content. No
 * source positions are kept: working them out was an eighth of an import's time.
 */
export function parseHtml(html: string): Root {
  return fromParse5(parseFragment(html)) as Root;
}

export interface DraftText {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  lang?: string;
}
export interface DraftLink {
  type: 'link';
  text: string;
  /** A site path ("/post/read/<slug>") for a story of this import, else an absolute http(s) or mailto address. */
  href: string;
}
export type DraftInline = DraftText | DraftLink;

/** A picture; without `url` (its address was not https) it is shown as the placeholder, with its caption. */
export interface DraftImage {
  url?: string;
  width?: number;
  height?: number;
  alt: string;
  caption?: string;
  credit?: string;
}

export type DraftBlock =
  | { type: 'paragraph'; content: DraftInline[] }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | { type: 'quote'; text: string; attribution?: string }
  | { type: 'pull-quote'; text: string; attribution?: string }
  | { type: 'divider' }
  | { type: 'list'; ordered: boolean; items: DraftInline[][] }
  | { type: 'table'; caption: string; header: DraftInline[][]; rows: DraftInline[][][] }
  | { type: 'image'; image: DraftImage }
  | { type: 'gallery'; title?: string; images: DraftImage[] }
  | { type: 'video'; src: string; mimeType: string; width: number; height: number; duration: number; title: string; poster?: DraftImage; captions?: { src: string; lang: string; label: string } }
  | ({ type: 'embed'; title?: string; text?: string; author?: string } & EmbedTarget);

export interface WalkContext {
  /** The story's own address: relative addresses in its HTML are resolved against it. */
  base?: URL | undefined;
  /** The site path of a story of this import at this absolute address, else null. */
  storyPath: (address: URL) => string | null;
  /** Something left out of the story: what it was, and why. */
  drop: (what: string, why: string) => void;
  /** Something kept in another shape than the CMS gave it (a picture as a placeholder, a frame as a link). */
  note: (line: string) => void;
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  lang?: string;
}

export const DROP_REASONS = {
  script: 'a script: Warta runs no code of the publisher’s',
  style: 'a stylesheet: Warta sets its own type',
  form: 'a form control (a field or a button)',
  object: 'a plugin object or a drawing, not the story’s words',
  ad: 'an advertisement',
  pixel: 'a tracking pixel',
  share: 'share buttons: Warta has its own "Bagikan"',
  rating: 'a rating widget',
  comments: 'a comments widget',
  signup: 'a newsletter or sign-up box',
  relatedWidget: 'a related-posts widget: Warta lists its own "Berita Terkait"',
  frame: 'a frame with no https address',
  embedMarkup: 'the provider’s own embed markup: the post is kept as a card linking to it',
  emptyMedia: 'a video with no https address',
} as const;

const DROPPED_TAGS: Record<string, keyof typeof DROP_REASONS> = {
  script: 'script',
  style: 'style',
  link: 'style',
  noscript: 'script',
  template: 'script',
  button: 'form',
  input: 'form',
  select: 'form',
  textarea: 'form',
  object: 'object',
  embed: 'object',
  applet: 'object',
  svg: 'object',
  canvas: 'object',
  meta: 'object',
  'amp-ad': 'ad',
  'amp-analytics': 'pixel',
  'amp-pixel': 'pixel',
};

/** Class and id words (split at "-" and "_") that mark a widget, not the story. */
const WIDGET_WORDS: [RegExp, keyof typeof DROP_REASONS][] = [
  [/^(?:ad|ads|adv|advert|advertisement|advertising|adsbygoogle|iklan|sponsor|sponsored|dfp|taboola|outbrain|mgid)$/, 'ad'],
  [/^(?:share|shares|sharing|sharedaddy|addtoany|a2a|sosmed|social|sharethis)$/, 'share'],
  [/^(?:rating|ratings|stars|star|kk|yasr|vote|votes)$/, 'rating'],
  [/^(?:comment|comments|komentar|disqus|respond)$/, 'comments'],
  [/^(?:newsletter|subscribe|signup|langganan)$/, 'signup'],
  [/^(?:relatedposts|yarpp|crp|terkait)$/, 'relatedWidget'],
];

const AD_FRAME_HOSTS = /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adnxs\.com|taboola\.com|outbrain\.com|criteo\.(?:com|net)|amazon-adsystem\.com)$/;
const PIXEL_ADDRESS = /(?:\/pixel\b|\/beacon\b|facebook\.com\/tr\b|google-analytics\.com|doubleclick\.net|scorecardresearch\.com|quantserve\.com|\/wp-content\/plugins\/[^/]*stats)/i;

const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'center', 'address', 'dl', 'dt', 'dd', 'details', 'summary', 'body', 'html', 'hgroup', 'figcaption', 'li', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'pre']);
const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn', 'var']);

const classWords = (element: Element): string[] => {
  const names = [...asList(element.properties['className']), ...asList(element.properties['id'])];
  return names.flatMap((name) => name.toLowerCase().split(/[-_\s]+/)).filter(Boolean);
};

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

const hasClass = (element: Element, pattern: RegExp) => asList(element.properties['className']).some((name) => pattern.test(name));
const attr = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';

/** Every element under `node` (not `node` itself), depth first. */
function* descendants(node: Element | Root): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield child;
    yield* descendants(child);
  }
}

const describe = (element: Element) => {
  const firstClass = asList(element.properties['className'])[0];
  return `<${element.tagName}${firstClass ? ` class="${firstClass}"` : ''}>`;
};

/** Collapses HTML white space to single spaces and drops control characters; keeps no-break spaces. */
export function collapse(text: string): string {
  // eslint-disable-next-line no-control-regex
  return wellFormed(text).replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '').replace(/[ \t\n\r\f]+/g, ' ');
}

/** An integer size from an attribute ("640", "640px"); undefined for "100%" or nonsense. */
function dimension(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const match = /^\s*(\d{1,5})(?:px)?\s*$/.exec(value);
  const number = match ? Number(match[1]) : NaN;
  return number >= 1 ? number : undefined;
}

/** Resolves an address against the story's; null when it cannot be read. */
function resolve(raw: string | undefined, base: URL | undefined): URL | null {
  if (!raw) return null;
  // Browsers ignore these in an address; so does the check that follows.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!cleaned) return null;
  try {
    return new URL(cleaned, base);
  } catch {
    return null;
  }
}

/** The paragraphs (or, inside a list item or a cell, the one line of runs) being written, and the blocks so far. */
class Flow {
  readonly blocks: DraftBlock[] = [];
  runs: DraftInline[] = [];
  constructor(private readonly inline: boolean) {}

  text(value: string, style: Style): void {
    const text = collapse(value);
    if (text === '') return;
    const last = this.runs[this.runs.length - 1];
    if (last?.type === 'text' && !!last.bold === !!style.bold && !!last.italic === !!style.italic && last.lang === style.lang) {
      last.text += text;
      return;
    }
    this.runs.push({ type: 'text', text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.lang ? { lang: style.lang } : {}) });
  }

  link(text: string, href: string): void {
    const collapsed = collapse(text);
    if (collapsed.trim() === '') return;
    // The spaces around a link's words belong to the text around it.
    if (/^\s/.test(collapsed)) this.text(' ', {});
    this.runs.push({ type: 'link', text: collapsed.trim(), href });
    if (/\s$/.test(collapsed)) this.text(' ', {});
  }

  /** Ends the paragraph (in a list item or a cell: a space between its lines). */
  flush(): void {
    if (this.inline) {
      if (this.runs.length > 0) this.text(' ', {});
      return;
    }
    const content = tidyRuns(this.runs);
    this.runs = [];
    if (content.length > 0) this.blocks.push({ type: 'paragraph', content });
  }

  block(block: DraftBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  /** The runs of a list item or a cell, tidied. */
  line(): DraftInline[] {
    return tidyRuns(this.runs);
  }
}

/** Runs with one space between words at most, none at either end, and no empty run. */
export function tidyRuns(runs: readonly DraftInline[]): DraftInline[] {
  const result: DraftInline[] = [];
  let spaceBefore = true;
  for (const run of runs) {
    let text = run.text.replace(/ {2,}/g, ' ');
    if (spaceBefore) text = text.replace(/^ /, '');
    if (text === '') continue;
    spaceBefore = text.endsWith(' ');
    result.push({ ...run, text });
  }
  for (let index = result.length - 1; index >= 0; index -= 1) {
    const run = result[index];
    if (!run) continue;
    const text = run.text.replace(/\s+$/, '');
    if (text === '') {
      result.splice(index, 1);
      continue;
    }
    result[index] = { ...run, text };
    break;
  }
  const first = result[0];
  if (first) result[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  return result.filter((run) => run.text !== '' && (run.type === 'link' || /\S/.test(run.text) || result.length > 1));
}

/** The words of an element as one line: line breaks and block boundaries become spaces; dropped elements give none. */
export function textOf(node: Element | Root): string {
  const parts: string[] = [];
  const walk = (current: Element | Root) => {
    for (const child of current.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (isElement(child)) {
        if (DROPPED_TAGS[child.tagName]) continue;
        if (child.tagName === 'br' || BLOCK_TAGS.has(child.tagName)) parts.push(' ');
        walk(child);
        if (BLOCK_TAGS.has(child.tagName)) parts.push(' ');
      }
    }
  };
  walk(node);
  return collapse(parts.join('')).trim();
}

export class HtmlWalker {
  constructor(private readonly context: WalkContext) {}

  /** The blocks of a story's body HTML. Never throws on any input. */
  blocksOf(html: string): DraftBlock[] {
    const tree = parseHtml(html);
    const flow = new Flow(false);
    this.children(tree.children, {}, flow);
    flow.flush();
    return flow.blocks;
  }

  /** The text of an HTML fragment (a title, an excerpt, a caption), decoded and on one line. */
  static textOfHtml(html: string): string {
    return textOf(parseHtml(html));
  }

  private children(nodes: readonly (RootContent | ElementContent)[], style: Style, flow: Flow): void {
    for (const node of nodes) {
      if (node.type === 'text') flow.text(node.value, style);
      else if (isElement(node)) this.element(node, style, flow);
    }
  }

  private dropReason(element: Element): keyof typeof DROP_REASONS | null {
    const byTag = DROPPED_TAGS[element.tagName];
    if (byTag) return byTag;
    for (const word of classWords(element)) {
      for (const [pattern, reason] of WIDGET_WORDS) if (pattern.test(word)) return reason;
    }
    return null;
  }

  private element(element: Element, style: Style, flow: Flow): void {
    const reason = this.dropReason(element);
    // A box of "Baca juga" links is the story's own, whatever it is classed as.
    if (reason && !(reason === 'relatedWidget' && /^baca\s+juga/i.test(textOf(element)))) {
      this.context.drop(describe(element), DROP_REASONS[reason]);
      return;
    }
    const tag = element.tagName;
    const lang = attr(element, 'lang');
    const inner: Style = lang !== undefined && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(lang) && lang.length <= 35 ? { ...style, lang: /^id\b/i.test(lang) ? undefined : lang } : style;
    if (inner.lang === undefined) delete inner.lang;
    if (BOLD_TAGS.has(tag)) { this.children(element.children, { ...inner, bold: true }, flow); return; }
    if (ITALIC_TAGS.has(tag)) { this.children(element.children, { ...inner, italic: true }, flow); return; }
    switch (tag) {
      case 'br':
        { flow.flush(); return; }
      case 'a':
        { this.anchor(element, inner, flow); return; }
      case 'img':
        { this.standaloneImage(element, flow); return; }
      case 'picture':
        { this.standaloneImage(element, flow); return; }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        { this.heading(element, flow); return; }
      case 'ul':
      case 'ol':
        { this.list(element, flow); return; }
      case 'table':
        { this.table(element, flow); return; }
      case 'blockquote':
        { this.blockquote(element, flow); return; }
      case 'figure':
        { this.figure(element, inner, flow); return; }
      case 'iframe':
        { this.iframe(element, flow); return; }
      case 'video':
        { this.video(element, undefined, flow); return; }
      case 'hr':
        { flow.block({ type: 'divider' }); return; }
      default:
        break;
    }
    if (BLOCK_TAGS.has(tag)) {
      if (this.gallery(element, flow)) return;
      if (hasClass(element, /^wp-caption$/) && this.captionedImage(element, flow)) return;
      flow.flush();
      this.children(element.children, inner, flow);
      flow.flush();
      return;
    }
    // Anything else (span, font, u, small, sup, time, unknown tags): its words, unwrapped.
    this.children(element.children, inner, flow);
  }

  private anchor(element: Element, style: Style, flow: Flow): void {
    const hasMedia = [...descendants(element)].some((child) => ['img', 'picture', 'figure', 'iframe', 'video', 'table', 'blockquote', 'ul', 'ol', 'p', 'div'].includes(child.tagName));
    const href = attr(element, 'href');
    if (hasMedia || !href || href.startsWith('#')) { this.children(element.children, style, flow); return; }
    const address = resolve(href, this.context.base);
    const text = textOf(element);
    if (!address || !['http:', 'https:', 'mailto:'].includes(address.protocol)) {
      this.context.drop(`a link to "${href.slice(0, 40)}"`, 'an unsafe address: its words are kept as text');
      this.children(element.children, style, flow); return;
    }
    if (text === '') return;
    const raw = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const padded = `${/^\s/.test(raw) ? ' ' : ''}${text}${/\s$/.test(raw) ? ' ' : ''}`;
    flow.link(padded, this.context.storyPath(address) ?? address.href);
  }

  /** A picture of an `<img>` (or a `<picture>`'s), or null for a tracking pixel (reported). */
  imageOf(element: Element, caption?: { caption?: string; credit?: string }): DraftImage | null {
    const img = element.tagName === 'img' ? element : [...descendants(element)].find((child) => child.tagName === 'img');
    if (!img) return null;
    const width = dimension(attr(img, 'width'));
    const height = dimension(attr(img, 'height'));
    const raw = attr(img, 'dataSrc') ?? attr(img, 'dataLazySrc') ?? attr(img, 'dataOriginal') ?? largestInSrcSet(img.properties['srcSet'] ?? img.properties['dataSrcset']) ?? attr(img, 'src');
    if ((width !== undefined && width <= 2 && (height ?? 0) <= 2) || (raw !== undefined && PIXEL_ADDRESS.test(raw))) {
      this.context.drop(`<img src="${(raw ?? '').slice(0, 60)}">`, DROP_REASONS.pixel);
      return null;
    }
    const address = resolve(raw, this.context.base);
    const alt = collapse(attr(img, 'alt') ?? '').trim();
    const text = caption ?? {};
    const image: DraftImage = {
      alt: alt || text.caption || '',
      ...(text.caption ? { caption: text.caption } : {}),
      ...(text.credit ? { credit: text.credit } : {}),
    };
    if (address?.protocol === 'https:') {
      image.url = address.href;
      if (width && height) Object.assign(image, { width, height });
    } else {
      this.context.note(`the picture "${(raw ?? '(no address)').slice(0, 80)}" is not on https: it is shown as the placeholder, with its caption`);
    }
    return image;
  }

  private standaloneImage(element: Element, flow: Flow): void {
    const image = this.imageOf(element);
    if (image) flow.block({ type: 'image', image });
  }

  /** A figcaption's caption and credit: a credit element of its own, else split from its words. */
  private captionOf(element: Element | undefined): { caption?: string; credit?: string } {
    if (!element) return {};
    const creditElement = [...descendants(element)].find((child) => hasClass(child, /credit|byline|copyright|source|author/i));
    if (creditElement) {
      const credit = textOf(creditElement);
      const remaining = { ...element, children: element.children.filter((child) => child !== creditElement && !(isElement(child) && [...descendants(child)].includes(creditElement))) };
      const caption = textOf(remaining);
      return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    }
    return splitCredit(textOf(element));
  }

  private heading(element: Element, flow: Flow): void {
    const text = textOf(element);
    if (text === '') return;
    const level = Math.min(4, Math.max(2, Number(element.tagName.slice(1)))) as 2 | 3 | 4;
    flow.block({ type: 'heading', text, level });
  }

  private list(element: Element, flow: Flow): void {
    const items: DraftInline[][] = [];
    const after: DraftBlock[] = [];
    const addItem = (nodes: readonly ElementContent[]) => {
      const line = new Flow(true);
      this.children(nodes, {}, line);
      if (line.line().length > 0) items.push(line.line());
      for (const block of line.blocks) {
        // A list inside an item: its items follow the item's.
        if (block.type === 'list') items.push(...block.items);
        else after.push(block);
      }
    };
    // Words between the items (broken markup puts them there): an item of their own.
    let stray: ElementContent[] = [];
    for (const child of element.children) {
      if (isElement(child) && child.tagName === 'li') {
        if (stray.length > 0) addItem(stray);
        stray = [];
        addItem(child.children);
      } else stray.push(child);
    }
    if (stray.length > 0) addItem(stray);
    if (items.length > 0) flow.block({ type: 'list', ordered: element.tagName === 'ol', items });
    for (const block of after) flow.block(block);
  }

  private rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    const walk = (node: Element) => {
      for (const child of node.children) {
        if (!isElement(child)) continue;
        if (child.tagName === 'tr') rows.push(child);
        else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) walk(child);
      }
    };
    walk(table);
    return rows;
  }

  private table(element: Element, flow: Flow, figureCaption?: string): void {
    const rows = this.rowsOf(element);
    const cellsOf = (row: Element) => row.children.filter((child): child is Element => isElement(child) && (child.tagName === 'td' || child.tagName === 'th'));
    const widest = Math.max(0, ...rows.map((row) => cellsOf(row).length));
    const layoutRole = ['presentation', 'none'].includes(attr(element, 'role') ?? '');
    const holdsBlocks = [...descendants(element)].some((child) => ['table', 'img', 'figure', 'iframe', 'video', 'blockquote', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(child.tagName));
    if (layoutRole || holdsBlocks || rows.length < 2 || widest < 2) {
      // A table used for layout: its cells' content, in order, as if the table were not there.
      flow.flush();
      for (const child of element.children) if (isElement(child)) this.layoutPart(child, flow);
      flow.flush();
      return;
    }
    const captionElement = element.children.find((child): child is Element => isElement(child) && child.tagName === 'caption');
    const caption = (captionElement ? textOf(captionElement) : '') || figureCaption || 'Tabel';
    const lineOf = (cell: Element) => {
      const line = new Flow(true);
      this.children(cell.children, {}, line);
      return line.line();
    };
    const [first, ...rest] = rows;
    if (!first) return;
    flow.block({ type: 'table', caption, header: cellsOf(first).map(lineOf), rows: rest.map((row) => cellsOf(row).map(lineOf)) });
  }

  private layoutPart(element: Element, flow: Flow): void {
    if (['thead', 'tbody', 'tfoot', 'tr'].includes(element.tagName)) {
      for (const child of element.children) if (isElement(child)) this.layoutPart(child, flow);
      return;
    }
    if (element.tagName === 'caption' || element.tagName === 'td' || element.tagName === 'th') {
      flow.flush();
      this.children(element.children, {}, flow);
      flow.flush();
      return;
    }
    this.element(element, {}, flow);
  }

  private blockquote(element: Element, flow: Flow): void {
    const embed = this.embedMarkup(element);
    if (embed) { flow.block(embed); return; }
    if (hasClass(element, /pullquote/)) { this.pullQuote(element, flow); return; }
    const attributionElement = [...descendants(element)].find((child) => child.tagName === 'cite' || child.tagName === 'footer');
    const body = attributionElement ? this.without(element, attributionElement) : element;
    const inner = new Flow(false);
    this.children(body.children, {}, inner);
    inner.flush();
    const words = inner.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.content.map((run) => run.text).join('')] : []));
    let text = words.join(' ').trim();
    let attribution = attributionElement ? textOf(attributionElement).replace(/^[—–-]\s*/, '') : '';
    const signed = /^([\s\S]+?)\s+[—–]\s*([^—–]{2,80})$/.exec(text);
    if (!attribution && signed?.[1] && signed[2]) {
      text = signed[1];
      attribution = signed[2].trim();
    }
    if (text) flow.block({ type: 'quote', text, ...(attribution ? { attribution } : {}) });
    else if (attribution) flow.block({ type: 'paragraph', content: [{ type: 'text', text: attribution }] });
    for (const block of inner.blocks) if (block.type !== 'paragraph') flow.block(block);
  }

  private pullQuote(element: Element, flow: Flow): void {
    const cite = [...descendants(element)].find((child) => child.tagName === 'cite' || child.tagName === 'footer');
    const text = textOf(cite ? this.without(element, cite) : element);
    const attribution = cite ? textOf(cite).replace(/^[—–-]\s*/, '') : '';
    if (text) flow.block({ type: 'pull-quote', text, ...(attribution ? { attribution } : {}) });
  }

  /** A copy of `element` without the `removed` elements anywhere under it (found by identity, in the original tree). */
  private without(element: Element, removed: Element | readonly (Element | undefined)[]): Element {
    const gone = new Set(Array.isArray(removed) ? removed : [removed]);
    const copy = (node: Element): Element => ({
      ...node,
      children: node.children.filter((child) => !gone.has(child as Element)).map((child) => (isElement(child) ? copy(child) : child)),
    });
    return copy(element);
  }

  /** A post from its provider's embed markup (X, Instagram, TikTok blockquotes), else null. */
  private embedMarkup(element: Element): DraftBlock | null {
    const links = [...descendants(element)].filter((child) => child.tagName === 'a').map((child) => attr(child, 'href') ?? '');
    const firstTarget = (addresses: (string | undefined)[], provider: EmbedTarget['provider']) =>
      addresses.map((address) => (address ? embedTargetOf(address) : null)).find((target) => target?.provider === provider) ?? null;
    if (hasClass(element, /^twitter-tweet$|^twitter-video$/)) {
      const target = firstTarget([...links].reverse(), 'x');
      if (!target) return null;
      const paragraph = [...descendants(element)].find((child) => child.tagName === 'p');
      const text = paragraph ? textOf(paragraph) : undefined;
      const signature = textOf(paragraph ? this.without(element, paragraph) : element);
      const author = /^[—–-]\s*(.+?)(?:\s+\w+\s+\d{1,2},\s+\d{4})?$/.exec(signature)?.[1];
      this.context.drop(describe(element), DROP_REASONS.embedMarkup);
      return { type: 'embed', ...target, ...(text ? { text } : {}), ...(author ? { author } : {}) };
    }
    if (hasClass(element, /^instagram-media$/)) {
      const target = firstTarget([attr(element, 'dataInstgrmPermalink'), ...links], 'instagram');
      if (!target) return null;
      this.context.drop(describe(element), DROP_REASONS.embedMarkup);
      return { type: 'embed', ...target };
    }
    if (hasClass(element, /^tiktok-embed$/)) {
      const target = firstTarget([attr(element, 'cite'), ...links], 'tiktok');
      if (!target) return null;
      const section = [...descendants(element)].find((child) => child.tagName === 'section') ?? element;
      const author = [...descendants(section)].find((child) => child.tagName === 'a' && (attr(child, 'title') ?? textOf(child)).startsWith('@'));
      const text = textOf({ ...section, children: section.children.filter((child) => !(isElement(child) && child.tagName === 'a')) });
      return { type: 'embed', ...target, ...(text ? { text } : {}), ...(author ? { author: textOf(author) } : {}) };
    }
    return null;
  }

  private figure(element: Element, style: Style, flow: Flow): void {
    const all = [...descendants(element)];
    const images = all.filter((child) => child.tagName === 'img');
    // Its caption: a child, or (broken markup wraps it, say, in a <strong>) the one under it.
    const figcaption =
      element.children.find((child): child is Element => isElement(child) && child.tagName === 'figcaption') ??
      (images.length <= 1 ? all.find((child) => child.tagName === 'figcaption') : undefined);
    const content = figcaption ? this.without(element, figcaption) : element;
    const inside = all.filter((child) => child !== figcaption && !(figcaption && [...descendants(figcaption)].includes(child)));
    if (hasClass(element, /pullquote/)) { this.pullQuote(content, flow); return; }
    const table = inside.find((child) => child.tagName === 'table');
    if (table) {
      this.table(table, flow, figcaption ? textOf(figcaption) : undefined);
      this.rest(element, [table, figcaption], style, flow);
      return;
    }
    const video = inside.find((child) => child.tagName === 'video');
    if (video) {
      this.video(video, figcaption ? textOf(figcaption) : undefined, flow);
      this.rest(element, [video, figcaption], style, flow);
      return;
    }
    if (this.gallery(element, flow)) return;
    const embedded = inside.some((child) => child.tagName === 'iframe' || child.tagName === 'blockquote') || hasClass(element, /wp-block-embed/);
    const [img] = images;
    if (images.length === 1 && img && !embedded) {
      const image = this.imageOf(img, this.captionOf(figcaption));
      if (image) flow.block({ type: 'image', image });
      else if (figcaption) this.element(figcaption, style, flow);
      this.rest(element, [img, figcaption], style, flow);
      return;
    }
    // An embed's figure, or one with no picture: its content, then its caption's words as a paragraph.
    flow.flush();
    this.children(content.children, style, flow);
    flow.flush();
    const embedUrl = textOf(content);
    const target = !inside.some((child) => ['iframe', 'blockquote', 'a'].includes(child.tagName)) ? embedTargetOf(embedUrl) : null;
    const last = flow.blocks[flow.blocks.length - 1];
    if (target && last?.type === 'paragraph' && last.content.length === 1 && last.content[0]?.text === embedUrl) {
      flow.blocks.pop();
      flow.blocks.push({ type: 'embed', ...target });
    }
    if (figcaption) this.element(figcaption, style, flow);
  }

  /** What else an element holds once the parts made into a block are taken out: its words are the story's too. */
  private rest(element: Element, taken: readonly (Element | undefined)[], style: Style, flow: Flow): void {
    const remaining = this.without(element, taken);
    if (textOf(remaining) === '' && ![...descendants(remaining)].some((child) => ['img', 'iframe', 'video'].includes(child.tagName))) return;
    flow.flush();
    this.children(remaining.children, style, flow);
    flow.flush();
  }

  /** A gallery (a container classed as one, holding two pictures or more); false when `element` is not one. */
  private gallery(element: Element, flow: Flow): boolean {
    if (!hasClass(element, /gallery|slideshow|carousel|slider/i)) return false;
    const images = [...descendants(element)].filter((child) => child.tagName === 'img');
    if (images.length < 2) return false;
    const items: DraftImage[] = [];
    const taken: Element[] = [...images];
    for (const img of images) {
      const holder = this.closestItem(element, img);
      const caption = holder ? [...descendants(holder)].find((child) => child.tagName === 'figcaption' || hasClass(child, /caption/)) : undefined;
      if (caption) taken.push(caption);
      const image = this.imageOf(img, this.captionOf(caption));
      if (image) items.push(image);
    }
    const titleElement = element.children.find((child): child is Element => isElement(child) && (child.tagName === 'figcaption' || hasClass(child, /gallery-caption|blocks-gallery-caption/)));
    if (titleElement) taken.push(titleElement);
    const title = titleElement ? textOf(titleElement) : '';
    if (items.length >= 2) flow.block({ type: 'gallery', ...(title ? { title } : {}), images: items });
    else if (items[0]) flow.block({ type: 'image', image: items[0] });
    if (title && items.length < 2) flow.block({ type: 'paragraph', content: [{ type: 'text', text: title }] });
    this.rest(element, taken, {}, flow);
    return true;
  }

  /** The item of a gallery that holds `img` (a figure, li or dl under the gallery), if any. */
  private closestItem(gallery: Element, img: Element): Element | undefined {
    const path: Element[] = [];
    const find = (node: Element): boolean => {
      for (const child of node.children) {
        if (!isElement(child)) continue;
        path.push(child);
        if (child === img || find(child)) return true;
        path.pop();
      }
      return false;
    };
    find(gallery);
    return path.find((node) => ['figure', 'li', 'dl'].includes(node.tagName) || hasClass(node, /gallery-item|blocks-gallery-item/));
  }

  /** WordPress's classic `[caption]`: a picture and a `.wp-caption-text`. */
  private captionedImage(element: Element, flow: Flow): boolean {
    const all = [...descendants(element)];
    const img = all.find((child) => child.tagName === 'img');
    if (!img) return false;
    const caption = all.find((child) => hasClass(child, /wp-caption-text/));
    const image = this.imageOf(img, this.captionOf(caption));
    if (image) flow.block({ type: 'image', image });
    this.rest(element, caption ? [img, caption] : [img], {}, flow);
    return true;
  }

  private iframe(element: Element, flow: Flow): void {
    const raw = attr(element, 'src') ?? attr(element, 'dataSrc');
    const address = resolve(raw, this.context.base);
    if (!address || address.protocol !== 'https:') {
      if (address && AD_FRAME_HOSTS.test(address.hostname)) this.context.drop(describe(element), DROP_REASONS.ad);
      else this.context.drop(`<iframe src="${(raw ?? '').slice(0, 60)}">`, DROP_REASONS.frame);
      return;
    }
    if (AD_FRAME_HOSTS.test(address.hostname)) {
      this.context.drop(`<iframe src="${address.hostname}">`, DROP_REASONS.ad);
      return;
    }
    const title = collapse(attr(element, 'title') ?? '').trim();
    const target = embedTargetOf(address.href);
    if (target) { flow.block({ type: 'embed', ...target, ...(title ? { title } : {}) }); return; }
    if (/\.(?:mp4|webm)$/i.test(address.pathname)) {
      flow.block(this.videoBlock(address, { title: title || undefined, width: dimension(attr(element, 'width')), height: dimension(attr(element, 'height')) })); return;
    }
    // The publisher's own player (or a map, a poll): the page frames only youtube-nocookie.com, so a link to it.
    this.context.note(`the frame from ${address.hostname} is a link: the page's Content-Security-Policy frames only YouTube`);
    flow.block({ type: 'paragraph', content: [{ type: 'link', text: title || `Buka konten dari ${address.hostname}`, href: address.href }] });
  }

  private videoBlock(address: URL, { title, width, height, poster, captions, type }: { title?: string | undefined; width?: number | undefined; height?: number | undefined; poster?: DraftImage | undefined; captions?: { src: string; lang: string; label: string } | undefined; type?: string | undefined }): DraftBlock {
    const mimeType = type && /^video\/[a-z0-9.+-]+$/.test(type) ? type : /\.webm$/i.test(address.pathname) ? 'video/webm' : 'video/mp4';
    return {
      type: 'video',
      src: address.href,
      mimeType,
      ...(width && height ? { width, height } : { width: 1280, height: 720 }),
      duration: 0,
      title: title || 'Video',
      ...(poster ? { poster } : {}),
      ...(captions ? { captions } : {}),
    };
  }

  private video(element: Element, caption: string | undefined, flow: Flow): void {
    const source = [...descendants(element)].find((child) => child.tagName === 'source' && attr(child, 'src'));
    const address = resolve(attr(element, 'src') ?? (source ? attr(source, 'src') : undefined), this.context.base);
    if (!address || address.protocol !== 'https:') {
      this.context.drop('<video>', DROP_REASONS.emptyMedia);
      if (caption) flow.block({ type: 'paragraph', content: [{ type: 'text', text: caption }] });
      return;
    }
    const posterAddress = resolve(attr(element, 'poster'), this.context.base);
    const track = [...descendants(element)].find((child) => child.tagName === 'track' && ['captions', 'subtitles', undefined].includes(attr(child, 'kind')));
    const trackAddress = track ? resolve(attr(track, 'src'), this.context.base) : null;
    const trackLang = track ? attr(track, 'srcLang') : undefined;
    const title = caption || collapse(attr(element, 'title') ?? attr(element, 'ariaLabel') ?? '').trim() || undefined;
    flow.block(
      this.videoBlock(address, {
        title,
        width: dimension(attr(element, 'width')),
        height: dimension(attr(element, 'height')),
        type: source ? attr(source, 'type') : undefined,
        ...(posterAddress?.protocol === 'https:' ? { poster: { url: posterAddress.href, alt: '' } } : {}),
        ...(track && trackAddress?.protocol === 'https:' && trackLang && /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/.test(trackLang)
          ? { captions: { src: trackAddress.href, lang: trackLang, label: collapse(attr(track, 'label') ?? '').trim() || trackLang } }
          : {}),
      }),
    );
  }
}

/** The widest candidate of a srcset ("a.jpg 320w, b.jpg 1024w" → "b.jpg"). */
function largestInSrcSet(value: unknown): string | undefined {
  const candidates = (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/,\s+/) : [])
    .map((candidate) => {
      const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
      return { url, width: Number.parseFloat(descriptor) || 0 };
    })
    .filter((candidate) => candidate.url);
  return candidates.sort((a, b) => b.width - a.width)[0]?.url;
}
