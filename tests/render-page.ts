import { renderPage } from '../src/entry-server';
import type { ContentFetcher } from '../src/lib/api-client';

/** A page through the render pipeline, as a page (not a redirect): what a test of a rendered page reads. */
export async function renderedPage(path: string, fetcher?: ContentFetcher) {
  const page = await renderPage(path, fetcher);
  if (page.status === 301) throw new Error(`${path} redirects to ${page.location}`);
  return page;
}
