/**
 * The reader's saved stories ("Simpan"), kept in this browser's IndexedDB through idb-keyval
 * (database "warta", store "tersimpan"): one entry a story, its slug the key, holding the story's
 * teaser (what the "Tersimpan" page lists: headline, category, time, thumbnail) and when it was
 * saved (ms since the epoch). Nothing leaves the browser. Loaded on first use (saved-query.ts). The
 * slugs are mirrored in localStorage (saved-index.ts), for "Simpan" to know its state without this.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as v from 'valibot';
import { paths } from '../../../config/paths';
import { apiPaths } from '../../../content/api-paths';
import { TeaserSchema, type Teaser } from '../../../content/schema';
import { apiUrl } from '../../../lib/api-client';
import { CACHES } from '../../../lib/offline-caches';
import { savedSlugs, setSavedSlugs } from './saved-index';

export interface SavedStory {
  teaser: Teaser;
  /** When the reader saved it, in ms since the epoch. */
  savedAt: number;
  /** The URLs kept for reading it offline (its page, its JSON, its pictures): forgotten with it. */
  kept?: string[] | undefined;
}

const SavedStorySchema = v.object({ teaser: TeaserSchema, savedAt: v.number(), kept: v.optional(v.array(v.string())) });

/**
 * Keeps a story for offline reading in the service worker's cache of saved stories (CACHES.saved,
 * which nothing expires): its page, its JSON and the pictures this page shows of it. Returns the URLs
 * kept; none where the browser has no Cache API, and a URL that fails is left out, never thrown.
 */
async function keepForOffline(slug: string): Promise<string[]> {
  if (typeof caches === 'undefined') return [];
  const cache = await caches.open(CACHES.saved);
  const pictures = [...document.querySelectorAll<HTMLImageElement>('main article img')].map((image) => image.currentSrc).filter((src) => src.startsWith(window.location.origin));
  const urls = [new URL(paths.article.href(slug), window.location.origin).href, new URL(apiUrl(apiPaths.article(slug)), window.location.origin).href, ...pictures];
  const kept = await Promise.all(urls.map((url) => cache.add(url).then(() => url, () => null)));
  return kept.filter((url) => url !== null);
}

async function forgetOffline(kept: readonly string[]): Promise<void> {
  if (typeof caches === 'undefined' || kept.length === 0) return;
  const cache = await caches.open(CACHES.saved);
  await Promise.all(kept.map((url) => cache.delete(url)));
}

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
  const stories = stored
    .map(([, value]) => v.safeParse(SavedStorySchema, value))
    .filter((result) => result.success)
    .map((result) => result.output)
    .sort((a, b) => b.savedAt - a.savedAt);
  setSavedSlugs(stories.map((story) => story.teaser.slug));
  return stories;
}

/**
 * Saves a story (again: it moves to the top) and, on its own page, keeps it for offline reading.
 * Rejects when IndexedDB cannot be written.
 */
export async function saveStory(teaser: Teaser, now: number = Date.now()): Promise<void> {
  const onItsPage = window.location.pathname === paths.article.href(teaser.slug);
  const kept = onItsPage ? await keepForOffline(teaser.slug).catch(() => []) : [];
  try {
    await withStore((opened) => set(teaser.slug, { teaser, savedAt: now, kept } satisfies SavedStory, opened));
  } catch (error) {
    // Not saved: nothing of it stays in the offline cache either.
    await forgetOffline(kept).catch(() => undefined);
    throw error;
  }
  setSavedSlugs([teaser.slug, ...savedSlugs().filter((slug) => slug !== teaser.slug)]);
}

/** Forgets a saved story and what was kept of it offline; a slug not saved is no error. */
export async function removeSavedStory(slug: string): Promise<void> {
  const stored = await withStore((opened) => get<unknown>(slug, opened));
  const parsed = v.safeParse(SavedStorySchema, stored);
  await withStore((opened) => del(slug, opened));
  setSavedSlugs(savedSlugs().filter((saved) => saved !== slug));
  if (parsed.success) await forgetOffline(parsed.output.kept ?? []).catch(() => undefined);
}
