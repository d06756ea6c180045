/**
 * npm run content — turns a content folder into the static JSON API and images under public/.
 *   CONTENT_DIR   the content set (default content/sample)
 *   CONTENT_OUT   where api/ and images/ go (default public)
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApi, imageRefsOf, mediaFilesOf, searchStoriesOf } from './content/build-api';
import { indexImages, renderImages, withFileSizes } from './content/images';
import { writeSearchIndex } from './content/search-index';
import { loadContent } from './content/source';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content/sample');
const outDir = path.resolve(process.env.CONTENT_OUT ?? 'public');

const started = performance.now();
const content = await loadContent(contentDir);
const imageDir = path.join(contentDir, 'images');
const images = await indexImages(imageDir, imageRefsOf(content));
// The files first: the API gives each variant's size in bytes.
const { written, bytes } = await renderImages(imageDir, path.join(outDir, 'images'), images);
const files = buildApi(content, withFileSizes(images, bytes));

const apiDir = path.join(outDir, 'api');
await rm(apiDir, { recursive: true, force: true });
for (const [file, value] of files) {
  const target = path.join(apiDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(value));
}
// Videos and their captions are served as the editor made them (media/ → /media/).
const media = mediaFilesOf(content);
await rm(path.join(outDir, 'media'), { recursive: true, force: true });
if (media.length > 0) await mkdir(path.join(outDir, 'media'), { recursive: true });
for (const file of media) await copyFile(path.join(contentDir, 'media', file), path.join(outDir, 'media', file));
// Every word of every story, for the search page: Pagefind's chunked index under pagefind/.
const search = await writeSearchIndex(searchStoriesOf(files), path.join(outDir, 'pagefind'));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `content: ${content.articles.length} articles from ${path.relative(process.cwd(), contentDir)} -> ` +
    `${files.size} API files, ${written} new image files, ${media.length} media files, a search index of ${search.pages} stories (${search.files} files) in ${path.relative(process.cwd(), outDir)}/ (${seconds} s)`,
);
