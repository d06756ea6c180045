import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { SEED_SLUG } from '../msw/sample-api';

describe('site layout', () => {
  it('has header, navigation, main, footer and, on an article, the related aside', async () => {
    renderApp(`/post/read/${SEED_SLUG}`);
    expect(await screen.findByRole('complementary', { name: 'Berita Terkait' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigasi utama' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('starts with a "Langsung ke konten" link to the main content', async () => {
    const { user } = renderApp('/');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Langsung ke konten' });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute('href', `#${screen.getByRole('main').id}`);
  });

  it('links the Warta name and "Beranda" home', () => {
    renderApp('/tidak-ada');
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Warta' })).toHaveAttribute('href', '/');
    expect(within(banner).getByRole('link', { name: 'Beranda' })).toHaveAttribute('href', '/');
  });
});
