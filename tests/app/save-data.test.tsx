/**
 * "Hemat data" (#19): pictures wait for a tap, by the reader's choice in "Tampilan" or the browser's
 * Save-Data. The menu and the pictures' buttons are answered as the boot script answers them
 * (connectSettingsMenu, connectHeldPictures); the browser's service worker, which holds the pictures
 * of a prerendered page, is exercised by the browser test (tests/e2e/save-data.spec.ts).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectSettingsMenu } from '../../src/lib/reader-settings';
import { connectHeldPictures } from '../../src/lib/save-data';
import { apiUrl, SEED_SLUG, sampleJson } from '../msw/sample-api';
import { server } from '../msw/server';
import { renderApp } from '../render-app';
import { seed } from '../seed';

const SEED_PATH = `/post/read/${SEED_SLUG}`;
const SEED_JSON = `articles/${SEED_SLUG}.json`;
/** The hero's alt text as the API gives it. */
const heroAlt = (sampleJson(SEED_JSON) as { image: { alt: string } }).image.alt;
const root = document.documentElement;
let disconnect: (() => void)[] = [];

/** The browser's own data saver (navigator.connection.saveData), on or off. */
function browserSavesData(on: boolean): void {
  Object.defineProperty(navigator, 'connection', { value: { saveData: on }, configurable: true });
}

/** Opens a page with its "Tampilan" menu and pictures answered as the boot script answers them. */
function open(path: string) {
  const view = renderApp(path);
  disconnect.push(connectSettingsMenu(document), connectHeldPictures(document));
  const menu = within(screen.getByRole('banner')).getByText('Tampilan').closest('details');
  if (!menu) throw new Error('no settings menu in the header');
  const choose = async (name: string) => {
    if (!menu.open) await view.user.click(within(menu).getByText('Tampilan'));
    await view.user.click(within(within(menu).getByRole('group', { name: 'Hemat data' })).getByRole('radio', { name }));
  };
  return { ...view, menu, choose };
}

/** Every file an <img> or <source> would load now (held sources are not). */
const requested = (element: Element) =>
  [...element.querySelectorAll('img, source')].flatMap((node) => [node.getAttribute('src'), node.getAttribute('srcset')]).filter((value) => value !== null && value !== '');

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.save;
});
afterEach(() => {
  for (const stop of disconnect) stop();
  disconnect = [];
  Reflect.deleteProperty(navigator, 'connection');
  server.events.removeAllListeners();
});

describe('the "Hemat data" choice', () => {
  it('follows the browser at first, and the reader’s "Aktif" or "Mati" wins over it, remembered', async () => {
    browserSavesData(true);
    const { menu, choose, user } = open('/tidak-ada');
    await user.click(within(menu).getByText('Tampilan'));
    const group = within(menu).getByRole('group', { name: 'Hemat data' });
    expect(within(group).getByText('Gambar baru dimuat saat diketuk.')).toBeInTheDocument();
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['', 'on', 'off']);
    expect(within(group).getByRole('radio', { name: 'Ikuti perangkat' })).toBeChecked();

    await choose('Mati');
    expect(root.dataset.save).toBeUndefined();
    expect(localStorage.getItem('warta:save')).toBe('off');
    await choose('Ikuti perangkat');
    // The browser asks to save data: pictures wait.
    expect(root.dataset.save).toBe('on');
    expect(localStorage.getItem('warta:save')).toBeNull();

    browserSavesData(false);
    await choose('Aktif');
    expect(root.dataset.save).toBe('on');
    expect(localStorage.getItem('warta:save')).toBe('on');
    await choose('Ikuti perangkat');
    expect(root.dataset.save).toBeUndefined();
  });
});

describe('a story under "Hemat data"', () => {
  it('requests no picture; its hero shows a button with what it may cost, and a tap loads that picture only', async () => {
    // An API that gives each file's size (the content build does): the hero's largest AVIF is 84,321 B.
    const article = sampleJson(SEED_JSON) as { image: { variants: { type: string; width: number; bytes?: number }[] } };
    for (const variant of article.image.variants) variant.bytes = variant.type === 'image/avif' && variant.width === Math.max(...article.image.variants.map((v) => v.width)) ? 84_321 : 20_000;
    server.use(http.get(apiUrl(SEED_JSON), () => HttpResponse.json(article)));
    localStorage.setItem('warta:save', 'on');
    root.dataset.save = 'on';

    const { user } = open(SEED_PATH);
    const story = await screen.findByRole('article', { name: seed.headline });
    // Nothing the browser would fetch: every picture's sources are held, the related stories' thumbnails too.
    await screen.findByRole('heading', { name: 'Berita Terkait' });
    expect(requested(document.body)).toEqual([]);
    expect(screen.queryByText('Gambar tidak tersedia')).not.toBeInTheDocument();

    const button = within(story).getByRole('button', { name: `Tampilkan gambar: ${heroAlt}, hingga 85 kB` });
    expect(button).toHaveTextContent('Tampilkan gambarhingga 85 kB');
    await user.click(button);
    const hero = button.closest<HTMLElement>('[data-picture]');
    if (!hero) throw new Error('the button is not in a picture’s box');
    await waitFor(() => expect(requested(hero).length).toBeGreaterThan(0));
    expect(hero).toHaveAttribute('data-shown');
    expect(within(hero).getByRole('img', { name: heroAlt })).toHaveAttribute('src');
    // Only that picture: the related stories' thumbnails still wait.
    expect(requested(document.body)).toEqual(requested(hero));
  });

  it('holds the pictures not loaded when the reader turns it on, and loads them when it is turned off', async () => {
    const { choose } = open(SEED_PATH);
    const story = await screen.findByRole('article', { name: seed.headline });
    await screen.findByRole('heading', { name: 'Berita Terkait' });
    const before = requested(document.body);
    expect(before.length).toBeGreaterThan(0);

    await choose('Aktif');
    // jsdom loads no picture: none is on screen yet, so every one is held.
    await waitFor(() => expect(requested(document.body)).toEqual([]));
    expect(within(story).getByRole('button', { name: new RegExp(`^Tampilkan gambar: ${heroAlt}`) })).toBeInTheDocument();

    await choose('Mati');
    await waitFor(() => expect(requested(document.body)).toEqual(before));
  });
});
