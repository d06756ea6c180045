import type { Article, Teaser } from './schema';

/** A row's picture is 112 CSS pixels wide: variants up to 480 pixels serve it up to 3× screens and keep a saved or found story small. */
const THUMBNAIL_MAX_WIDTH = 480;

/**
 * The teaser of an article, as a row of a list shows it (search results, "Tersimpan"): its slug,
 * headline, category, publish time and thumbnail. A row shows no caption or credit, and no image
 * variant wider than a 2x screen picks for it: they stay out.
 */
export function teaserOf(article: Article): Teaser {
  const image = article.image
    ? { src: article.image.src, alt: article.image.alt, width: article.image.width, height: article.image.height, variants: article.image.variants.filter((variant) => variant.width <= THUMBNAIL_MAX_WIDTH) }
    : undefined;
  return { slug: article.slug, headline: article.headline, category: article.category, publishedAt: article.publishedAt, image };
}
