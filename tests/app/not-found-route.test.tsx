import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('not found', () => {
  it.each(['/tidak/ada', '/post/read', '/post/read/a/b', '/kategori'])('answers %s with "Halaman tidak ditemukan" and a way home', async (path) => {
    const { user } = renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(document.title).toBe('Halaman tidak ditemukan | Warta');
    await user.click(screen.getByRole('link', { name: 'Kembali ke beranda' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeInTheDocument();
  });
});
