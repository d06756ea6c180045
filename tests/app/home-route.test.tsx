import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, sampleTeaserList } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

describe('home', () => {
  it('lists the latest stories, newest first, each with a headline link, category, date and thumbnail', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Berita Terkini' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    const stories = await within(main).findAllByRole('article');
    expect(stories).toHaveLength(sampleTeaserList('latest/1.json').items.length);
    const dates = stories.map((story) => Date.parse(story.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const story of stories) {
      expect(within(story).getByRole('heading', { level: 2 })).toBeInTheDocument();
      expect(within(story).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^\/post\/read\//));
      expect(within(story).getByText(/^(Dunia|Nasional)$/)).toBeInTheDocument();
      expect(story.querySelector('img')).toHaveAttribute('alt', '');
    }
    expect(document.title).toBe('Warta — Berita terkini');
  });

  it('opens an article from the list', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: seed.headline }));
    expect(await screen.findByRole('heading', { level: 1, name: seed.headline })).toBeInTheDocument();
  });

  it('says when the list cannot be loaded, and "Coba lagi" loads it', async () => {
    let fail = true;
    server.use(http.get(apiUrl('latest/1.json'), () => (fail ? new HttpResponse(null, { status: 502 }) : HttpResponse.json(sampleTeaserList('latest/1.json')))));
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Berita terkini tidak dapat dimuat.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findAllByRole('article')).toHaveLength(sampleTeaserList('latest/1.json').items.length);
  });
});
