/**
 * The byte budget of the article page, on what it downloads before it can run (src/server/
 * manifest.ts reads that from Vite's manifest). Sizes are gzip -9 bytes, measured with zlib.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_MODULE } from '../../src/server/manifest';

/** The article page's budget in gzip -9 bytes, held by `npm run check:size` and the size test. */
export const BUDGET = { js: 120_000, css: 10_000 } as const;
/**
 * What the article page runs once started: the boot entry, the app it starts, the article route, and
 * what the route loads at once with no tap ("Simpan", #19). Its storage code loads on a tap only.
 */
export const SAVE_BUTTON_MODULE = 'src/features/saved/components/save-button.tsx';
export const ARTICLE_PAGE_MODULES = [APP_MODULE, 'src/app/routes/article-route.tsx', SAVE_BUTTON_MODULE] as const;

export async function gzipBytes(distDir: string, files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(path.join(distDir, file)), { level: 9 }).length;
  return total;
}
