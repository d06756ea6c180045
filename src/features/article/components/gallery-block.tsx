import { ResponsiveImage } from '../../../components/responsive-image';
import type { Block } from '../../../content/schema';
import { id } from '../../../i18n/id';

/** A slide is most of the column: the next photo shows at the edge, so the row reads as one to swipe. */
const SLIDE_SIZES = '(min-width: 1024px) 600px, (min-width: 768px) 576px, 85vw';

/**
 * A photo gallery: the photos side by side in a row that snaps from one to the next (CSS scroll-snap,
 * no script), each with its caption, credit and place ("Foto 2 dari 5"). The row is one focusable
 * region, so arrow keys scroll it; a screen reader reads it as a list.
 */
export function GalleryBlock({ block }: { block: Extract<Block, { type: 'gallery' }> }) {
  const count = block.images.length;
  const label = `${block.title ? `${block.title} · ` : ''}${id.article.gallery(count)}`;
  return (
    <figure className="my-8">
      <figcaption dir="auto" className="mb-2 text-sm font-semibold text-neutral-700">
        {label}
      </figcaption>
      <ul
        tabIndex={0}
        aria-label={label}
        className="-mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto scroll-px-4 px-4 pb-2 focus-visible:outline-2 focus-visible:outline-red-700 sm:mx-0 sm:scroll-px-0 sm:px-0"
      >
        {block.images.map((image, index) => (
          <li key={index} className="w-[85%] max-w-xl shrink-0 snap-start">
            <figure>
              <div className="overflow-hidden rounded bg-neutral-100">
                <ResponsiveImage image={image} sizes={SLIDE_SIZES} fit="contain" tapToShow />
              </div>
              <figcaption dir="auto" className="mt-2 text-sm leading-snug text-neutral-600">
                <span className="font-semibold text-neutral-800">{id.article.galleryPhoto(index + 1, count)}</span>
                {image.caption ? ` ${image.caption}` : null}
                {image.credit ? ` ${id.article.photoCredit(image.credit)}` : null}
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </figure>
  );
}
