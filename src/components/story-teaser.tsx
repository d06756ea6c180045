import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { Teaser } from '../content/schema';
import { DateTime } from './date-time';
import { ResponsiveImage } from './responsive-image';

interface StoryTeaserProps {
  teaser: Teaser;
  headingLevel: 'h2' | 'h3';
  /** lead: the big first story; row: thumbnail beside the headline. */
  variant: 'lead' | 'row';
  imageSizes: string;
  showCategory?: boolean;
  priority?: boolean;
  /** A narrower thumbnail, for the sidebar. */
  compact?: boolean;
}

/**
 * One story in a list: headline link, category, date, thumbnail. The thumbnail's alt is empty:
 * the headline beside it already names the story, and a second link would only repeat it.
 */
export function StoryTeaser({ teaser, headingLevel: Heading, variant, imageSizes, showCategory = true, priority = false, compact = false }: StoryTeaserProps) {
  const lead = variant === 'lead';
  return (
    <article className={`[overflow-wrap:anywhere] ${lead ? 'grid gap-4 md:grid-cols-[3fr_2fr] md:items-center md:gap-8' : 'flex items-start gap-3'}`}>
      {teaser.image ? (
        <div className={lead ? 'overflow-hidden rounded bg-neutral-100' : `order-2 w-28 shrink-0 overflow-hidden rounded bg-neutral-100 sm:w-36 ${compact ? 'lg:w-24' : ''}`}>
          <ResponsiveImage image={teaser.image} alt="" sizes={imageSizes} priority={priority} className="h-auto w-full" />
        </div>
      ) : null}
      <div className="min-w-0 flex-1">
        {showCategory && teaser.category ? (
          <p className="text-xs font-semibold uppercase tracking-wide text-red-700">{teaser.category.name}</p>
        ) : null}
        <Heading className={lead ? 'mt-1 text-2xl font-bold leading-tight text-balance sm:text-3xl' : 'mt-1 text-base font-semibold leading-snug'}>
          <Link to={paths.article.href(teaser.slug)} className="hover:text-red-700 hover:underline">
            {teaser.headline}
          </Link>
        </Heading>
        <DateTime iso={teaser.publishedAt} format="short" className="mt-1 block text-sm text-neutral-600" />
      </div>
    </article>
  );
}
