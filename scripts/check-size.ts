/**
 * npm run check:size — the article page's JavaScript and CSS, gzip -9 bytes, against the budget.
 * Run after `npm run build`; exits 1 when a budget is exceeded.
 */
import path from 'node:path';
import { ARTICLE_PAGE_MODULES, BUDGET, gzipBytes } from './lib/bundle-size';
import { filesForPage, readManifest } from '../src/server/manifest';

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const manifest = await readManifest(distDir);
const files = filesForPage(manifest, ARTICLE_PAGE_MODULES);
const js = await gzipBytes(distDir, files.js);
const css = await gzipBytes(distDir, files.css);

const rows = [
  ['JavaScript', js, BUDGET.js, files.js],
  ['CSS', css, BUDGET.css, files.css],
] as const;
let failed = false;
for (const [label, bytes, budget, list] of rows) {
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} article page ${label}: ${bytes.toLocaleString('en')} B gzip -9 ` +
      `(budget ${budget.toLocaleString('en')} B, ${list.length} file${list.length === 1 ? '' : 's'})`,
  );
}
process.exit(failed ? 1 : 0);
