/**
 * A page's title, from what the page is: the one place titles are decided. The head function
 * (head.ts) puts it in <title> and og:title on the server; the app sets the tab's title with it after
 * every page change, without loading the rest of the head (descriptions, JSON-LD) into the browser.
 */
import { id } from '../i18n/id';
import type { PageData } from './page-data';

export function pageTitle(page: PageData): string {
  switch (page.kind) {
    case 'article':
      return id.article.documentTitle(page.article.headline);
    case 'home':
      return page.page > 1 ? id.home.pageTitle(page.page) : id.home.documentTitle;
    case 'category':
      return id.category.documentTitle(page.category.name, page.page);
    case 'tag':
      return id.tag.documentTitle(page.tag.name, page.page);
    case 'search':
      return id.search.documentTitle(page.query);
    case 'saved':
      return id.saved.documentTitle;
    case 'not-found':
      return id.notFound.documentTitle;
    case 'error':
      return id.error.documentTitle(page.heading);
  }
}
