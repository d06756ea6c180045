/**
 * The <head> of a prerendered page: what link-preview crawlers (WhatsApp, Facebook, X, Telegram)
 * and search engines read, none of which run JavaScript. Pure: page data in, HTML out.
 */
import { paths } from '../config/paths';
import { absoluteUrl, site } from '../config/site';
import type { Article, Block } from '../content/schema';
import { escapeHtml } from '../lib/html';
import { serialiseForScript } from '../lib/serialise-for-script';
import { id } from '../i18n/id';
import type { PageData } from './load-page';

export const FEED_PATH = '/feed.xml';
export const SITE_LOGO = { path: '/logo-512.png', width: 512, height: 512 } as const;
export const SITE_SHARE_IMAGE = { path: '/og-warta.png', width: 1200, height: 630, alt: 'Warta' } as const;
const DESCRIPTION_MAX = 160;

/** Site paths become absolute on SITE_URL; https URLs stay as they are. */
function absolute(url: string): string {
  return url.startsWith('/') ? absoluteUrl(url) : url;
}

function plainText(blocks: readonly Block[]): string | undefined {
  const lead = blocks.find((block) => block.type === 'paragraph');
  return lead?.content.map((inline) => inline.text).join('');
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
  return describe(article.summary?.trim() || plainText(article.body) || article.headline);
}

type Tag = { kind: 'meta'; attribute: 'name' | 'property'; key: string; value: string } | { kind: 'link'; rel: string; href: string; extra?: Record<string, string> };

/** A meta tag, or none when there is nothing to say. */
function meta(attribute: 'name' | 'property', key: string, value: string | undefined): Tag[] {
  return value === undefined ? [] : [{ kind: 'meta', attribute, key, value }];
}

function link(rel: string, href: string, extra?: Record<string, string>): Tag[] {
  return [{ kind: 'link', rel, href, ...(extra ? { extra } : {}) }];
}

function renderTags(tags: readonly Tag[]): string {
  return tags
    .map((tag) => {
      if (tag.kind === 'meta') return `<meta ${tag.attribute}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.value)}">`;
      const extra = Object.entries(tag.extra ?? {})
        .map(([key, value]) => ` ${key}="${escapeHtml(value)}"`)
        .join('');
      return `<link rel="${escapeHtml(tag.rel)}" href="${escapeHtml(tag.href)}"${extra}>`;
    })
    .join('\n    ');
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
    author: [organisation],
    ...(article.editor ? { editor: { '@type': 'Person', name: article.editor.name ?? article.editor.initials } } : {}),
    publisher: {
      ...organisation,
      logo: { '@type': 'ImageObject', url: absoluteUrl(SITE_LOGO.path), width: SITE_LOGO.width, height: SITE_LOGO.height },
    },
  };
}

/** Everything that goes in <head> for a page, as HTML. */
export function buildHead(page: PageData): string {
  const common: Tag[] = [
    ...meta('property', 'og:site_name', site.name),
    ...meta('property', 'og:locale', 'id_ID'),
    ...link('alternate', absoluteUrl(FEED_PATH), { type: 'application/rss+xml', title: `${site.name} — ${id.home.heading}` }),
  ];
  switch (page.kind) {
    case 'article': {
      const { article } = page;
      const url = absoluteUrl(paths.article.href(article.slug));
      const title = id.article.documentTitle(article.headline);
      const description = articleDescription(article);
      const image = shareImageOf(article);
      const tags: Tag[] = [
        ...meta('name', 'description', description),
        ...link('canonical', url),
        ...common,
        ...meta('property', 'og:type', 'article'),
        ...meta('property', 'og:title', article.headline),
        ...meta('property', 'og:description', description),
        ...meta('property', 'og:url', url),
        ...meta('property', 'og:image', absolute(image.src)),
        ...meta('property', 'og:image:width', String(image.width)),
        ...meta('property', 'og:image:height', String(image.height)),
        ...meta('property', 'og:image:alt', image.alt),
        ...meta('property', 'article:published_time', article.publishedAt),
        ...meta('property', 'article:modified_time', article.updatedAt ?? article.publishedAt),
        ...meta('property', 'article:section', article.category?.name),
        ...meta('name', 'twitter:card', 'summary_large_image'),
        ...meta('name', 'twitter:title', article.headline),
        ...meta('name', 'twitter:description', description),
        ...meta('name', 'twitter:image', absolute(image.src)),
        ...meta('name', 'twitter:image:alt', image.alt),
      ];
      return [
        `<title>${escapeHtml(title)}</title>`,
        renderTags(tags),
        `<script type="application/ld+json">${serialiseForScript(newsArticleJsonLd(article))}</script>`,
      ].join('\n    ');
    }
    case 'home':
    case 'category': {
      const isHome = page.kind === 'home';
      const path = isHome ? paths.home.href(page.page) : paths.category.href(page.category.slug, page.page);
      const url = absoluteUrl(path);
      const title = isHome
        ? page.page > 1
          ? id.home.pageTitle(page.page)
          : id.home.documentTitle
        : id.category.documentTitle(page.category.name, page.page);
      const description = isHome ? id.home.description : id.category.description(page.category.name);
      const tags: Tag[] = [
        ...meta('name', 'description', description),
        ...link('canonical', url),
        ...(page.page > 1 ? link('prev', absoluteUrl(isHome ? paths.home.href(page.page - 1) : paths.category.href(page.category.slug, page.page - 1))) : []),
        ...(page.page < page.pageCount
          ? link('next', absoluteUrl(isHome ? paths.home.href(page.page + 1) : paths.category.href(page.category.slug, page.page + 1)))
          : []),
        ...common,
        ...meta('property', 'og:type', 'website'),
        ...meta('property', 'og:title', title),
        ...meta('property', 'og:description', description),
        ...meta('property', 'og:url', url),
        ...meta('property', 'og:image', absoluteUrl(SITE_SHARE_IMAGE.path)),
        ...meta('property', 'og:image:width', String(SITE_SHARE_IMAGE.width)),
        ...meta('property', 'og:image:height', String(SITE_SHARE_IMAGE.height)),
        ...meta('property', 'og:image:alt', SITE_SHARE_IMAGE.alt),
        ...meta('name', 'twitter:card', 'summary_large_image'),
      ];
      return [`<title>${escapeHtml(title)}</title>`, renderTags(tags)].join('\n    ');
    }
    case 'search':
      return [
        `<title>${escapeHtml(id.search.documentTitle(''))}</title>`,
        renderTags([...meta('name', 'robots', 'noindex'), ...meta('name', 'description', id.search.prompt), ...common]),
      ].join('\n    ');
    case 'not-found':
      return [
        `<title>${escapeHtml(id.notFound.documentTitle)}</title>`,
        renderTags([...meta('name', 'robots', 'noindex'), ...meta('name', 'description', id.notFound.body), ...common]),
      ].join('\n    ');
  }
}
