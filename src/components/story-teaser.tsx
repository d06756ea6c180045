import type { Teaser } from '../content/schema';
import { ArticleLink } from './article-link';
import { DateTime } from './date-time';
import { ROW_THUMBNAIL_MAX_WIDTH } from '../lib/images';
import { ResponsiveImage } from './responsive-image';

interface StoryTeaserProps {
  teaser: Teaser;
  headingLevel: 'h2' | 'h3';
  /** lead: the big first story; row: thumbnail beside the headline; card: a row on a phone, stacked wider. */
  variant: 'lead' | 'row' | 'card';
  imageSizes: string;
  showCategory?: boolean;
  priority?: boolean;
}

const layouts = {
  lead: {
    root: 'grid gap-4 md:grid-cols-[3fr_2fr] md:items-center md:gap-8',
    image: '',
    heading: 'text-2xl font-bold leading-tight text-balance sm:text-3xl',
    maxImageWidth: undefined,
  },
  row: { root: 'flex items-start gap-3', image: 'order-2 w-28 shrink-0 sm:w-36 lg:w-24', heading: 'text-base font-semibold leading-snug', maxImageWidth: ROW_THUMBNAIL_MAX_WIDTH },
  card: {
    root: 'flex items-start gap-3 sm:flex-col sm:gap-2',
    image: 'order-2 w-28 shrink-0 sm:order-none sm:w-full',
    heading: 'text-base font-semibold leading-snug sm:text-lg',
    maxImageWidth: undefined,
  },
} as const;

/**
 * One story in a list: headline link, category, date, thumbnail. The thumbnail's alt is empty:
 * the headline beside it already names the story, and a second link would only repeat it. Under
 * "Hemat data" the thumbnail's place is left out (styles.css): an empty grey box would say nothing.
 */
export function StoryTeaser({ teaser, headingLevel: Heading, variant, imageSizes, showCategory = true, priority = false }: StoryTeaserProps) {
  const layout = layouts[variant];
  return (
    <article className={layout.root}>
      {teaser.image ? (
        <div data-teaser-picture="" className={`overflow-hidden rounded bg-neutral-100 ${layout.image}`}>
          <ResponsiveImage image={teaser.image} alt="" sizes={imageSizes} fit="cover" maxWidth={layout.maxImageWidth} priority={priority} />
        </div>
      ) : null}
      <div className="min-w-0 flex-1">
        {showCategory && teaser.category ? (
          <p className="text-xs font-semibold uppercase tracking-wide text-red-700">{teaser.category.name}</p>
        ) : null}
        <Heading dir="auto" className={`mt-1 ${layout.heading}`}>
          <ArticleLink slug={teaser.slug} className="hover:text-red-700 hover:underline">
            {teaser.headline}
          </ArticleLink>
        </Heading>
        <DateTime iso={teaser.publishedAt} format="short" className="mt-1 block text-sm text-neutral-600" />
      </div>
    </article>
  );
}
