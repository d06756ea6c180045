import type { Block } from '../../../content/schema';
import { id } from '../../../i18n/id';
import { imageSources } from '../../../lib/images';

/** A poster wide enough for the column on a dense screen, no wider. */
const POSTER_MAX_WIDTH = 1280;

/** 65 → "1:05", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (value: number) => String(value).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/**
 * The publisher's own video: the platform's player, with its poster in a box of the video's size that
 * is there before anything loads, and nothing of the file fetched until the reader presses play
 * (`preload="none"`): a reader on a metered phone pays only for what they watch.
 */
export function VideoBlock({ block }: { block: Extract<Block, { type: 'video' }> }) {
  const poster = block.poster?.src ? imageSources(block.poster, { maxWidth: POSTER_MAX_WIDTH }).src : undefined;
  // 0: the length is not known (an imported video), and none is shown.
  const duration = block.duration > 0 ? formatDuration(block.duration) : '';
  return (
    <figure className="my-6">
      <video
        controls
        preload="none"
        playsInline
        poster={poster}
        width={block.width}
        height={block.height}
        aria-label={`${block.title} (${id.article.video(duration)})`}
        className="-mx-4 block h-auto w-[calc(100%+2rem)] max-w-none bg-neutral-900 sm:mx-0 sm:w-full sm:rounded"
      >
        <source src={block.src} type={block.mimeType} />
        {block.captions ? <track kind="captions" src={block.captions.src} srcLang={block.captions.lang} label={block.captions.label} default /> : null}
      </video>
      <figcaption dir="auto" className="mt-2 text-sm leading-snug text-neutral-600">
        {block.title} <span className="whitespace-nowrap">({id.article.video(duration)})</span>
        {block.poster?.credit ? ` ${id.article.photoCredit(block.poster.credit)}` : null}
      </figcaption>
    </figure>
  );
}
