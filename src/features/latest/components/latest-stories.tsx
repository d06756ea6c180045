import type { Teaser } from '../../../content/schema';
import { StoryTeaser } from '../../../components/story-teaser';

const LEAD_SIZES = '(min-width: 1152px) 660px, (min-width: 768px) 58vw, 100vw';
const ROW_SIZES = '(min-width: 640px) 144px, 112px';

/** The home page's list: the newest story large, the rest as rows. */
export function LatestStories({ stories }: { stories: readonly Teaser[] }) {
  const [lead, ...rest] = stories;
  return (
    <div>
      {lead ? (
        <div className="border-b border-neutral-200 pb-6">
          <StoryTeaser teaser={lead} headingLevel="h2" variant="lead" imageSizes={LEAD_SIZES} priority />
        </div>
      ) : null}
      <ol className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((teaser) => (
          <li key={teaser.slug} className="border-b border-neutral-200 py-4">
            <StoryTeaser teaser={teaser} headingLevel="h2" variant="row" imageSizes={ROW_SIZES} />
          </li>
        ))}
      </ol>
    </div>
  );
}
