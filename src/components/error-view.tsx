import { Link } from 'react-router';
import { paths } from '../config/paths';
import { id } from '../i18n/id';
import { failureOf } from '../lib/failure';
import { PageHeading } from './page-heading';

interface ErrorViewProps {
  heading: string;
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
  /** A page-level error names the page; a section's error stays small. */
  level?: 'page' | 'section';
}

/** Says what went wrong, in Indonesian, with a way on: "Coba lagi" and a link home. */
export function ErrorView({ heading, error, onRetry, isRetrying, level = 'page' }: ErrorViewProps) {

  return (
    <div role="alert" className={level === 'page' ? 'mx-auto max-w-prose py-12' : 'rounded border border-neutral-300 p-4'}>
      {level === 'page' ? <PageHeading className="text-2xl font-bold">{heading}</PageHeading> : <h3 className="text-base font-semibold">{heading}</h3>}
      <p className="mt-2 text-neutral-700">{id.failure[failureOf(error)]}</p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={onRetry}
          disabled={isRetrying}
          className="min-h-11 rounded bg-red-700 px-5 font-semibold text-white hover:bg-red-800 disabled:cursor-wait disabled:bg-neutral-600"
        >
          {isRetrying ? id.error.retrying : id.error.retry}
        </button>
        {level === 'page' ? (
          <Link to={paths.home.href()} className="font-semibold text-red-700 underline underline-offset-4">
            {id.nav.backHome}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
