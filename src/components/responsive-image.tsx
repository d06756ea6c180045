import { useCallback, useState, type ReactNode } from 'react';
import type { Image } from '../content/schema';
import { id } from '../i18n/id';
import { imageSources } from '../lib/images';

interface ResponsiveImageProps {
  image: Image;
  /** The width the image takes on screen, so the browser picks the right file. */
  sizes: string;
  /**
   * contain: the picture's own shape, at most its own size and about three quarters of the screen's
   * height, centred (a figure). cover: a 16:9 box as wide as its place, the picture cropped to fill
   * it (a teaser's thumbnail; the built-in images come cropped around their subject).
   */
  fit: 'contain' | 'cover';
  /** The widest the box can be, in device pixels (CSS width × the densest screen it serves), if bounded. */
  maxWidth?: number;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  /** Overrides the image's own alt text, e.g. "" beside a headline that already says it. */
  alt?: string;
}

/**
 * A box whose size is known from the HTML alone, before any picture arrives, and the picture fitted
 * inside it: a file whose real shape differs from the declared one (a portrait photo declared
 * 1280×720) is letterboxed in the box, never moves the text below. The box is an SVG with a viewBox
 * of the declared size: a replaced element that keeps its ratio under max-width and max-height and
 * never grows past its own width, with no inline style (which a strict CSP forbids).
 */
function SizedBox({ width, height, fit, children }: { width: number; height: number; fit: ResponsiveImageProps['fit']; children: ReactNode }) {
  return fit === 'cover' ? (
    <span className="relative block overflow-hidden">
      <svg viewBox="0 0 16 9" className="block h-auto w-full" aria-hidden="true" focusable="false" />
      {children}
    </span>
  ) : (
    <span className="relative block">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="mx-auto block h-auto max-h-[75svh] w-auto max-w-full" aria-hidden="true" focusable="false" />
      {children}
    </span>
  );
}

/**
 * A <picture> with AVIF and WebP sources and a JPEG fallback, in a box sized before it loads (see
 * SizedBox). An image with no safe source, or one that fails to load, leaves a placeholder in that
 * same box, so nothing around it moves.
 */
export function ResponsiveImage({ image, sizes, fit, maxWidth, priority = false, alt }: ResponsiveImageProps) {
  const [broken, setBroken] = useState(false);
  // An image that failed before the page was hydrated fired its error event too early for React.
  const checkLoaded = useCallback((element: HTMLImageElement | null) => {
    if (element?.complete && element.naturalWidth === 0 && element.currentSrc !== '') setBroken(true);
  }, []);
  const altText = alt ?? image.alt;
  if (!image.src || broken) {
    return (
      <SizedBox width={image.width} height={image.height} fit={fit}>
        <span
          role={altText ? 'img' : undefined}
          aria-label={altText ? `${altText} (${id.image.unavailable})` : undefined}
          aria-hidden={altText ? undefined : true}
          className="absolute inset-0 flex items-center justify-center bg-neutral-200 p-2 text-center text-sm text-neutral-700"
        >
          {altText ? <span aria-hidden="true">{id.image.unavailable}</span> : null}
        </span>
      </SizedBox>
    );
  }
  const { sources, fallbackSrcSet, src } = imageSources(image, { maxWidth });
  return (
    <SizedBox width={image.width} height={image.height} fit={fit}>
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
          className={`absolute inset-0 size-full ${fit === 'cover' ? 'object-cover' : 'object-contain'}`}
        />
      </picture>
    </SizedBox>
  );
}
