/**
 * npm run content:generate -- --articles N [--out content/generated] [--seed 1]
 * Writes a synthetic content set (scripts/content/generate.ts) in the authoring format, with the
 * sample's stand-in images. Point the build at it with CONTENT_DIR=content/generated.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent } from './content/generate';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'content/generated' },
    seed: { type: 'string', default: '1' },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1) throw new Error('--articles takes a whole number of at least 1');
const outDir = path.resolve(values.out);

const { categories, articles } = generateContent(count, Number(values.seed));
await rm(outDir, { recursive: true, force: true });
await mkdir(path.join(outDir, 'articles'), { recursive: true });
await writeFile(path.join(outDir, 'categories.json'), `${JSON.stringify(categories, null, 2)}\n`);
for (const article of articles) {
  await writeFile(path.join(outDir, 'articles', `${article.slug}.json`), JSON.stringify(article));
}
await cp(path.resolve('content/sample/images'), path.join(outDir, 'images'), { recursive: true });
console.log(`content:generate: ${count} articles in ${categories.length} categories -> ${path.relative(process.cwd(), outDir)}/`);
