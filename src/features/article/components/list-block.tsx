import type { Block } from '../../../content/schema';
import { InlineContent } from './inline-content';

/** A numbered list (a listicle's points) or a bulleted one; each item inline content. */
export function ListBlock({ block }: { block: Extract<Block, { type: 'list' }> }) {
  const items = block.items.map((item, index) => (
    <li key={index} dir="auto" className="ps-1">
      <InlineContent content={item} />
    </li>
  ));
  return block.ordered ? <ol className="my-5 list-decimal space-y-2 ps-6">{items}</ol> : <ul className="my-5 list-disc space-y-2 ps-6">{items}</ul>;
}
