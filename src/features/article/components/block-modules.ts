/**
 * The block kinds whose component is in a chunk of its own, loaded only on pages that have one
 * (lists, tables, galleries, videos and embeds: the rich blocks). The render pipeline loads it before
 * rendering such a page and lists it for the boot script, which preloads it; inside the app it loads
 * when a page first needs it. Kept apart from the renderer, so that the render pipeline can ask which
 * a page needs without taking every block component with it.
 */
import type { Block, BlockKind } from '../../../content/schema';
import { lazyModule, type LazyModule } from '../../../lib/lazy-module';

type BlockModule = Pick<LazyModule<never>, 'file' | 'preload'>;

export const Rich = lazyModule('src/features/article/components/rich-blocks.tsx', () => import('./rich-blocks'), (module) => module.RichBlock);

export const blockModules: Partial<Record<BlockKind, BlockModule>> = { list: Rich, table: Rich, gallery: Rich, video: Rich, embed: Rich };

/** The chunks a body's block kinds need (see blockModules); none for a body of text and pictures. */
export function modulesForBlocks(blocks: readonly Block[]): BlockModule[] {
  const kinds = new Set(blocks.map((block) => block.type));
  return [...new Set(Object.entries(blockModules).flatMap(([kind, module]) => (kinds.has(kind as BlockKind) ? [module] : [])))];
}
