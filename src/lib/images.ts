import type { Image, ImageVariant } from '../content/schema';

/**
 * A thumbnail beside a headline in a list is at most 144 CSS pixels wide (sm:w-36), on screens of
 * up to 3 device pixels per CSS pixel: no file wider than the first at least this wide is of use.
 */
export const ROW_THUMBNAIL_MAX_WIDTH = 144 * 3;

export interface ImageSource {
  type: ImageVariant['type'];
  srcSet: string;
}

/** Modern formats first: the browser takes the first <source> it can decode. */
const SOURCE_ORDER: readonly ImageVariant['type'][] = ['image/avif', 'image/webp'];

/**
 * A srcset candidate's URL ends at whitespace, and the browser strips commas from its ends: a URL
 * with either would split into a second, made-up candidate. Percent-encode just those characters;
 * commas inside a URL (as some image CDNs use) are left as they are.
 */
const inSrcSet = (src: string) => src.replace(/\s|^,+|,+$/g, encodeURIComponent);

export function srcSetOf(variants: readonly ImageVariant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${inSrcSet(variant.src)} ${variant.width}w`)
    .join(', ');
}

/**
 * The variants a box at most `maxWidth` device pixels wide can use: those narrower, and the first
 * at least as wide. A thumbnail needs no 1280-pixel file, and its page no list of them.
 */
function upTo(variants: readonly ImageVariant[], maxWidth: number | undefined): ImageVariant[] {
  if (maxWidth === undefined) return [...variants];
  const enough = Math.min(...variants.filter((variant) => variant.width >= maxWidth).map((variant) => variant.width));
  return variants.filter((variant) => variant.width <= maxWidth || variant.width === enough);
}

/**
 * <source> sets for the modern formats, the <img> fallback (JPEG/PNG) and its src: the largest
 * fallback file the box can use, else the image's own src.
 */
export function imageSources(
  image: Image,
  { maxWidth }: { maxWidth?: number } = {},
): { sources: ImageSource[]; fallbackSrcSet: string | undefined; src: string | undefined } {
  const variants = upTo(image.variants, maxWidth);
  const sources = SOURCE_ORDER.flatMap((type) => {
    const ofType = variants.filter((variant) => variant.type === type);
    return ofType.length > 0 ? [{ type, srcSet: srcSetOf(ofType) }] : [];
  });
  const fallback = variants.filter((variant) => !SOURCE_ORDER.includes(variant.type));
  const widest = maxWidth === undefined ? undefined : fallback.reduce<ImageVariant | undefined>((best, variant) => (best && best.width >= variant.width ? best : variant), undefined);
  return { sources, fallbackSrcSet: fallback.length > 0 ? srcSetOf(fallback) : undefined, src: widest?.src ?? image.src };
}

/**
 * The most a picture can cost, in bytes: its largest file, of the format the browser takes first
 * (AVIF, then WebP, then the fallback), that its box can use. Undefined when the API gave no sizes.
 */
export function mostBytes(image: Image, { maxWidth }: { maxWidth?: number } = {}): number | undefined {
  const variants = upTo(image.variants, maxWidth);
  const type = SOURCE_ORDER.find((candidate) => variants.some((variant) => variant.type === candidate));
  const ofType = variants.filter((variant) => type === undefined || variant.type === type);
  const sizes = ofType.flatMap((variant) => (variant.bytes === undefined ? [] : [variant.bytes]));
  return sizes.length > 0 && sizes.length === ofType.length ? Math.max(...sizes) : undefined;
}
