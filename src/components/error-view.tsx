import { Link } from 'react-router';
import { paths } from '../config/paths';
import { id } from '../i18n/id';
import { ApiError } from '../lib/api-client';
import { useDocumentTitle } from './use-document-title';

function messageFor(error: unknown): string {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return id.error.offline;
  if (error instanceof ApiError) {
    if (error.kind === 'timeout') return id.error.timeout;
    if (error.kind === 'invalid') return id.error.invalid;
  }
  return id.error.generic;
}

interface ErrorViewProps {
  heading: string;
  error: unknown;
  onRetry: () => void;
  isRetrying: boolean;
  /** A page-level error names the page; a section's error stays small. */
  level?: 'page' | 'section';
  documentTitle?: string;
}

/** Says what went wrong, in Indonesian, with a way on: "Coba lagi" and a link home. */
export function ErrorView({ heading, error, onRetry, isRetrying, level = 'page', documentTitle }: ErrorViewProps) {
  useDocumentTitle(documentTitle);
  const Heading = level === 'page' ? 'h1' : 'h3';
  return (
    <div role="alert" className={level === 'page' ? 'mx-auto max-w-prose py-12' : 'rounded border border-neutral-300 p-4'}>
      <Heading className={level === 'page' ? 'text-2xl font-bold' : 'text-base font-semibold'}>{heading}</Heading>
      <p className="mt-2 text-neutral-700">{messageFor(error)}</p>
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
            {id.error.home}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
