import { useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useCallback, useEffect, useSyncExternalStore } from 'react';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { paths } from '../config/paths';
import { articleQueryOptions } from '../features/article/api/get-article';
import { SiteNav } from '../features/navigation/components/site-nav';
import { SearchForm } from '../features/search/components/search-form';
import { ReaderSettingsMenu } from './reader-settings-menu';
import { site } from '../config/site';
import { id } from '../i18n/id';
import { NavigationEffects } from './navigation-effects';
import { pageRoutes } from './route-table';

export const MAIN_CONTENT_ID = 'konten';

export function SiteLayout() {
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  const currentSection = useArticleSection();
  // The first focus on the search box fetches what search needs: its page's code and, through it, the
  // search engine (no search code is in any other page's JavaScript).
  const prepareSearch = useCallback(() => {
    void pageRoutes.search.module.preload();
    void import('./routes/search-route').then(({ prepareSearch: prepare }) => prepare(queryClient), () => undefined);
  }, [queryClient]);
  return (
    <NavigationEffects>
    <div className="flex min-h-screen flex-col">
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only z-50 rounded bg-white px-4 py-3 font-semibold text-red-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {id.skipLink}
      </a>
      <SiteHeader withSearch={pathname !== paths.search.pattern} currentSection={currentSection} onSearchIntent={prepareSearch} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:py-8">
        <Suspense fallback={<div aria-busy="true" className="min-h-screen" />}>
          <Outlet />
          <MarkReady />
        </Suspense>
      </main>
      <footer className="border-t border-neutral-200 bg-neutral-50 sm:mt-12">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-neutral-700 sm:px-6">
          <p className="font-bold text-neutral-900">{id.siteName}</p>
          {site.sampleContent ? <p className="max-w-prose">{id.footer.sampleNotice}</p> : null}
        </div>
      </footer>
    </div>
    </NavigationEffects>
  );
}

/**
 * The masthead: the name, "Tampilan", the search box and the sections. Memoised: a navigation
 * changes only what its props say (the search page has its own box; the section the reader is in),
 * so the menu's radios and the search form are not rendered again on every click.
 */
const SiteHeader = memo(function SiteHeader({ withSearch, currentSection, onSearchIntent }: { withSearch: boolean; currentSection: string | undefined; onSearchIntent: () => void }) {
  return (
    <header className="border-b border-neutral-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 pt-3 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <Link to={paths.home.href()} className="mr-auto flex items-center gap-2 text-2xl font-black tracking-tight text-neutral-950">
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded-sm bg-red-700" />
            {id.siteName}
          </Link>
          <ReaderSettingsMenu />
          {/* The search page has its own box, under its heading: one box on a page, not two. */}
          {withSearch ? <SearchForm onIntent={onSearchIntent} className="w-full sm:w-80" /> : null}
        </div>
        <div className="mt-2">
          <SiteNav currentSection={currentSection} />
        </div>
      </div>
    </header>
  );
});

/**
 * On an article page, the slug of its category: the navigation marks that section as the one the
 * reader is in. Read from the query cache, never fetched from here nor observed as a query (a second
 * observer would bring its own options to the article's query), so the prerendered page and the app
 * mark the same link.
 */
function useArticleSection(): string | undefined {
  const slug = useMatch(paths.article.pattern)?.params.slug;
  const queryClient = useQueryClient();
  const read = () => (slug === undefined ? undefined : queryClient.getQueryData(articleQueryOptions(slug).queryKey)?.category?.slug);
  return useSyncExternalStore((onChange) => queryClient.getQueryCache().subscribe(onChange), read, read);
}

/**
 * Marks the document once the app has taken over the page, content included (<html
 * data-warta="ready">): hydration reaches inside this Suspense boundary after the page's frame,
 * so an effect here runs only when the page's own links work. Until then the boot script leaves
 * taps to the browser, and the browser tests wait for it. The server renders it too (as nothing),
 * so the tree, and every useId, is the same on both sides.
 */
function MarkReady() {
  useEffect(() => {
    document.documentElement.dataset.warta = 'ready';
    performance.mark('warta:ready');
  }, []);
  return null;
}
