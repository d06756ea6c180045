import { useCallback, useState, type ReactNode } from 'react';
import type { Image } from '../content/schema';
import { id } from '../i18n/id';
import { imageSources, mostBytes } from '../lib/images';
import { useIsClient } from './use-is-client';

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
  /** Under "Hemat data", a "Tampilkan gambar" button in the box (a story's own pictures; not a teaser's). */
  tapToShow?: boolean;
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
    <span data-picture="" className="relative block overflow-hidden">
      <svg viewBox="0 0 16 9" className="block h-auto w-full" aria-hidden="true" focusable="false" />
      {children}
    </span>
  ) : (
    <span data-picture="" className="relative block">
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="mx-auto block h-auto max-h-[75svh] w-auto max-w-full" aria-hidden="true" focusable="false" />
      {children}
    </span>
  );
}

/** Whether "Hemat data" is on in this document: the head script and the "Tampilan" menu mark <html> (src/lib/save-data.ts). */
const picturesHeldIn = (doc: Document) => doc.documentElement.dataset.save === 'on';

/** Whether an <img> is held by "Hemat data" (not tapped yet): the worker refusing it is no failure. */
const isHeld = (img: HTMLImageElement) => picturesHeldIn(img.ownerDocument) && img.closest('[data-picture]:not([data-shown])') !== null;

/**
 * A <picture> with AVIF and WebP sources and a JPEG fallback, in a box sized before it loads (see
 * SizedBox). An image with no safe source, or one that fails to load, leaves a placeholder in that
 * same box, so nothing around it moves.
 *
 * Under "Hemat data" (src/lib/save-data.ts, held-pictures.ts) the stylesheet hides the picture until
 * it is tapped and shows, with `tapToShow`, a button saying what it may cost ("hingga 85 kB").
 * A prerendered picture keeps its sources (the service worker holds them); one the app renders
 * afresh gets them as data attributes, which the tap puts back.
 */
export function ResponsiveImage({ image, sizes, fit, maxWidth, priority = false, alt, tapToShow = false }: ResponsiveImageProps) {
  const [broken, setBroken] = useState(false);
  const isClient = useIsClient();
  const [held] = useState(() => isClient && picturesHeldIn(document));
  // An image that failed before the page was hydrated fired its error event too early for React.
  const checkLoaded = useCallback((element: HTMLImageElement | null) => {
    if (element?.complete && element.naturalWidth === 0 && element.currentSrc !== '' && !isHeld(element)) setBroken(true);
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
  const bytes = mostBytes(image, { maxWidth });
  const candidates = (srcSet: string | undefined) => (held ? { 'data-srcset': srcSet } : { srcSet });
  return (
    <SizedBox width={image.width} height={image.height} fit={fit}>
      <picture>
        {sources.map((source) => (
          <source key={source.type} type={source.type} {...candidates(source.srcSet)} sizes={sizes} />
        ))}
        <img
          ref={checkLoaded}
          {...(held ? { 'data-src': src } : { src })}
          {...candidates(fallbackSrcSet)}
          sizes={fallbackSrcSet ? sizes : undefined}
          width={image.width}
          height={image.height}
          alt={altText}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
          decoding={priority ? 'sync' : 'async'}
          onError={(event) => isHeld(event.currentTarget) || setBroken(true)}
          className={`absolute inset-0 size-full ${fit === 'cover' ? 'object-cover' : 'object-contain'}`}
        />
      </picture>
      {tapToShow ? (
        <button
          type="button"
          data-show-picture=""
          aria-label={id.image.show(altText, bytes)}
          className="group absolute inset-0 hidden flex-col items-center justify-center gap-2 p-2 text-sm text-neutral-800"
        >
          <span className="rounded border border-neutral-500 bg-white px-4 py-2 font-semibold text-neutral-900 group-hover:border-red-700">{id.image.showVisible}</span>
          {bytes === undefined ? null : <span>{id.image.upTo(bytes)}</span>}
        </button>
      ) : null}
    </SizedBox>
  );
}
