/**
 * A story imported from a CMS (content:import, #17) reads as any Warta article: built by the content
 * build from the importer's own output and served as the static API would serve it.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildApi, imageRefsOf } from '../../scripts/content/build-api';
import { indexImages } from '../../scripts/content/images';
import { checkReferences } from '../../scripts/content/source';
import { importStories } from '../../scripts/import/import-stories';
import { PLACEHOLDER_FILE, PLACEHOLDER_SVG } from '../../scripts/import/story';
import { apiHandlers } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';

async function serveImport(fixture: string) {
  const imported = importStories(await readFile(path.resolve(import.meta.dirname, '../fixtures/import', fixture), 'utf8'), { now: new Date('2026-01-01T00:00:00Z') });
  const content = { dir: 'impor', categories: imported.categories, articles: imported.articles };
  checkReferences(content);
  const imageDir = await mkdtemp(path.join(tmpdir(), 'warta-impor-'));
  await writeFile(path.join(imageDir, PLACEHOLDER_FILE), PLACEHOLDER_SVG);
  server.use(...apiHandlers(buildApi(content, await indexImages(imageDir, imageRefsOf(content)))));
}

describe('an imported story', () => {
  it('reads with its publisher’s picture, its dateline, its inserts, its post cards and its editor’s initials', async () => {
    await serveImport('wordpress-posts.json');
    renderApp('/post/read/taman-baca-baru-diresmikan');
    const article = await screen.findByRole('article', { name: 'Taman Baca Baru Diresmikan – “Hak Semua Orang”' });
    expect(within(article).getByText('Oleh Rina Uji')).toBeInTheDocument();
    expect(within(article).getByText('JAKARTA, WARTAUJI.id -').closest('p')).toHaveTextContent(/^JAKARTA, WARTAUJI\.id - Pemerintah kota meresmikan taman baca baru/);
    expect(within(article).getByRole('img', { name: 'Anak-anak membaca di taman' })).toHaveAttribute('src', 'https://gambar.wartauji.id/2025/03/taman-baca.jpg');
    expect(within(article).getByRole('heading', { level: 2, name: 'Dibangun dalam enam bulan' })).toBeInTheDocument();
    expect(within(article).getByRole('table', { name: 'Fasilitas taman baca' })).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: /Pameran Buku Murah di Alun-Alun/ })).toHaveAttribute('href', 'https://berita-lain.example/buku-murah');
    expect(within(article).getByRole('button', { name: 'Putar video: Peresmian Taman Baca' })).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: 'Buka di X (membuka tab baru)' })).toHaveAttribute('href', 'https://x.com/pemkotuji/status/1234567890123456789');
    // The picture that was not on https: the placeholder, with its caption.
    expect(await within(article).findByRole('img', { name: 'Gambar tidak tersedia: Bangku taman' })).toBeInTheDocument();
    expect(within(article).getByText('Taman buka pukul 07.00 hingga 21.00 WIB.').closest('p')).toHaveTextContent(/WIB\.\s*\(rin\/ed\)$/);
    expect(article).not.toHaveTextContent('Beri nilai');
    expect(article).not.toHaveTextContent('Komentar pembaca');
  });

  it('shows a video whose length the CMS did not give without a made-up one', async () => {
    await serveImport('ninjs-3.json');
    renderApp('/post/read/sekolah-rakyat-dibuka-di-lima-kecamatan');
    const article = await screen.findByRole('article', { name: 'Sekolah Rakyat Dibuka di Lima Kecamatan' });
    const video = article.querySelector('video');
    expect(video).toHaveAccessibleName('Suasana sekolah rakyat (Video)');
    expect(video?.querySelector('source')).toHaveAttribute('src', 'https://video.wartauji.id/sekolah.mp4');
  });
});
