import type { Image, ImageVariant } from '../content/schema';

export interface ImageSource {
  type: ImageVariant['type'];
  srcSet: string;
}

/** Modern formats first: the browser takes the first <source> it can decode. */
const SOURCE_ORDER: readonly ImageVariant['type'][] = ['image/avif', 'image/webp'];

export function srcSetOf(variants: readonly ImageVariant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.src} ${variant.width}w`)
    .join(', ');
}

/** <source> sets for the modern formats, and the srcset of the <img> fallback (JPEG/PNG). */
export function imageSources(image: Image): { sources: ImageSource[]; fallbackSrcSet: string | undefined } {
  const variants = image.variants;
  const sources = SOURCE_ORDER.flatMap((type) => {
    const ofType = variants.filter((variant) => variant.type === type);
    return ofType.length > 0 ? [{ type, srcSet: srcSetOf(ofType) }] : [];
  });
  const fallback = variants.filter((variant) => !SOURCE_ORDER.includes(variant.type));
  return { sources, fallbackSrcSet: fallback.length > 0 ? srcSetOf(fallback) : undefined };
}
