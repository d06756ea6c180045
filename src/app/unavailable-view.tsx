import { Link } from 'react-router';
import { paths } from '../config/paths';
import { site } from '../config/site';
import { id } from '../i18n/id';

/**
 * What a server sends instead of a page it cannot render: the site's name, what happened and a way
 * on ("Coba lagi" reloads the same address; a link home). Plain links: it works before, and
 * without, the app.
 */
export function UnavailableView({ path, reason }: { path: string; reason: string }) {
  return (
    <div className="mx-auto max-w-prose px-4 py-12">
      <p className="text-2xl font-black tracking-tight">
        <Link to={paths.home.href()}>{site.name}</Link>
      </p>
      <main className="mt-8">
        <h1 className="text-3xl font-bold">{id.unavailable.heading}</h1>
        <p className="mt-3 text-lg text-neutral-700">{reason}</p>
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-3">
          <a href={path} className="inline-flex min-h-11 items-center rounded bg-red-700 px-5 font-semibold text-white hover:bg-red-800">
            {id.error.retry}
          </a>
          <Link to={paths.home.href()} className="inline-flex min-h-11 items-center font-semibold text-red-700 underline underline-offset-4">
            {id.nav.backHome}
          </Link>
        </p>
      </main>
    </div>
  );
}
