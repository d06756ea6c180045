import type { Block } from '../../../content/schema';
import { InlineContent } from './inline-content';

/**
 * A table with its caption and header row. Wider than a phone, it scrolls inside its own box (which
 * takes focus, so a keyboard can scroll it too), never the page.
 */
export function TableBlock({ block }: { block: Extract<Block, { type: 'table' }> }) {
  return (
    <div role="region" aria-label={block.caption} tabIndex={0} className="my-6 max-w-full overflow-x-auto rounded border border-neutral-300 focus-visible:outline-2 focus-visible:outline-red-700">
      <table className="min-w-full border-collapse text-left text-base leading-snug wrap-break-word">
        <caption dir="auto" className="px-3 py-2 text-left text-sm font-semibold text-neutral-700">
          {block.caption}
        </caption>
        <thead className="bg-neutral-100">
          <tr>
            {block.header.map((cell, index) => (
              <th key={index} scope="col" dir="auto" className="border-t border-neutral-300 px-3 py-2 font-semibold">
                <InlineContent content={cell} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-t border-neutral-200">
              {row.map((cell, index) => (
                <td key={index} dir="auto" className="px-3 py-2 align-top">
                  <InlineContent content={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
