import { Link } from 'react-router';
import { paths } from '../config/paths';
import { id } from '../i18n/id';
import { PageHeading } from './page-heading';

interface NoticeViewProps {
  heading: string;
  body: string;
  /** "status" for a notice that changes by itself (offline: the page loads when the connection returns). */
  role?: 'status';
}

/** A page that says one thing, in its h1 and a sentence, with a way home: not found, offline. */
export function NoticeView({ heading, body, role }: NoticeViewProps) {
  return (
    <div role={role} className="mx-auto max-w-prose py-12">
      <PageHeading className="text-3xl font-bold">{heading}</PageHeading>
      <p className="mt-3 text-lg text-neutral-700">{body}</p>
      <p className="mt-6">
        <Link to={paths.home.href()} className="font-semibold text-red-700 underline underline-offset-4">
          {id.nav.backHome}
        </Link>
      </p>
    </div>
  );
}
