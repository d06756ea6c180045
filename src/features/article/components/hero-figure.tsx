import { ResponsiveImage } from '../../../components/responsive-image';
import type { Image } from '../../../content/schema';
import { id } from '../../../i18n/id';

/** The column is at most ~47rem wide beside the sidebar, the full viewport on a phone. */
export const HERO_SIZES = '(min-width: 1024px) 752px, (min-width: 768px) 720px, 100vw';

/** An image with its caption and credit, "Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)". */
export function ArticleFigure({ image, priority = false }: { image: Image; priority?: boolean }) {
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className="my-6">
      <div className="-mx-4 overflow-hidden bg-neutral-100 sm:mx-0 sm:rounded">
        <ResponsiveImage image={image} sizes={HERO_SIZES} fit="contain" priority={priority} tapToShow />
      </div>
      {hasCaption ? (
        <figcaption dir="auto" className="mt-2 text-sm leading-snug text-neutral-600">
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span>{id.article.photoCredit(image.credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
