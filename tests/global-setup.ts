/**
 * Before any test: the sample content's search index, built by Pagefind as `npm run content` builds it,
 * into .cache/test-pagefind/. Route tests load its browser code (vite.config.ts maps
 * /pagefind/pagefind.js there) and MSW serves its files as the static host does (msw/sample-api.ts).
 */
import path from 'node:path';
import { buildApi, imageRefsOf, searchStoriesOf } from '../scripts/content/build-api';
import { indexImages } from '../scripts/content/images';
import { writeSearchIndex } from '../scripts/content/search-index';
import { loadContent } from '../scripts/content/source';

export const TEST_SEARCH_INDEX = path.resolve(import.meta.dirname, '../.cache/test-pagefind');

export default async function setup(): Promise<void> {
  const contentDir = path.resolve(import.meta.dirname, '../content/sample');
  const content = await loadContent(contentDir);
  const images = await indexImages(path.join(contentDir, 'images'), imageRefsOf(content));
  await writeSearchIndex(searchStoriesOf(buildApi(content, images)), TEST_SEARCH_INDEX);
}
