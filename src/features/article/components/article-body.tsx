import { Suspense, useDeferredValue } from 'react';
import { useOpenedInApp } from '../../../components/use-is-client';
import type { Block } from '../../../content/schema';
import { enhanceBody, type BodyBlock } from '../model/body-passes';
import { RenderBlock } from './render-block';

/** What a phone shows at once; the rest of a long body follows without blocking the page. */
export const FIRST_BLOCKS = 40;
/** Blocks hydrated together: each group is its own unit of work, so a huge page hydrates in steps. */
const HYDRATION_GROUP = 50;

interface ArticleBodyProps {
  blocks: readonly Block[];
  dateline?: string | undefined;
  editorInitials?: string | undefined;
}

export function ArticleBody({ blocks, dateline, editorInitials }: ArticleBodyProps) {
  const body = enhanceBody(blocks, { dateline, editorInitials });
  // Prerendered and hydrating: every block is already on the page and must match. Opened inside the
  // app: the first blocks render at once and the rest in the background, interruptibly, so a body
  // of thousands of blocks does not freeze the page.
  const openedInApp = useOpenedInApp();
  const shown = useDeferredValue(body, openedInApp ? body.slice(0, FIRST_BLOCKS) : body);
  const groups: BodyBlock[][] = [];
  for (let start = 0; start < shown.length; start += HYDRATION_GROUP) groups.push(shown.slice(start, start + HYDRATION_GROUP));
  return (
    <div className="max-w-prose text-[1.125rem] leading-8 text-neutral-900">
      {groups.map((group, groupIndex) => {
        const blocksOf = group.map((block, index) => <RenderBlock key={groupIndex * HYDRATION_GROUP + index} block={block} />);
        return (
          <Suspense key={groupIndex} fallback={null}>
            {groupIndex === 0 ? (
              blocksOf
            ) : (
              // Beyond the first screenfuls, the browser lays a group out only as it nears the screen:
              // a body of 5,000 blocks otherwise costs seconds of layout on a cheap phone. (The group is
              // its own formatting context, so -mt-5 stands in for the margin it no longer shares.)
              <div className="-mt-5 [contain-intrinsic-size:auto_4000px] layout-near-screen">{blocksOf}</div>
            )}
          </Suspense>
        );
      })}
    </div>
  );
}
