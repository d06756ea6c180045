import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { Teaser } from '../../../content/schema';
import { idSaved } from '../../../i18n/id-saved';
import { savedSlugs, subscribeToSavedSlugs } from '../api/saved-index';
import { loadSavedStories, savedStoriesQueryOptions } from '../api/saved-query';

type Note = 'saved' | 'removed' | 'failed' | null;

/**
 * "Simpan" on an article: keeps the story (its teaser) in this browser for the "Tersimpan" page;
 * "Tersimpan" once kept, and a tap forgets it. Loaded and placed by SavePlace once the app runs, in
 * the place held for it: nothing moves. It knows whether the story is saved from the slugs mirrored
 * in localStorage (saved-index.ts); the storage code (IndexedDB, saved-stories.ts) loads on a tap.
 */
export function SaveButton({ teaser }: { teaser: Teaser }) {
  const queryClient = useQueryClient();
  const isSaved = useSyncExternalStore(
    subscribeToSavedSlugs,
    () => savedSlugs().includes(teaser.slug),
    () => false,
  );
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      const stories = await loadSavedStories();
      if (isSaved) await stories.removeSavedStory(teaser.slug);
      else await stories.saveStory(teaser);
      setNote(isSaved ? 'removed' : 'saved');
      void queryClient.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
    } catch {
      // Storage refused (a private window, a full disk): said, and the tap can be tried again.
      setNote('failed');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        disabled={busy}
        onClick={() => void toggle()}
        className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold ${
          isSaved ? 'border-red-700 bg-red-50 text-red-800' : 'border-neutral-300 text-neutral-900 hover:border-neutral-500'
        }`}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill={isSaved ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2">
          <path d="M6 3h12v18l-6-4-6 4z" />
        </svg>
        {isSaved ? idSaved.saved : idSaved.save}
      </button>
      <p role="status" className="text-sm text-neutral-700">
        {note === 'saved' ? (
          <>
            {idSaved.savedNote}{' '}
            <Link to={paths.saved.href()} className="font-semibold text-red-700 underline">
              {idSaved.openSaved}
            </Link>
          </>
        ) : note === 'removed' ? (
          idSaved.removedNote
        ) : note === 'failed' ? (
          idSaved.saveError
        ) : null}
      </p>
    </div>
  );
}
