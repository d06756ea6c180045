import { useId } from 'react';
import { PageHeading } from '../../components/page-heading';
import { SavedList } from '../../features/saved/components/saved-list';
import { idSaved } from '../../i18n/id-saved';

/** "/tersimpan": the stories the reader saved in this browser ("Simpan" on an article). */
export function SavedRoute() {
  const headingId = useId();
  return (
    <div className="max-w-3xl">
      <PageHeading id={headingId} className="text-3xl font-black tracking-tight">
        {idSaved.heading}
      </PageHeading>
      <noscript>
        <p className="mt-4 text-neutral-700">{idSaved.needsScript}</p>
      </noscript>
      <SavedList headingId={headingId} />
    </div>
  );
}
