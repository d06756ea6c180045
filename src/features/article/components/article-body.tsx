import type { Block } from '../../../content/schema';
import { appendEditorInitials } from '../model/append-editor-initials';
import { RenderBlock } from './render-block';

export function ArticleBody({ blocks, editorInitials }: { blocks: readonly Block[]; editorInitials?: string | undefined }) {
  const body = appendEditorInitials(blocks, editorInitials);
  return (
    <div className="max-w-prose text-[1.125rem] leading-8 text-neutral-900">
      {body.map((block, index) => (
        <RenderBlock key={index} block={block} />
      ))}
    </div>
  );
}
