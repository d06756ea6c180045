import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { Teaser } from '../../../content/schema';
import { idSaved } from '../../../i18n/id-saved';
import { loadSavedStories, savedStoriesQueryOptions } from '../api/saved-query';

type Note = 'saved' | 'removed' | 'failed' | null;

/**
 * "Simpan" on an article: keeps the story (its teaser) in this browser for the "Tersimpan" page;
 * "Tersimpan" once kept, and a tap forgets it. Loaded and placed by SavePlace once the app runs; it
 * shows itself when it has read what is saved, in the place held for it, and nothing moves.
 */
export function SaveButton({ teaser }: { teaser: Teaser }) {
  const queryClient = useQueryClient();
  const saved = useQuery(savedStoriesQueryOptions());
  const isSaved = saved.data?.some((story) => story.teaser.slug === teaser.slug) ?? false;
  const [note, setNote] = useState<Note>(null);
  const toggle = useMutation({
    mutationFn: async (save: boolean) => {
      const stories = await loadSavedStories();
      if (save) await stories.saveStory(teaser);
      else await stories.removeSavedStory(teaser.slug);
      return save;
    },
    networkMode: 'always',
    onSuccess: (save) => {
      setNote(save ? 'saved' : 'removed');
      return queryClient.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
    },
    onError: () => setNote('failed'),
  });
  // A list that cannot be read (storage closed) still leaves the button: a tap says why it fails.
  const ready = !saved.isPending;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        disabled={!ready || toggle.isPending}
        aria-hidden={ready ? undefined : true}
        onClick={() => toggle.mutate(!isSaved)}
        className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold ${
          isSaved ? 'border-red-700 bg-red-50 text-red-800' : 'border-neutral-300 text-neutral-900 hover:border-neutral-500'
        } ${ready ? '' : 'invisible'}`}
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
