/**
 * The block kinds most stories do not have (list, table, gallery, video, embed): one chunk, loaded
 * only on pages that hold one of them (see block-modules.ts), so a story of paragraphs and pictures
 * never pays for their code. One chunk rather than one a kind: each chunk costs a request and
 * compresses worse alone.
 */
import './rich-blocks.css';
import type { Block } from '../../../content/schema';
import { EmbedCard } from './embed-card';
import { GalleryBlock } from './gallery-block';
import { ListBlock } from './list-block';
import { TableBlock } from './table-block';
import { VideoBlock } from './video-block';

export type RichBlockData = Extract<Block, { type: 'list' | 'table' | 'gallery' | 'video' | 'embed' }>;

export function RichBlock({ block }: { block: RichBlockData }) {
  switch (block.type) {
    case 'list':
      return <ListBlock block={block} />;
    case 'table':
      return <TableBlock block={block} />;
    case 'gallery':
      return <GalleryBlock block={block} />;
    case 'video':
      return <VideoBlock block={block} />;
    case 'embed':
      return <EmbedCard block={block} />;
  }
}
