import type { Teaser } from '../../../content/schema';

/** More than this is a list nobody reads to the end. */
export const RELATED_SHOWN = 10;

/** The related stories worth showing: each once, never the article itself, at most ten. */
export function selectRelated(items: readonly Teaser[], currentSlug: string, max = RELATED_SHOWN): Teaser[] {
  const seen = new Set<string>([currentSlug]);
  const chosen: Teaser[] = [];
  for (const item of items) {
    if (chosen.length >= max) break;
    if (seen.has(item.slug)) continue;
    seen.add(item.slug);
    chosen.push(item);
  }
  return chosen;
}
