import type { Image } from '../content/schema';
import { imageSources } from '../lib/images';

interface ResponsiveImageProps {
  image: Image;
  /** The width the image takes on screen, so the browser picks the right file. */
  sizes: string;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  /** Overrides the image's own alt text, e.g. "" beside a headline that already says it. */
  alt?: string;
  className?: string;
}

export function ResponsiveImage({ image, sizes, priority = false, alt, className }: ResponsiveImageProps) {
  const { sources, fallbackSrcSet } = imageSources(image);
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={image.src}
        srcSet={fallbackSrcSet}
        sizes={fallbackSrcSet ? sizes : undefined}
        width={image.width}
        height={image.height}
        alt={alt ?? image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding={priority ? 'sync' : 'async'}
        className={className}
      />
    </picture>
  );
}
