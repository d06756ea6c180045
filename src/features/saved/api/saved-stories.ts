/**
 * The reader's saved stories ("Simpan"), kept in this browser's IndexedDB through idb-keyval
 * (database "warta", store "tersimpan"): one entry a story, its slug the key, holding the story's
 * teaser (what the "Tersimpan" page lists: headline, category, time, thumbnail) and when it was
 * saved (ms since the epoch). Nothing leaves the browser. Loaded on first use (saved-query.ts).
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { TeaserSchema, type Teaser } from '../../../content/schema';

export interface SavedStory {
  teaser: Teaser;
  /** When the reader saved it, in ms since the epoch. */
  savedAt: number;
}

const SavedStorySchema = v.object({ teaser: TeaserSchema, savedAt: v.number() });

let store: UseStore | undefined;

/**
 * Runs `run` on the store, opened on first use (never on import: the server renders this module too,
 * and has no IndexedDB). A failure forgets the opened store, so that "Coba lagi" opens it afresh
 * rather than failing on a connection that never opened.
 */
async function withStore<T>(run: (opened: UseStore) => Promise<T>): Promise<T> {
  try {
    return await run((store ??= createStore('warta', 'tersimpan')));
  } catch (error) {
    store = undefined;
    throw error;
  }
}

/**
 * Every saved story, the last saved first. An entry this version cannot read (written by another, or
 * damaged) is left out, not thrown. Rejects when IndexedDB cannot be opened (some private windows).
 */
export async function listSavedStories(): Promise<SavedStory[]> {
  const stored = await withStore((opened) => entries(opened));
  return stored
    .map(([, value]) => v.safeParse(SavedStorySchema, value))
    .filter((result) => result.success)
    .map((result) => result.output)
    .sort((a, b) => b.savedAt - a.savedAt);
}

/** Saves a story (again: it moves to the top). Rejects when IndexedDB cannot be written. */
export async function saveStory(teaser: Teaser, now: number = Date.now()): Promise<void> {
  await withStore((opened) => set(teaser.slug, { teaser, savedAt: now } satisfies SavedStory, opened));
}

/** Forgets a saved story; a slug not saved is no error. */
export async function removeSavedStory(slug: string): Promise<void> {
  await withStore((opened) => del(slug, opened));
}
