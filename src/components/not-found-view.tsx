import { useEffect } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { id } from '../i18n/id';
import { PageHeading } from './page-heading';
import { useDocumentTitle } from './use-document-title';

/** Search engines that run scripts should not index a not-found page either. */
function useNoIndex(): void {
  useEffect(() => {
    // The prerendered 404.html already says so.
    if (document.head.querySelector('meta[name="robots"][content="noindex"]')) return;
    const tag = document.createElement('meta');
    tag.name = 'robots';
    tag.content = 'noindex';
    document.head.append(tag);
    return () => tag.remove();
  }, []);
}

export function NotFoundView() {
  useDocumentTitle(id.notFound.documentTitle);
  useNoIndex();
  return (
    <div className="mx-auto max-w-prose py-12">
      <PageHeading className="text-3xl font-bold">{id.notFound.heading}</PageHeading>
      <p className="mt-3 text-lg text-neutral-700">{id.notFound.body}</p>
      <p className="mt-6">
        <Link to={paths.home.href()} className="font-semibold text-red-700 underline underline-offset-4">
          {id.notFound.home}
        </Link>
      </p>
    </div>
  );
}
