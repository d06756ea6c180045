/**
 * A post or video of another service, as a card (in the rich blocks' chunk, loaded only where used).
 * Nothing is requested from the provider until the reader acts. A YouTube video plays in the page
 * after a tap, from youtube-nocookie.com; X, Instagram, TikTok and Facebook posts link out. Before the
 * app has started (or without JavaScript) the card is a plain link to the post. No third-party script.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { ResponsiveImage } from '../../../components/responsive-image';
import { useIsClient } from '../../../components/use-is-client';
import type { Block } from '../../../content/schema';
import { idEmbed } from '../../../i18n/id-embed';
import { youtubeEmbedUrl, youtubeId } from '../../../lib/embeds';

type EmbedBlock = Extract<Block, { type: 'embed' }>;

const CARD_SIZES = '(min-width: 1024px) 752px, (min-width: 768px) 720px, 100vw';

function PlayIcon() {
  return (
    <span aria-hidden="true" className="flex h-14 w-20 items-center justify-center rounded-2xl bg-red-700 shadow-lg group-hover:bg-red-800">
      <svg viewBox="0 0 24 24" width="32" height="32" fill="var(--color-white)" focusable="false">
        <path d="M8 5v14l11-7z" />
      </svg>
    </span>
  );
}

/** A 16:9 box, there before anything is in it. */
function VideoBox({ children }: { children: ReactNode }) {
  return (
    <div className="relative bg-neutral-900">
      <svg viewBox="0 0 16 9" className="block h-auto w-full" aria-hidden="true" focusable="false" />
      {children}
    </div>
  );
}

/** The YouTube player, in the box the card's picture held; focus moves into it, so a keyboard carries on. */
function YoutubePlayer({ videoId, title }: { videoId: string; title: string }) {
  const focus = useCallback((frame: HTMLIFrameElement | null) => frame?.focus(), []);
  return (
    <iframe
      ref={focus}
      src={youtubeEmbedUrl(videoId)}
      title={idEmbed.playerTitle(title)}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
      className="absolute inset-0 h-full w-full border-0"
    />
  );
}

export function EmbedCard({ block }: { block: EmbedBlock }) {
  const provider = idEmbed[block.provider];
  // An https URL: the schema lets nothing else through.
  const url = block.url;
  const videoId = block.provider === 'youtube' ? youtubeId(block.url) : null;
  const label = block.title ?? block.text ?? provider;
  const appStarted = useIsClient();
  const [playing, setPlaying] = useState(false);
  const picture = block.thumbnail ? <ResponsiveImage image={block.thumbnail} sizes={CARD_SIZES} fit="cover" alt="" /> : null;
  return (
    <figure className="my-6 overflow-hidden rounded border border-neutral-300 bg-white">
      {videoId ? (
        <VideoBox>
          {playing ? (
            <YoutubePlayer videoId={videoId} title={label} />
          ) : (
            <>
              {picture ? <div className="absolute inset-0">{picture}</div> : null}
              {appStarted ? (
                <button type="button" onClick={() => setPlaying(true)} className="group absolute inset-0 flex cursor-pointer items-center justify-center focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-white">
                  <PlayIcon />
                  <span className="sr-only">
                    {idEmbed.play}: {label}
                  </span>
                </button>
              ) : (
                <a href={url} className="group absolute inset-0 flex items-center justify-center">
                  <PlayIcon />
                  <span className="sr-only">
                    {idEmbed.open(provider)}: {label}
                  </span>
                </a>
              )}
            </>
          )}
        </VideoBox>
      ) : picture}
      <figcaption className="px-4 py-3 text-base leading-snug">
        <span dir="auto" className="block text-sm font-semibold text-neutral-700">
          {provider}
          {block.author ? ` · ${block.author}` : null}
        </span>
        {block.title ? (
          <span dir="auto" className="mt-1 block font-semibold text-neutral-950">
            {block.title}
          </span>
        ) : null}
        {block.text ? (
          <span dir="auto" className="mt-1 line-clamp-4 block text-neutral-800">
            {block.text}
          </span>
        ) : null}
        <a href={url} target="_blank" rel="noopener noreferrer" className="mt-2 inline-block text-sm font-semibold text-red-700 underline underline-offset-2">
            {idEmbed.open(provider)}
            {' '}
            <span className="sr-only">{idEmbed.newTab}</span>
          </a>
        {videoId && !playing ? <span className="mt-1 block text-xs text-neutral-600">{idEmbed.playNote}</span> : null}
      </figcaption>
    </figure>
  );
}
