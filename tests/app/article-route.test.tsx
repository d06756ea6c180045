import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { gate } from '../msw/gate';
import { apiUrl, SEED_SLUG, sampleArticle, sampleTeaserList } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const SEED_PATH = `/post/read/${SEED_SLUG}`;
const CANONICAL = `https://warta.example${SEED_PATH}`;

async function openSeed() {
  const view = renderApp(SEED_PATH);
  const article = await screen.findByRole('article', { name: seed.headline });
  return { ...view, article };
}

/** Counts requests to one API file, answering them with the sample content. */
function countRequests(file: string): { count: number } {
  const counter = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(`/api/${file}`)) counter.count += 1;
  });
  return counter;
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('the seed article', () => {
  it('has the headline as the page’s one h1, with its category and publish time in WIB', async () => {
    const { article } = await openSeed();
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent(seed.headline);
    expect(within(article).getByText('Dunia')).toBeInTheDocument();
    const time = within(article).getByText('Kamis, 17 Oktober 2024 | 14:05 WIB');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2024-10-17T14:05:00+07:00');
    expect(document.title).toBe(`${seed.headline} | Warta`);
  });

  it('says how long the story takes to read, from its words at 200 a minute, and no update when it was not changed (#19)', async () => {
    const { article } = await openSeed();
    const words = seed.bodyLines.join(' ').match(/\S+/g)?.length ?? 0;
    expect(words).toBeGreaterThan(100);
    expect(within(article).getByText(`${Math.max(1, Math.round(words / 200))} menit baca`, { exact: false })).toBeInTheDocument();
    expect(within(article).queryByText(/Diperbarui/)).not.toBeInTheDocument();
  });

  it('says "Diperbarui" with the time in WIB when the story was changed after it was published, not when it was saved twice (#19)', async () => {
    const longer = { ...sampleArticle(), updatedAt: '2024-10-18T09:30:00+07:00' };
    server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => HttpResponse.json(longer)));
    const { article, unmount } = await openSeed();
    const updated = within(article).getByText('Jumat, 18 Oktober 2024 | 09:30 WIB');
    expect(updated.tagName).toBe('TIME');
    expect(updated.parentElement).toHaveTextContent(/^Diperbarui Jumat, 18 Oktober 2024 \| 09:30 WIB$/);
    unmount();

    server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => HttpResponse.json({ ...sampleArticle(), updatedAt: '2024-10-17T14:05:30+07:00' })));
    const again = await openSeed();
    expect(within(again.article).queryByText(/Diperbarui/)).not.toBeInTheDocument();
  });

  it('shows no reading time, and no stray separator, when the API gives no word count or a broken one (#19)', async () => {
    for (const wordCount of [undefined, -3, 'banyak']) {
      server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => HttpResponse.json({ ...sampleArticle(), wordCount })));
      const { article, unmount } = await openSeed();
      expect(within(article).queryByText(/menit baca/)).not.toBeInTheDocument();
      expect(within(article).getByText('Kamis, 17 Oktober 2024 | 14:05 WIB').parentElement?.textContent).not.toMatch(/·/);
      unmount();
    }
  });

  it('shows the hero as a figure with alt text, a reserved size, a srcset and the seed’s caption and credit', async () => {
    const { article } = await openSeed();
    const figure = within(article).getByRole('figure');
    const image = within(figure).getByRole('img');
    expect(image).toHaveAccessibleName(/bendera Korea Utara/i);
    expect(image).toHaveAttribute('width', '1280');
    expect(image).toHaveAttribute('height', '720');
    expect(image.getAttribute('srcset')).toMatch(/ 320w, .* 640w, .* 960w, .* 1280w$/);
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).toHaveAttribute('loading', 'eager');
    expect(figure.querySelector('figcaption')).toHaveTextContent(seed.captionLine);
    expect(seed.captionLine).toBe('Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)');
  });

  it('reads exactly as the seed: every paragraph and both "Baca juga" inserts, in order, closed by the editor’s initials', async () => {
    const { article } = await openSeed();
    const figure = within(article).getByRole('figure');
    // The body: every paragraph after the hero and outside the share bar.
    const body = [...article.querySelectorAll('p')].filter(
      (p) => figure.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING && !p.closest('figure, section'),
    );
    const rendered = body.map((p) => (p.textContent.startsWith('Baca juga:') ? 'Baca juga:' : p.textContent));
    expect(rendered).toEqual(seed.bodyLines);
    expect(seed.bodyLines.filter((line) => line === 'Baca juga:')).toHaveLength(2);
    expect(rendered.filter((line) => line !== 'Baca juga:')).toHaveLength(9);
    expect(rendered.at(-1)).toMatch(/ \(ikh\)$/);
  });

  it('links each "Baca juga" insert to one of the related articles', async () => {
    const { article } = await openSeed();
    const related = sampleTeaserList(`related/${SEED_SLUG}.json`).items;
    const inserts = [...article.querySelectorAll('p')].filter((p) => p.textContent.startsWith('Baca juga:'));
    expect(inserts).toHaveLength(2);
    for (const insert of inserts) {
      const link = within(insert).getByRole('link');
      const target = related.find((teaser) => link.getAttribute('href') === `/post/read/${teaser.slug}`);
      expect(target, link.getAttribute('href') ?? '').toBeDefined();
      expect(link).toHaveTextContent(target?.headline ?? '');
    }
  });

  it('lists "Berita Terkait": the ten related headlines in the seed’s order, each with link, date and thumbnail', async () => {
    await openSeed();
    const aside = await screen.findByRole('complementary', { name: 'Berita Terkait' });
    const items = await within(aside).findAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual(seed.relatedHeadlines);
    for (const item of items) {
      expect(within(item).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/post\/read\/[a-z0-9-]+$/));
      expect(item.querySelector('time')).toHaveAttribute('datetime');
      const thumbnail = item.querySelector('img');
      expect(thumbnail).toHaveAttribute('loading', 'lazy');
      expect(thumbnail).toHaveAttribute('alt', '');
    }
  });
});

describe('"Bagikan"', () => {
  it('links to WhatsApp, Facebook, X and Telegram with the canonical URL, in a new tab', async () => {
    const { article } = await openSeed();
    const share = within(article).getByRole('region', { name: 'Bagikan' });
    for (const network of ['WhatsApp', 'Facebook', 'X', 'Telegram']) {
      const link = within(share).getByRole('link', { name: `Bagikan ke ${network} (membuka tab baru)` });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      const href = link.getAttribute('href') ?? '';
      expect(href).toContain(encodeURIComponent(CANONICAL));
      expect([...new URL(href).searchParams.values()].join(' ')).toContain(CANONICAL);
    }
  });

  it('copies the canonical URL with "Salin tautan" and says so', async () => {
    const { article, user } = await openSeed();
    await user.click(within(article).getByRole('button', { name: 'Salin tautan' }));
    expect(await navigator.clipboard.readText()).toBe(CANONICAL);
    expect(within(within(article).getByRole('region', { name: 'Bagikan' })).getByRole('status')).toHaveTextContent('Tautan disalin');
  });

  it('offers the link to copy by hand when the clipboard is refused', async () => {
    const { article, user } = await openSeed();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    await user.click(within(article).getByRole('button', { name: 'Salin tautan' }));
    // The field shows once the clipboard has answered: a moment after the tap.
    const field = await within(article).findByRole('textbox', { name: /Salin tautan ini secara manual/ });
    expect(field).toHaveValue(CANONICAL);
    // Focus moves in an effect after the field is shown: on a busy machine, a moment later.
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('has no system share button where the device has no share sheet', async () => {
    const { article } = await openSeed();
    expect(within(article).queryByRole('button', { name: 'Bagikan lewat aplikasi lain' })).not.toBeInTheDocument();
  });

  it('opens the system share sheet where there is one, and takes a cancel quietly', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { article, user } = await openSeed();
      await user.click(within(article).getByRole('button', { name: 'Bagikan lewat aplikasi lain' }));
      expect(share).toHaveBeenCalledWith({ title: seed.headline, url: CANONICAL });
      expect(within(article).queryByRole('textbox')).not.toBeInTheDocument();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});

describe('moving between articles', () => {
  it('stays in the app, scrolls to the top and retitles the tab', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const { user } = await openSeed();
    scrollTo.mockClear();
    const aside = await screen.findByRole('complementary', { name: 'Berita Terkait' });
    const next = seed.relatedHeadlines[0] ?? '';
    await user.click(within(aside).getByRole('link', { name: next }));
    expect(await screen.findByRole('heading', { level: 1, name: next })).toBeInTheDocument();
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
    await waitFor(() => expect(document.title).toBe(`${next} | Warta`));
    expect(screen.getByText('Teks contoh: isi lengkap artikel ini belum tersedia.')).toBeInTheDocument();
  });
});

describe('loading and failing', () => {
  it('shows a skeleton while the article loads', async () => {
    const answer = gate();
    server.use(
      http.get(apiUrl(`articles/${SEED_SLUG}.json`), async () => {
        await answer.passed;
        return HttpResponse.json(sampleArticle());
      }),
    );
    renderApp(SEED_PATH);
    expect(await screen.findByText('Memuat artikel…')).toBeInTheDocument();
    answer.open();
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
    expect(screen.queryByText('Memuat artikel…')).not.toBeInTheDocument();
  });

  it('says the article could not be loaded, and "Coba lagi" loads it', async () => {
    let fail = true;
    server.use(
      http.get(apiUrl(`articles/${SEED_SLUG}.json`), () =>
        fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(sampleArticle()),
      ),
    );
    const { user } = renderApp(SEED_PATH);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('Artikel tidak dapat dimuat');
    expect(within(alert).getByRole('link', { name: 'Kembali ke beranda' })).toHaveAttribute('href', '/');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats a payload that breaks the contract as an error, not a crash', async () => {
    server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => HttpResponse.json({ slug: SEED_SLUG, body: 'tidak' })));
    renderApp(SEED_PATH);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data yang diterima rusak atau tidak lengkap.');
    expect(alert).not.toHaveTextContent('undefined');
  });

  it('retries a server error a bounded number of times, then gives up with the error view', async () => {
    server.use(http.get(apiUrl(`articles/${SEED_SLUG}.json`), () => new HttpResponse(null, { status: 503 })));
    const requests = countRequests(`articles/${SEED_SLUG}.json`);
    renderApp(SEED_PATH, { queryClient: createQueryClient({ retryDelay: 0 }) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Artikel tidak dapat dimuat');
    expect(requests.count).toBe(3);
  });

  it('shows "Halaman tidak ditemukan" for an unknown slug, without retrying', async () => {
    const requests = countRequests('articles/tidak-ada.json');
    renderApp('/post/read/tidak-ada', { queryClient: createQueryClient({ retryDelay: 0 }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(requests.count).toBe(1);
  });

  it.each(['Huruf_Besar', 'garis_bawah', 'titik.titik', '-depan', 'a--b', '..', '%2e%2e', 'a%00b', 'a%3Fb', 'a%23b', 'x'.repeat(2000)])(
    'never fetches a slug that fails the pattern: %s',
    async (slug) => {
      const requested: string[] = [];
      server.events.on('request:start', ({ request }) => {
        requested.push(new URL(request.url).pathname);
      });
      renderApp(`/post/read/${slug}`);
      expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
      // Only the header's list of categories: nothing for the slug.
      expect(requested).toEqual(['/api/categories.json']);
    },
  );

  it('keeps the article when "Berita Terkait" fails, with its own "Coba lagi"', async () => {
    let fail = true;
    server.use(
      http.get(apiUrl(`related/${SEED_SLUG}.json`), () =>
        fail ? HttpResponse.error() : HttpResponse.json(sampleTeaserList(`related/${SEED_SLUG}.json`)),
      ),
    );
    const { user, article } = await openSeed();
    const aside = screen.getByRole('complementary', { name: 'Berita Terkait' });
    const alert = await within(aside).findByRole('alert');
    expect(alert).toHaveTextContent('Berita terkait tidak dapat dimuat.');
    expect(article).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(aside).findAllByRole('listitem')).toHaveLength(10);
  });
});
