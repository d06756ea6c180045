import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectSettingsMenu } from '../../src/lib/reader-settings';
import { renderApp } from '../render-app';

/** The app's header with its "Tampilan" menu, answered as the boot script answers it. */
function openPage() {
  const view = renderApp('/tidak-ada');
  const disconnect = connectSettingsMenu(document);
  const menu = within(screen.getByRole('banner')).getByText('Tampilan').closest('details');
  if (!menu) throw new Error('no settings menu in the header');
  return { ...view, menu, disconnect };
}

const root = document.documentElement;
let disconnect: (() => void) | undefined;

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.text;
});
afterEach(() => disconnect?.());

describe('the "Tampilan" menu', () => {
  it('offers the theme (Terang, Gelap, Sistem) and the text size, with the system theme and normal size ticked at first', async () => {
    const view = openPage();
    disconnect = view.disconnect;
    await view.user.click(within(view.menu).getByText('Tampilan'));
    const theme = within(view.menu).getByRole('group', { name: 'Tema' });
    expect(within(theme).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['light', 'dark', 'system']);
    expect(within(theme).getByRole('radio', { name: 'Sistem' })).toBeChecked();
    const size = within(view.menu).getByRole('group', { name: 'Ukuran teks' });
    expect(within(size).getAllByRole('radio')).toHaveLength(4);
    expect(within(size).getByRole('radio', { name: 'Normal' })).toBeChecked();
  });

  it('applies a choice at once and remembers it; "Sistem" and "Normal" forget it', async () => {
    const view = openPage();
    disconnect = view.disconnect;
    await view.user.click(within(view.menu).getByText('Tampilan'));
    await view.user.click(within(view.menu).getByRole('radio', { name: 'Gelap' }));
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem('warta:theme')).toBe('dark');
    await view.user.click(within(view.menu).getByRole('radio', { name: 'Terbesar' }));
    expect(root.dataset.text).toBe('xxl');
    expect(localStorage.getItem('warta:text')).toBe('xxl');

    await view.user.click(within(view.menu).getByRole('radio', { name: 'Sistem' }));
    await view.user.click(within(view.menu).getByRole('radio', { name: 'Normal' }));
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.text).toBeUndefined();
    expect(localStorage.getItem('warta:theme')).toBeNull();
    expect(localStorage.getItem('warta:text')).toBeNull();
  });

  it('ticks the remembered choice, and keeps a choice the reader made before the boot script ran', async () => {
    localStorage.setItem('warta:theme', 'light');
    localStorage.setItem('warta:text', 'l');
    const view = renderApp('/tidak-ada');
    const menu = within(screen.getByRole('banner')).getByText('Tampilan').closest('details');
    if (!menu) throw new Error('no settings menu');
    await view.user.click(within(menu).getByText('Tampilan'));
    // Chosen while the boot script was still on its way: nothing answered the tap yet.
    await view.user.click(within(menu).getByRole('radio', { name: 'Gelap' }));
    expect(root.dataset.theme).toBeUndefined();
    disconnect = connectSettingsMenu(document);
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem('warta:theme')).toBe('dark');
    expect(within(menu).getByRole('radio', { name: 'Gelap' })).toBeChecked();
    expect(within(menu).getByRole('radio', { name: 'Besar' })).toBeChecked();
  });

  it('closes on Escape, giving focus back to its button, and on a tap elsewhere', async () => {
    const view = openPage();
    disconnect = view.disconnect;
    const summary = within(view.menu).getByText('Tampilan');
    await view.user.click(summary);
    expect(view.menu).toHaveAttribute('open');
    await view.user.click(within(view.menu).getByRole('radio', { name: 'Terang' }));
    await view.user.keyboard('{Escape}');
    expect(view.menu).not.toHaveAttribute('open');
    expect(summary).toHaveFocus();

    await view.user.click(summary);
    expect(view.menu).toHaveAttribute('open');
    await view.user.click(screen.getByRole('main'));
    expect(view.menu).not.toHaveAttribute('open');
  });

  it('still applies a choice for the page when storage is closed (a private window)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('closed', 'SecurityError');
    });
    const view = openPage();
    disconnect = view.disconnect;
    await view.user.click(within(view.menu).getByText('Tampilan'));
    await view.user.click(within(view.menu).getByRole('radio', { name: 'Gelap' }));
    expect(root.dataset.theme).toBe('dark');
  });
});
