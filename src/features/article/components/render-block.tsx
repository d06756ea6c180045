import { Suspense } from 'react';
import { assertNever } from '../../../lib/assert-never';
import type { BodyBlock } from '../model/body-passes';
import { Rich } from './block-modules';
import { ArticleFigure } from './hero-figure';
import { InlineContent } from './inline-content';
import { ReadAlso } from './read-also';

const HEADING_CLASS = { 2: 'mt-8 mb-3 text-xl font-bold', 3: 'mt-6 mb-2 text-lg font-bold', 4: 'mt-5 mb-2 text-base font-bold uppercase tracking-wide' } as const;

/** One small component per block kind; the switch is exhaustive. */
export function RenderBlock({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p dir="auto" className="my-5">
          <InlineContent content={block.content} />
        </p>
      );
    case 'read-also':
      return <ReadAlso links={block.links} />;
    case 'image':
      return <ArticleFigure image={block.image} />;
    case 'quote':
      return (
        <blockquote className="my-6 border-s-4 border-neutral-300 ps-4 text-xl italic">
          <p dir="auto">{block.text}</p>
          {block.attribution ? (
            <footer dir="auto" className="mt-2 text-base not-italic text-neutral-600">
              — {block.attribution}
            </footer>
          ) : null}
        </blockquote>
      );
    case 'pull-quote':
      // A sentence of the story shown again, large: the words are already in the text, so a
      // screen reader is not made to hear them twice.
      return (
        <figure aria-hidden="true" className="my-8 border-y-2 border-red-700 py-4 text-center">
          <p dir="auto" className="text-2xl leading-snug font-bold text-balance text-neutral-900">
            “{block.text}”
          </p>
          {block.attribution ? (
            <figcaption dir="auto" className="mt-2 text-base text-neutral-600">
              {block.attribution}
            </figcaption>
          ) : null}
        </figure>
      );
    case 'heading': {
      const level = block.level ?? 2;
      const Tag = `h${level}` as const;
      return (
        <Tag dir="auto" className={HEADING_CLASS[level]}>
          {block.text}
        </Tag>
      );
    }
    case 'divider':
      return <hr className="mx-auto my-8 w-24 border-t-2 border-neutral-300" />;
    case 'list':
    case 'table':
    case 'gallery':
    case 'video':
    case 'embed':
      // Their own chunk: loaded before the page renders (the prerender) or hydrates (the boot script
      // lists it); opened inside the app, a moment's blank while it comes.
      return (
        <Suspense fallback={null}>
          <Rich.Component block={block} />
        </Suspense>
      );
    default:
      return assertNever(block);
  }
}
