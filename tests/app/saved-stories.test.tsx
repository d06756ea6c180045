import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listSavedStories, removeSavedStory, saveStory } from '../../src/features/saved/api/saved-stories';
import { SEED_SLUG, sampleArticle } from '../msw/sample-api';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const OTHER_SLUG = 'dpr-sahkan-uu-ekstradisi-ri-rusia';

beforeEach(async () => {
  for (const story of await listSavedStories()) await removeSavedStory(story.teaser.slug);
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openArticle(slug: string) {
  const view = renderApp(`/post/read/${slug}`);
  const article = await screen.findByRole('article', { name: sampleArticle(slug).headline });
  return { ...view, article };
}

describe('"Simpan" on an article (#19)', () => {
  it('keeps the story, says so with a way to "Tersimpan", and lists it there with a link to the story', async () => {
    const { article, user } = await openArticle(SEED_SLUG);
    await user.click(await within(article).findByRole('button', { name: 'Simpan' }));
    expect(await within(article).findByRole('button', { name: 'Tersimpan' })).toBeInTheDocument();
    const status = await within(article).findByText('Disimpan di perangkat ini.', { exact: false });
    expect(status).toHaveAttribute('role', 'status');
    await user.click(within(status).getByRole('link', { name: 'Lihat Tersimpan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Berita Tersimpan' })).toBeInTheDocument();
    const list = await within(screen.getByRole('main')).findByRole('list');
    expect(within(list).getByRole('link', { name: seed.headline })).toHaveAttribute('href', `/post/read/${SEED_SLUG}`);
    expect(within(list).getByRole('button', { name: `Hapus dari Tersimpan: ${seed.headline}` })).toBeInTheDocument();
  });

  it('a tap on "Tersimpan" forgets the story', async () => {
    await saveStory({ slug: SEED_SLUG, headline: seed.headline });
    const { article, user } = await openArticle(SEED_SLUG);
    await user.click(await within(article).findByRole('button', { name: 'Tersimpan' }));
    expect(await within(article).findByRole('button', { name: 'Simpan' })).toBeInTheDocument();
    // The button follows the saved slugs at once; the note, once the removal has finished.
    expect(await within(article).findByText('Dihapus dari Tersimpan.')).toBeInTheDocument();
    expect(await listSavedStories()).toEqual([]);
  });

  it('says in Indonesian when this browser cannot keep it, and the tap can be tried again', async () => {
    const { article, user } = await openArticle(SEED_SLUG);
    const save = await within(article).findByRole('button', { name: 'Simpan' });
    // The browser refuses to write (storage full, or closed by its settings).
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(save);
    expect(await within(article).findByText(/tidak dapat disimpan di peramban ini/)).toBeInTheDocument();
    put.mockRestore();
    await user.click(within(article).getByRole('button', { name: 'Simpan' }));
    expect(await within(article).findByRole('button', { name: 'Tersimpan' })).toBeInTheDocument();
  });

  it('knows a story is saved from the slugs this browser keeps beside the store, which "Tersimpan" brings back in line', async () => {
    await saveStory({ slug: SEED_SLUG, headline: seed.headline });
    // Another copy of the list says a story is saved that the store no longer has (removed elsewhere).
    localStorage.setItem('warta:tersimpan', JSON.stringify([OTHER_SLUG, SEED_SLUG]));
    const first = await openArticle(OTHER_SLUG);
    expect(await within(first.article).findByRole('button', { name: 'Tersimpan' })).toBeInTheDocument();
    first.unmount();

    // Reading the whole list ("Tersimpan") sets the slugs from the store.
    const saved = renderApp('/tersimpan');
    const list = await within(screen.getByRole('main')).findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    saved.unmount();
    const again = await openArticle(OTHER_SLUG);
    expect(await within(again.article).findByRole('button', { name: 'Simpan' })).toBeInTheDocument();
  });
});

describe('the "Tersimpan" page (#19)', () => {
  it('lists the saved stories the last saved first; "Hapus" removes one, says so and moves focus to the next', async () => {
    await saveStory({ slug: SEED_SLUG, headline: seed.headline }, 1_000);
    await saveStory({ slug: OTHER_SLUG, headline: sampleArticle(OTHER_SLUG).headline }, 2_000);
    const { user } = renderApp('/tersimpan');
    const list = await within(screen.getByRole('main')).findByRole('list');
    expect(within(list).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([sampleArticle(OTHER_SLUG).headline, seed.headline]);

    await user.click(within(list).getByRole('button', { name: `Hapus dari Tersimpan: ${sampleArticle(OTHER_SLUG).headline}` }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText(`Dihapus dari Tersimpan: ${sampleArticle(OTHER_SLUG).headline}`)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(within(list).getByRole('button', { name: `Hapus dari Tersimpan: ${seed.headline}` })).toHaveFocus());

    await user.click(within(list).getByRole('button', { name: `Hapus dari Tersimpan: ${seed.headline}` }));
    expect(await screen.findByText(/Belum ada berita tersimpan/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Berita Tersimpan' })).toHaveFocus());
  });

  it('says when nothing is saved, and is reached from the navigation', async () => {
    const { user } = renderApp('/');
    await user.click(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Tersimpan' }));
    expect(await screen.findByText(/Belum ada berita tersimpan. Ketuk “Simpan”/)).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Tersimpan' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Berita Tersimpan | Warta');
  });

  it('leaves out an entry it cannot read, and says "Coba lagi" when storage cannot be opened', async () => {
    await saveStory({ slug: SEED_SLUG, headline: seed.headline });
    // Another version's entry, or a damaged one: not a saved story this version can show.
    await saveStory({ slug: 'rusak', headline: '' });
    // The browser refuses to read (its storage closed by its settings).
    const read = vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(() => {
      throw new DOMException('closed', 'InvalidStateError');
    });
    const { user } = renderApp('/tersimpan');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Berita tersimpan tidak dapat dibaca di peramban ini.');
    read.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    const list = await within(screen.getByRole('main')).findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('link', { name: seed.headline })).toBeInTheDocument();
  });
});
