import { useCallback, useState } from 'react';
import type { Image } from '../content/schema';
import { id } from '../i18n/id';
import { imageSources } from '../lib/images';

interface ResponsiveImageProps {
  image: Image;
  /** The width the image takes on screen, so the browser picks the right file. */
  sizes: string;
  /** The widest the box can be, in device pixels (CSS width × the densest screen it serves), if bounded. */
  maxWidth?: number;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  /** Overrides the image's own alt text, e.g. "" beside a headline that already says it. */
  alt?: string;
  className?: string;
}

/**
 * A <picture> with AVIF and WebP sources and a JPEG fallback, in a box of the image's own
 * proportions. An image with no safe source, or one that fails to load, leaves a placeholder in
 * that same box, so nothing around it moves.
 */
export function ResponsiveImage({ image, sizes, maxWidth, priority = false, alt, className }: ResponsiveImageProps) {
  const [broken, setBroken] = useState(false);
  // An image that failed before the page was hydrated fired its error event too early for React.
  const checkLoaded = useCallback((element: HTMLImageElement | null) => {
    if (element?.complete && element.naturalWidth === 0 && element.currentSrc !== '') setBroken(true);
  }, []);
  const altText = alt ?? image.alt;
  if (!image.src || broken) {
    // The box keeps its proportions through an SVG viewBox: no inline style, which a strict CSP forbids.
    return (
      <span
        role={altText ? 'img' : undefined}
        aria-label={altText ? `${altText} (${id.image.unavailable})` : undefined}
        aria-hidden={altText ? undefined : true}
        className={`relative block bg-neutral-200 ${className ?? ''}`}
      >
        <svg viewBox={`0 0 ${image.width} ${image.height}`} className="block h-auto w-full" aria-hidden="true" focusable="false" />
        {altText ? (
          <span aria-hidden="true" className="absolute inset-0 flex items-center justify-center p-2 text-center text-sm text-neutral-700">
            {id.image.unavailable}
          </span>
        ) : null}
      </span>
    );
  }
  const { sources, fallbackSrcSet, src } = imageSources(image, { maxWidth });
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        ref={checkLoaded}
        src={src}
        srcSet={fallbackSrcSet}
        sizes={fallbackSrcSet ? sizes : undefined}
        width={image.width}
        height={image.height}
        alt={altText}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? 'sync' : 'async'}
        onError={() => setBroken(true)}
        className={className}
      />
    </picture>
  );
}
