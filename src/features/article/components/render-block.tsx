import { assertNever } from '../../../lib/assert-never';
import type { BodyBlock } from '../model/append-editor-initials';
import { ArticleFigure } from './hero-figure';
import { InlineContent } from './inline-content';
import { ReadAlso } from './read-also';

/** One small component per block type; the switch is exhaustive. */
export function RenderBlock({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p dir="auto" className="my-5">
          <InlineContent content={block.content} />
        </p>
      );
    case 'read-also':
      return <ReadAlso slug={block.slug} headline={block.headline} />;
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
    case 'heading':
      return (
        <h2 dir="auto" className="mt-8 mb-3 text-xl font-bold">
          {block.text}
        </h2>
      );
    default:
      return assertNever(block);
  }
}
