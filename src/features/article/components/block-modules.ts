/**
 * The block kinds whose component is its own chunk, loaded only on pages that have one (an embed
 * card and its player; lists, tables, galleries and videos). The prerender loads them before rendering and lists their files for the boot
 * script; the browser loads them before hydrating. Kept apart from the renderer, so that the app's
 * start-up code can ask which a page needs without taking every block component with it.
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
