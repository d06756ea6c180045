import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ErrorView } from '../../../components/error-view';
import { StoryTeaser } from '../../../components/story-teaser';
import { useIsClient } from '../../../components/use-is-client';
import { idSaved } from '../../../i18n/id-saved';
import { savedStoriesQueryOptions } from '../api/saved-query';
import { removeSavedStory, type SavedStory } from '../api/saved-stories';

/**
 * The "Tersimpan" page's list: the saved stories, the last saved first, each with "Hapus". Read from
 * this browser once the app runs (the server renders the loading line, so the hydrating render
 * matches it). After a removal, focus moves to the next story's "Hapus" (or the previous one's, or
 * the page's heading when none is left) and the removal is said.
 */
export function SavedList({ headingId }: { headingId: string }) {
  const isClient = useIsClient();
  const query = useQuery({ ...savedStoriesQueryOptions(), enabled: isClient });
  if (query.isError) {
    return (
      <div className="mt-6">
        <ErrorView level="section" heading={idSaved.error} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
      </div>
    );
  }
  if (!query.isSuccess) {
    return (
      <p role="status" className="mt-6 text-neutral-700">
        {idSaved.loading}
      </p>
    );
  }
  return <Stories stories={query.data} headingId={headingId} />;
}

function Stories({ stories, headingId }: { stories: SavedStory[]; headingId: string }) {
  const queryClient = useQueryClient();
  const list = useRef<HTMLOListElement>(null);
  const [said, setSaid] = useState('');
  // The story just removed, and where it was: focus goes there once the list without it is shown.
  const focusAfter = useRef<{ slug: string; index: number } | null>(null);
  const remove = useMutation({
    mutationFn: async ({ story }: { story: SavedStory; index: number }) => removeSavedStory(story.teaser.slug),
    networkMode: 'always',
    onSuccess: async (_, { story, index }) => {
      focusAfter.current = { slug: story.teaser.slug, index };
      setSaid(idSaved.removed(story.teaser.headline));
      await queryClient.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
    },
  });
  useEffect(() => {
    const removed = focusAfter.current;
    // Once the list without the removed story is shown.
    if (removed === null || stories.some((story) => story.teaser.slug === removed.slug)) return;
    focusAfter.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    const next = buttons[Math.min(removed.index, buttons.length - 1)];
    if (next) next.focus();
    else document.getElementById(headingId)?.focus();
  }, [stories, headingId]);
  return (
    <section className="mt-6">
      <p role="status" className="sr-only">
        {said}
      </p>
      {stories.length === 0 ? (
        <p className="text-lg text-neutral-700">{idSaved.empty}</p>
      ) : (
        <>
          <p className="text-sm text-neutral-700">{idSaved.intro}</p>
          <ol ref={list} className="mt-2 divide-y divide-neutral-200">
            {stories.map((story, index) => (
              <li key={story.teaser.slug} className="flex flex-col gap-2 py-4">
                <StoryTeaser teaser={story.teaser} headingLevel="h2" variant="row" imageSizes="112px" />
                <button
                  type="button"
                  data-remove=""
                  aria-label={idSaved.removeLabel(story.teaser.headline)}
                  disabled={remove.isPending && remove.variables.story === story}
                  onClick={() => remove.mutate({ story, index })}
                  className="min-h-11 self-start rounded border border-neutral-300 px-4 text-sm font-semibold text-neutral-900 hover:border-red-700 hover:text-red-700"
                >
                  {idSaved.remove}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      {remove.isError ? (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {idSaved.removeError}
        </p>
      ) : null}
    </section>
  );
}
