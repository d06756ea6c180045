import { Link, Outlet } from 'react-router';
import { paths } from '../config/paths';
import { id } from '../i18n/id';
import { ScrollToTop } from './scroll-to-top';

export const MAIN_CONTENT_ID = 'konten';

export function SiteLayout() {
  return (
    <div className="flex min-h-screen flex-col">
      <ScrollToTop />
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className="sr-only z-50 rounded bg-white px-4 py-3 font-semibold text-red-800 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {id.skipLink}
      </a>
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link to={paths.home.href()} className="flex items-center gap-2 text-2xl font-black tracking-tight text-neutral-950">
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded-sm bg-red-700" />
            {id.siteName}
          </Link>
          <nav aria-label={id.nav.label}>
            <ul className="flex gap-4 text-sm font-semibold">
              <li>
                <Link to={paths.home.href()} className="inline-flex min-h-11 items-center hover:text-red-700 hover:underline">
                  {id.nav.home}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:py-8">
        <Outlet />
      </main>
      <footer className="mt-12 border-t border-neutral-200 bg-neutral-50">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-neutral-700 sm:px-6">
          <p className="font-bold text-neutral-900">{id.siteName}</p>
          <p className="max-w-prose">{id.footer.sampleNotice}</p>
        </div>
      </footer>
    </div>
  );
}
