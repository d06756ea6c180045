/**
 * Fetches an article's data before the reader opens it, so it appears at once: on hover, focus or
 * touch right away, and when its link scrolls into view after it has stayed there a moment. Bounded:
 * two requests at a time, a short queue, and nothing at all when the browser asks to save data.
 * A hover, focus or touch is a likely click, so it also fetches the article's related list (after
 * the article, in the same slot): the opened page then shows "Berita Terkait" without a skeleton.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ArticlePrefetcher } from '../components/article-link';
import { articleQueryOptions } from '../features/article/api/get-article';
import { relatedQueryOptions } from '../features/related/api/get-related';
import { savesData } from '../lib/save-data';
import { pageRoutes } from './route-table';

const MAX_IN_FLIGHT = 2;
const MAX_QUEUED = 4;
const VIEW_DWELL_MS = 400;

export function createArticlePrefetcher(queryClient: QueryClient): ArticlePrefetcher {
  const queue: string[] = [];
  const requested = new Set<string>();
  const intended = new Set<string>();
  let inFlight = 0;
  let observer: IntersectionObserver | undefined;
  const watched = new Map<Element, { slug: string; timer?: ReturnType<typeof setTimeout> }>();

  const has = (queryKey: readonly unknown[]) => {
    const state = queryClient.getQueryState(queryKey);
    return state?.status === 'success' && !state.isInvalidated;
  };
  /**
   * Whether a page shows this article: it then fetches the article itself, retrying as it should and
   * showing what fails. Fetching it ahead again would only repeat a failure the reader is looking at.
   */
  const opened = (slug: string) => (queryClient.getQueryCache().find({ queryKey: articleQueryOptions(slug).queryKey, exact: true })?.getObserversCount() ?? 0) > 0;
  /** Whether nothing is left to fetch for this slug: its article, and its related list if intended. */
  const cached = (slug: string) => has(articleQueryOptions(slug).queryKey) && (!intended.has(slug) || has(relatedQueryOptions(slug).queryKey));

  /**
   * A failed fetch ahead leaves nothing behind: opening the article later starts afresh (loading,
   * or offline) instead of showing the error of a fetch the reader never asked for. A page that has
   * opened it meanwhile keeps the query, and shows its error.
   */
  const settled = (queryKey: readonly unknown[], fetching: Promise<unknown>) =>
    fetching.then(
      () => true,
      () => {
        const query = queryClient.getQueryCache().find({ queryKey, exact: true });
        if (query && query.state.data === undefined && query.getObserversCount() === 0) queryClient.removeQueries({ queryKey, exact: true });
        return false;
      },
    );
  const fetchArticle = (slug: string) => settled(articleQueryOptions(slug).queryKey, queryClient.query(articleQueryOptions(slug)));
  const fetchRelated = (slug: string) => settled(relatedQueryOptions(slug).queryKey, queryClient.query(relatedQueryOptions(slug)));

  const pump = () => {
    while (inFlight < MAX_IN_FLIGHT && queue.length > 0) {
      const slug = queue.shift();
      if (slug === undefined || cached(slug) || opened(slug)) continue;
      inFlight += 1;
      const article = has(articleQueryOptions(slug).queryKey) ? Promise.resolve(true) : fetchArticle(slug);
      void article
        .then((fetched) => {
          if (!fetched) requested.delete(slug);
          else if (intended.has(slug) && !has(relatedQueryOptions(slug).queryKey)) {
            return fetchRelated(slug).then(() => intended.delete(slug));
          }
        })
        .finally(() => {
          inFlight -= 1;
          pump();
        });
    }
  };

  const enqueue = (slug: string, urgent: boolean) => {
    if (savesData()) return;
    if (urgent) intended.add(slug);
    if (cached(slug)) return;
    if (requested.has(slug) && !urgent) return;
    requested.add(slug);
    const at = queue.indexOf(slug);
    if (at !== -1) queue.splice(at, 1);
    if (urgent) queue.unshift(slug);
    else if (queue.length < MAX_QUEUED) queue.push(slug);
    else return;
    // The article page's own code comes with the first intent to open one.
    void pageRoutes.article.module.preload();
    pump();
  };

  const visibility = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      const item = watched.get(entry.target);
      if (!item) continue;
      if (entry.isIntersecting) item.timer ??= setTimeout(() => enqueue(item.slug, false), VIEW_DWELL_MS);
      else if (item.timer !== undefined) {
        clearTimeout(item.timer);
        item.timer = undefined;
      }
    }
  };

  return {
    intent: (slug) => enqueue(slug, true),
    watch: (slug, element) => {
      if (typeof IntersectionObserver === 'undefined' || savesData()) return () => undefined;
      observer ??= new IntersectionObserver(visibility);
      watched.set(element, { slug });
      observer.observe(element);
      return () => {
        const item = watched.get(element);
        if (item?.timer !== undefined) clearTimeout(item.timer);
        watched.delete(element);
        observer?.unobserve(element);
      };
    },
  };
}
