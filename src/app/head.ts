/**
 * The <head> of a page: what link-preview crawlers (WhatsApp, Facebook, X, Telegram) and search
 * engines read, none of which run JavaScript, and the title the browser shows. Pure: page data in,
 * head out (pageHead), then HTML (renderHead).
 */
import { paths } from '../config/paths';
import { absoluteUrl, site } from '../config/site';
import type { Article, Block } from '../content/schema';
import { escapeHtml } from '../lib/html';
import { serialiseForScript } from '../lib/serialise-for-script';
import { id } from '../i18n/id';
import type { PageData } from './page-data';
import { pageTitle } from './page-title';

export const FEED_PATH = '/feed.xml';
export const SITE_LOGO = { path: '/logo-512.png', width: 512, height: 512 } as const;
export const SITE_SHARE_IMAGE = { path: '/og-warta.png', width: 1200, height: 630, alt: 'Warta' } as const;
const DESCRIPTION_MAX = 160;

/** Site paths become absolute on SITE_URL; https URLs stay as they are. */
function absolute(url: string): string {
  return url.startsWith('/') ? absoluteUrl(url) : url;
}

/** The lead paragraph's text, opened by the dateline as the page shows it ("MerahPutih.com - Sekitar …"). */
function plainText(blocks: readonly Block[], dateline: string | undefined): string | undefined {
  const lead = blocks.find((block) => block.type === 'paragraph');
  const text = lead?.content.map((inline) => inline.text).join('');
  return text && dateline ? `${dateline} - ${text}` : text;
}

/** At most 160 characters, cut at a word, with an ellipsis when cut. */
export function describe(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= DESCRIPTION_MAX) return clean;
  const cut = clean.slice(0, DESCRIPTION_MAX - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > DESCRIPTION_MAX / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

export function articleDescription(article: Article): string {
  return describe(article.summary?.trim() || plainText(article.body, article.dateline) || article.headline);
}

interface ShareImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

function shareImageOf(article: Article): ShareImage {
  if (article.shareImage) return { ...article.shareImage, alt: article.image?.alt || article.headline };
  if (article.image?.src) return { src: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt || article.headline };
  return { src: SITE_SHARE_IMAGE.path, width: SITE_SHARE_IMAGE.width, height: SITE_SHARE_IMAGE.height, alt: SITE_SHARE_IMAGE.alt };
}

export function newsArticleJsonLd(article: Article): Record<string, unknown> {
  const url = absoluteUrl(paths.article.href(article.slug));
  const image = shareImageOf(article);
  const hero = article.image?.src;
  const organisation = { '@type': 'Organization', name: site.name, url: `${site.url}/` };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description: articleDescription(article),
    image: [absolute(image.src), ...(hero && hero !== image.src ? [absolute(hero)] : [])],
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.publishedAt || article.updatedAt ? { dateModified: article.updatedAt ?? article.publishedAt } : {}),
    ...(article.category ? { articleSection: article.category.name } : {}),
    inLanguage: site.locale,
    // The byline's writers (Google's article structured data), else the newsroom.
    author: article.byline ? article.byline.map((name) => ({ '@type': 'Person', name })) : [organisation],
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    ...(article.editor ? { editor: { '@type': 'Person', name: article.editor.name ?? article.editor.initials } } : {}),
    publisher: {
      ...organisation,
      logo: { '@type': 'ImageObject', url: absoluteUrl(SITE_LOGO.path), width: SITE_LOGO.width, height: SITE_LOGO.height },
    },
  };
}

/**
 * Everything a page's <head> says: its title, description, canonical URL, robots, prev/next,
 * Open Graph and article: properties (in the order Facebook's and WhatsApp's scrapers read them),
 * Twitter card and NewsArticle JSON-LD. Absent values are left out.
 */
export interface PageHead {
  title: string;
  description: string;
  canonical?: string | undefined;
  robots?: 'noindex' | undefined;
  prev?: string | undefined;
  next?: string | undefined;
  /** og:* properties, without the prefix: type, title, description, url, image… */
  openGraph: Record<string, string | undefined>;
  /** article:* properties (Open Graph's article type), without the prefix. */
  article?: Record<string, string | undefined> | undefined;
  /** twitter:* names, without the prefix. */
  twitter?: Record<string, string | undefined> | undefined;
  /** A feed of this page's own stories (a category's), beside the site's. */
  feed?: { href: string; title: string } | undefined;
  jsonLd?: Record<string, unknown> | undefined;
}

function listHead(page: Extract<PageData, { kind: 'home' | 'category' | 'tag' }>): PageHead {
  const hrefFor = (number: number) => {
    switch (page.kind) {
      case 'home':
        return paths.home.href(number);
      case 'category':
        return paths.category.href(page.category.slug, number);
      case 'tag':
        return paths.tag.href(page.tag.slug, number);
    }
  };
  const title = pageTitle(page);
  const description = page.kind === 'home' ? id.home.description : page.kind === 'category' ? id.category.description(page.category.name) : id.tag.description(page.tag.name);
  const url = absoluteUrl(hrefFor(page.page));
  return {
    title,
    description,
    canonical: url,
    prev: page.page > 1 ? absoluteUrl(hrefFor(page.page - 1)) : undefined,
    next: page.page < page.pageCount ? absoluteUrl(hrefFor(page.page + 1)) : undefined,
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      image: absoluteUrl(SITE_SHARE_IMAGE.path),
      'image:width': String(SITE_SHARE_IMAGE.width),
      'image:height': String(SITE_SHARE_IMAGE.height),
      'image:alt': SITE_SHARE_IMAGE.alt,
    },
    twitter: { card: 'summary_large_image' },
    feed: page.kind !== 'category' ? undefined : { href: absoluteUrl(`${paths.category.href(page.category.slug)}/feed.xml`), title: `${site.name} — ${page.category.name}` },
  };
}

function articleHead(article: Article): PageHead {
  const url = absoluteUrl(paths.article.href(article.slug));
  const description = articleDescription(article);
  const image = shareImageOf(article);
  return {
    title: pageTitle({ kind: 'article', article }),
    description,
    canonical: url,
    openGraph: {
      type: 'article',
      title: article.headline,
      description,
      url,
      image: absolute(image.src),
      'image:width': String(image.width),
      'image:height': String(image.height),
      'image:alt': image.alt,
    },
    article: {
      published_time: article.publishedAt,
      modified_time: article.updatedAt ?? article.publishedAt,
      section: article.category?.name,
    },
    twitter: { card: 'summary_large_image', title: article.headline, description, image: absolute(image.src), 'image:alt': image.alt },
    jsonLd: newsArticleJsonLd(article),
  };
}

/**
 * The one head function: a page's data in, all its <head> says out. Pure; called once for every
 * page rendered (renderHead writes it out). Its title is pageTitle's, which the app also sets as the
 * tab's title after a page change.
 */
export function pageHead(page: PageData): PageHead {
  switch (page.kind) {
    case 'article':
      return articleHead(page.article);
    case 'home':
    case 'category':
    case 'tag':
      return listHead(page);
    case 'search':
      return { title: pageTitle(page), description: id.search.prompt, robots: 'noindex', openGraph: {} };
    case 'saved':
      return { title: pageTitle(page), description: id.saved.description, robots: 'noindex', openGraph: {} };
    case 'not-found':
      return { title: pageTitle(page), description: id.notFound.body, robots: 'noindex', openGraph: {} };
    case 'error':
      return { title: pageTitle(page), description: page.heading, robots: 'noindex', openGraph: {} };
  }
}

/** A PageHead as HTML for <head>: every value escaped, the JSON-LD serialised for a script element. */
export function renderHead(head: PageHead): string {
  const metaTag = (attribute: 'name' | 'property', key: string, value: string | undefined) =>
    value === undefined ? [] : [`<meta ${attribute}="${escapeHtml(key)}" content="${escapeHtml(value)}">`];
  const linkTag = (rel: string, href: string | undefined, extra = '') => (href === undefined ? [] : [`<link rel="${rel}" href="${escapeHtml(href)}"${extra}>`]);
  const prefixed = (attribute: 'name' | 'property', prefix: string, values: Record<string, string | undefined> | undefined) =>
    Object.entries(values ?? {}).flatMap(([key, value]) => metaTag(attribute, `${prefix}:${key}`, value));
  const tags = [
    ...metaTag('name', 'robots', head.robots),
    ...metaTag('name', 'description', head.description),
    ...linkTag('canonical', head.canonical),
    ...linkTag('prev', head.prev),
    ...linkTag('next', head.next),
    ...metaTag('property', 'og:site_name', site.name),
    ...metaTag('property', 'og:locale', 'id_ID'),
    ...linkTag('alternate', absoluteUrl(FEED_PATH), ` type="application/rss+xml" title="${escapeHtml(`${site.name} — ${id.home.heading}`)}"`),
    ...(head.feed ? linkTag('alternate', head.feed.href, ` type="application/rss+xml" title="${escapeHtml(head.feed.title)}"`) : []),
    ...prefixed('property', 'og', head.openGraph),
    ...prefixed('property', 'article', head.article),
    ...prefixed('name', 'twitter', head.twitter),
  ];
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    tags.join('\n    '),
    ...(head.jsonLd ? [`<script type="application/ld+json">${serialiseForScript(head.jsonLd)}</script>`] : []),
  ].join('\n    ');
}
