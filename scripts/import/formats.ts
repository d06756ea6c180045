/**
 * The shapes a CMS gives its stories in, read into story drafts (story.ts):
 * - a WordPress REST API posts response (`/wp-json/wp/v2/posts?_embed`: an array of posts)
 *   https://developer.wordpress.org/rest-api/reference/posts/
 * - RSS 2.0 with full content (`content:encoded`, https://www.rssboard.org/rss-specification and
 *   the RSS content module), with Media RSS pictures; Atom (RFC 4287) with `content`
 * - IPTC ninjs, one item or an array: 1.x (`body_html`, `headline`), 2.x (`bodies`, `headlines`,
 *   lower-case names) and 3.x (the same, camelCase: `versionCreated`)
 *   https://www.iptc.org/std/ninjs/userguide/
 * Each reader takes what it can of each story; one that has no headline or no body is reported and
 * left out, never stopping the others.
 */
import { XMLParser } from 'fast-xml-parser';
import { splitCredit } from './credits';
import type { DraftImage } from './html-to-blocks';
import { plainText, type StoryDraft } from './story';

export type Format = 'wordpress' | 'rss' | 'atom' | 'ninjs';

export interface ReadResult {
  format: Format;
  stories: StoryDraft[];
  /** One line for each story left out, and why. */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const num = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

/** A date, or undefined when there is none or it cannot be read. `utc`: a WordPress "_gmt" time with no zone. */
export function dateOf(value: unknown, { utc = false } = {}): Date | undefined {
  const text = str(value)?.trim();
  if (!text) return undefined;
  const zoned = utc && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(text) ? `${text}Z` : text;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "Oleh A dan B", "By A, B": the names. */
export function bylineOf(values: unknown[]): string[] {
  const names = values
    .flatMap((value) => plainText(str(value)).replace(/^(?:oleh|by|penulis|reporter|von)\s*:?\s+/i, '').split(/\s*(?:,|;|&|\bdan\b|\band\b)\s*/i))
    .map((name) => name.trim())
    .filter((name) => /\p{L}/u.test(name));
  return [...new Set(names)];
}

/** A summary, unless it is only the opening of the body that the CMS cut short ("… [&hellip;]"). */
function summaryOf(html: string | undefined, body: string): string | undefined {
  const text = plainText(html)
    .replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.|Baca selengkapnya|Read more|Continue reading)\s*$/i, '')
    .trim();
  if (!text) return undefined;
  // Compared with white space and dashes made alike: a CMS's excerpt may have turned " - " into " – ".
  const alike = (words: string) => words.replace(/\s+/g, ' ').replace(/[–—]/g, '-');
  return alike(plainText(body)).startsWith(alike(text)) ? undefined : text;
}

/** A plain-text body (a ninjs `body_text`) as HTML paragraphs. */
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

function imageWithCaption(url: string | undefined, { alt, caption, credit, width, height }: { alt?: string | undefined; caption?: string | undefined; credit?: string | undefined; width?: number | undefined; height?: number | undefined }): DraftImage | undefined {
  if (!url) return undefined;
  const split = caption ? splitCredit(caption) : {};
  const captionText = split.caption;
  const creditText = credit?.trim() || split.credit;
  let address: URL | null;
  try {
    address = new URL(url);
  } catch {
    address = null;
  }
  return {
    ...(address?.protocol === 'https:' ? { url: address.href, ...(width && height ? { width, height } : {}) } : {}),
    alt: alt?.trim() || captionText || '',
    ...(captionText ? { caption: captionText } : {}),
    ...(creditText ? { credit: creditText } : {}),
  };
}

/**
 * Reads each item of an input with `read`: an item that is not an object, or one `read` turns down
 * (it returns why, as a line), is a problem line; `read` may add a line about a story it keeps.
 */
function readEach(
  format: Format,
  items: unknown[],
  where: (item: unknown, index: number) => string,
  kind: string,
  read: (item: Json, where: string, problems: string[]) => StoryDraft | string,
): ReadResult {
  const stories: StoryDraft[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const at = where(item, index);
    if (!isObject(item)) {
      problems.push(`${at}: not ${kind}`);
      return;
    }
    const story = read(item, at, problems);
    if (typeof story === 'string') problems.push(story);
    else stories.push(story);
  });
  return { format, stories, problems };
}

function wordpress(posts: unknown[]): ReadResult {
  const postAt = (post: unknown, index: number) => (isObject(post) && post['id'] !== undefined ? `post ${str(post['id'])}` : `post #${index + 1}`);
  return readEach('wordpress', posts, postAt, 'a post object', (post, where) => {
    const rendered = (field: unknown) => (isObject(field) ? str(field['rendered']) : str(field));
    const headline = plainText(rendered(post['title']));
    const html = rendered(post['content']) ?? '';
    if (!headline) return `${where}: no title`;
    if (!plainText(html) && !/<(?:img|iframe|video|figure)/i.test(html)) return `${where} ("${headline}"): no content`;
    const embedded = isObject(post['_embedded']) ? post['_embedded'] : {};
    const terms = list(embedded['wp:term']).flatMap((group) => list(group)).filter(isObject);
    const categories = terms
      .filter((term) => term['taxonomy'] === 'category' && !/^(?:uncategori[sz]ed|tanpa-kategori)$/.test(str(term['slug']) ?? ''))
      .map((term) => ({ name: plainText(str(term['name'])), slug: str(term['slug']) }))
      .filter((category) => category.name);
    const tags = terms.filter((term) => term['taxonomy'] === 'post_tag').map((term) => plainText(str(term['name'])));
    const media = list(embedded['wp:featuredmedia']).find(isObject);
    const details = media && isObject(media['media_details']) ? media['media_details'] : {};
    const full = isObject(details['sizes']) && isObject(details['sizes']['full']) ? details['sizes']['full'] : {};
    const image = media
      ? imageWithCaption(str(media['source_url']) ?? str(full['source_url']), {
          alt: plainText(str(media['alt_text'])),
          caption: plainText(rendered(media['caption'])),
          width: num(details['width']) ?? num(full['width']),
          height: num(details['height']) ?? num(full['height']),
        })
      : undefined;
    const guid = rendered(post['guid']);
    return {
      source: where,
      url: str(post['link']),
      aliases: guid ? [guid] : [],
      slugHint: str(post['slug']),
      headline,
      summary: summaryOf(rendered(post['excerpt']), html),
      html,
      publishedAt: dateOf(post['date_gmt'], { utc: true }) ?? dateOf(post['date']),
      updatedAt: dateOf(post['modified_gmt'], { utc: true }) ?? dateOf(post['modified']),
      byline: bylineOf(list(embedded['author']).filter(isObject).map((author) => author['name'])),
      categories,
      tags,
      image,
    };
  });
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  cdataPropName: false,
  // XML's entities are decoded here; HTML's (&#8217; in a title, the body's) by the HTML parser.
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'category', 'link', 'dc:creator', 'author', 'media:content', 'media:thumbnail', 'enclosure'].includes(name),
});

/** An XML node's text (a string, or an object with "#text"). */
const textNode = (node: unknown): string | undefined => (isObject(node) ? str(node['#text']) : str(node));

function mediaImage(node: Json): DraftImage | undefined {
  const media = [...list(node['media:content']), ...list(isObject(node['media:group']) ? node['media:group']['media:content'] : undefined)].filter(isObject);
  const picture = media.find((item) => (str(item['@medium']) ?? 'image') === 'image' && !/^video|audio/.test(str(item['@type']) ?? ''));
  const enclosure = list(node['enclosure']).filter(isObject).find((item) => /^image\//.test(str(item['@type']) ?? ''));
  const thumbnail = list(node['media:thumbnail']).find(isObject);
  const chosen = picture ?? enclosure ?? thumbnail;
  if (!chosen) return undefined;
  const description = textNode(chosen['media:description']) ?? textNode(node['media:description']);
  const credit = textNode(chosen['media:credit']) ?? textNode(node['media:credit']);
  const title = textNode(chosen['media:title']);
  return imageWithCaption(str(chosen['@url']), {
    alt: title ? plainText(title) : undefined,
    caption: description ? plainText(description) : undefined,
    credit: credit ? plainText(credit) : undefined,
    width: num(chosen['@width']),
    height: num(chosen['@height']),
  });
}

const numbered = (noun: string) => (_item: unknown, index: number) => `${noun} ${index + 1}`;

function rss(channel: Json): ReadResult {
  return readEach('rss', list(channel['item']), numbered('item'), 'an item', (item, where, problems) => {
    const headline = plainText(textNode(item['title']));
    const full = textNode(item['content:encoded']);
    const description = textNode(item['description']);
    const html = full ?? description ?? '';
    if (!headline) return `${where}: no title`;
    if (!plainText(html)) return `${where} ("${headline}"): no content`;
    const categoryNames = list(item['category']).map((category) => plainText(textNode(category))).filter(Boolean);
    const [category, ...tags] = categoryNames;
    const link = textNode(list(item['link'])[0]);
    const guid = textNode(item['guid']);
    // RSS's <author> is an e-mail address, "x@y (Name)": the name.
    const authors = [...list(item['dc:creator']).map(textNode), ...list(item['author']).map((author) => /\(([^)]+)\)/.exec(textNode(author) ?? '')?.[1] ?? textNode(author))];
    if (!full) problems.push(`${where} ("${headline}"): no full text (content:encoded), its description is used`);
    return {
      source: `${where} ("${headline}")`,
      url: link ?? (guid && /^https?:/.test(guid) ? guid : undefined),
      aliases: guid ? [guid] : [],
      headline,
      summary: full ? summaryOf(description, full) : undefined,
      html,
      publishedAt: dateOf(textNode(item['pubDate'])) ?? dateOf(textNode(item['dc:date'])),
      updatedAt: undefined,
      byline: bylineOf(authors.filter((author) => author && !/@/.test(author))),
      categories: category ? [{ name: category }] : [],
      tags,
      image: mediaImage(item),
    };
  });
}

function atom(feed: Json): ReadResult {
  return readEach('atom', list(feed['entry']), numbered('entry'), 'an entry', (entry, where) => {
    const title = entry['title'];
    const headline = plainText(textNode(title));
    const content = textNode(entry['content']);
    const summary = textNode(entry['summary']);
    const html = content ?? summary ?? '';
    if (!headline) return `${where}: no title`;
    if (!plainText(html)) return `${where} ("${headline}"): no content`;
    const links = list(entry['link']).filter(isObject);
    const alternate = links.find((link) => (str(link['@rel']) ?? 'alternate') === 'alternate');
    const enclosure = links.find((link) => str(link['@rel']) === 'enclosure' && /^image\//.test(str(link['@type']) ?? ''));
    const categories = list(entry['category'])
      .filter(isObject)
      .map((category) => plainText(str(category['@label']) ?? str(category['@term'])))
      .filter(Boolean);
    const [category, ...tags] = categories;
    const id = textNode(entry['id']);
    return {
      source: `${where} ("${headline}")`,
      url: alternate ? str(alternate['@href']) : undefined,
      aliases: id ? [id] : [],
      headline,
      summary: content ? summaryOf(summary, content) : undefined,
      html,
      publishedAt: dateOf(textNode(entry['published'])) ?? dateOf(textNode(entry['updated'])),
      updatedAt: dateOf(textNode(entry['updated'])),
      byline: bylineOf(list(entry['author']).map((author) => (isObject(author) ? textNode(author['name']) : undefined))),
      categories: category ? [{ name: category }] : [],
      tags,
      image: mediaImage(entry) ?? (enclosure ? imageWithCaption(str(enclosure['@href']), {}) : undefined),
    };
  });
}

/** The value of a ninjs 2/3 list of `{ role, value }` (headlines, descriptions, bodies), preferring a role. */
function roleValue(items: unknown, roles: string[], contentType?: RegExp): { value: string; html: boolean } | undefined {
  const candidates = list(items).filter(isObject);
  const typeOf = (item: Json) => str(item['contenttype']) ?? str(item['contentType']) ?? '';
  const usable = contentType ? candidates.filter((item) => contentType.test(typeOf(item)) || (!typeOf(item) && contentType.test('text/plain'))) : candidates;
  const chosen = roles.map((role) => usable.find((item) => str(item['role']) === role)).find(Boolean) ?? usable[0];
  const value = chosen ? str(chosen['value']) : undefined;
  return chosen && value !== undefined ? { value, html: /html/.test(typeOf(chosen)) || /html/.test(str(chosen['role']) ?? '') } : undefined;
}

/** ninjs renditions (an object keyed by name in 1.x, an array with `name` in 2.x and 3.x): the widest up to 2,048 px. */
function renditionOf(renditions: unknown): Json | undefined {
  const all = (Array.isArray(renditions) ? renditions : isObject(renditions) ? Object.values(renditions) : []).filter(isObject).filter((item) => str(item['href']));
  const sized = all.sort((a, b) => (num(b['width']) ?? 0) - (num(a['width']) ?? 0));
  return sized.find((item) => (num(item['width']) ?? 0) <= 2048) ?? sized[sized.length - 1];
}

function ninjsItem(item: Json, where: string): StoryDraft | string {
  const get = (...names: string[]) => names.map((name) => item[name]).find((value) => value !== undefined);
  const headline = plainText(roleValue(item['headlines'], ['main'])?.value ?? str(item['headline']));
  const html = roleValue(item['bodies'], ['richhtml5', 'html5', 'html', 'main'], /html/)?.value ?? str(item['body_html']);
  const text = roleValue(item['bodies'], ['text', 'main'], /text\/plain/)?.value ?? str(item['body_text']);
  const body = html ?? (text ? paragraphsOf(text) : '');
  if (!headline) return `${where}: no headline`;
  if (!plainText(body)) return `${where} ("${headline}"): no body`;
  const description = roleValue(item['descriptions'], ['summary', 'text', 'main'])?.value ?? str(item['description_html']) ?? str(item['description_text']);
  const associations = Array.isArray(item['associations']) ? item['associations'] : isObject(item['associations']) ? Object.entries(item['associations']).map(([name, value]) => (isObject(value) ? { name, ...value } : value)) : [];
  const pictures = associations.filter(isObject).filter((association) => ['picture', 'graphic'].includes(str(association['type']) ?? ''));
  const picture = pictures.find((association) => /feature/i.test(str(association['name']) ?? '')) ?? pictures[0];
  const rendition = picture ? renditionOf(picture['renditions']) : undefined;
  const pictureCaption = picture ? (roleValue(picture['descriptions'], ['caption', 'text'])?.value ?? str(picture['description_text']) ?? str(picture['body_text'])) : undefined;
  const by = get('by', 'byline');
  const bylines = list(item['bylines']).filter(isObject).map((byline) => byline['byline']);
  const subjects = [...list(item['subjects']), ...list(item['subject'])].filter(isObject);
  const services = [...list(item['service']), ...list(item['genre'])].filter(isObject);
  const categoryName = plainText(str(services[0]?.['name']));
  const uri = str(item['uri']);
  return {
    source: `${where} ("${headline}")`,
    // A ninjs uri names the item; it is not a page of the site (the slug comes from the headline).
    url: undefined,
    aliases: uri ? [uri] : [],
    headline,
    summary: description !== undefined ? summaryOf(description, body) : undefined,
    html: body,
    publishedAt: dateOf(get('firstcreated', 'firstCreated', 'contentcreated', 'contentCreated')) ?? dateOf(get('versioncreated', 'versionCreated')),
    updatedAt: dateOf(get('versioncreated', 'versionCreated')),
    byline: bylineOf([...(by !== undefined ? [by] : []), ...bylines]),
    categories: categoryName ? [{ name: categoryName, slug: str(services[0]?.['code']) }] : [],
    tags: [...subjects.map((subject) => plainText(str(subject['name']))), ...list(item['keywords']).map((keyword) => plainText(str(keyword)))].filter(Boolean),
    image: picture
      ? imageWithCaption(str(rendition?.['href']), {
          caption: pictureCaption ? plainText(pictureCaption) : undefined,
          credit: plainText(str(picture['by']) ?? str(picture['byline']) ?? str(picture['creditline']) ?? str(picture['creditLine'])) || undefined,
          width: num(rendition?.['width']),
          height: num(rendition?.['height']),
        })
      : undefined,
    dateline: plainText(str(item['located'])) || undefined,
  };
}

function ninjs(items: unknown[]): ReadResult {
  return readEach('ninjs', items, numbered('item'), 'a ninjs object', ninjsItem);
}

const looksLikeNinjs = (value: unknown) => isObject(value) && ('uri' in value || 'headlines' in value || 'bodies' in value || 'body_html' in value) && !('content' in value && isObject(value['content']));
const looksLikeWordPress = (value: unknown) => isObject(value) && isObject(value['content']) && 'rendered' in value['content'];

/**
 * Reads an input in whichever of the shapes it is. Throws (in words a publisher can act on) when
 * the input is none of them; a story that cannot be read is a problem line, not a throw.
 */
export function readStories(text: string): ReadResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`the input looks like JSON but cannot be read: ${(error as Error).message}`, { cause: error });
    }
    const items = Array.isArray(json) ? json : [json];
    if (items.length === 0) return { format: 'wordpress', stories: [], problems: [] };
    if (items.some(looksLikeWordPress)) return wordpress(items);
    if (items.some(looksLikeNinjs)) return ninjs(items);
    throw new Error('the JSON is neither WordPress posts (/wp-json/wp/v2/posts?_embed) nor ninjs items');
  }
  if (trimmed.startsWith('<')) {
    let document: Json;
    try {
      document = xml.parse(trimmed) as Json;
    } catch (error) {
      throw new Error(`the input looks like XML but cannot be read: ${(error as Error).message}`, { cause: error });
    }
    const channel = isObject(document['rss']) && isObject(document['rss']['channel']) ? document['rss']['channel'] : undefined;
    if (channel) return rss(channel);
    if (isObject(document['feed'])) return atom(document['feed']);
    throw new Error('the XML is neither an RSS 2.0 feed (<rss><channel>) nor an Atom feed (<feed>)');
  }
  throw new Error('the input is neither JSON (WordPress posts, ninjs) nor XML (RSS, Atom)');
}
