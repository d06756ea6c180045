import { connectionOf, holdsPictures, readStored, SAVE_DATA, tellWorkerTheChoice } from './save-data';

/**
 * The reader's own settings: the theme (light, dark, or the system's), the text size and "Hemat
 * data" (pictures wait for a tap: on, off, or as the browser asks). Each is kept in localStorage and
 * shown on <html> as a data attribute, which the stylesheet reads (`data-theme`, `data-text`,
 * `data-save`: "on" whenever pictures wait, by the reader's choice or the browser's). index.html's head script applies them before the first paint, with
 * the same keys and values as here (the browser tests check that a remembered choice is there at
 * the first paint); this module, part of the boot script, answers the header's "Tampilan" menu from
 * the moment the page has been parsed, before the app starts and after, without React.
 */

/** The theme choices, as the radio values and `data-theme`: "system" sets no attribute (the stylesheet follows prefers-color-scheme). */
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

/** The text sizes, as the radio values and `data-text`: "" is the browser's own size; the others scale the root font (112.5 %, 125 %, 150 %). */
export const TEXT_SIZES = ['', 'l', 'xl', 'xxl'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** "Hemat data": "" follows the browser's Save-Data; "on" and "off" are the reader's own. */
export const SAVE_DATA_CHOICES = ['', 'on', 'off'] as const;
export type SaveDataChoice = (typeof SAVE_DATA_CHOICES)[number];

/** The localStorage keys and the radio groups' names (index.html's head script reads the same keys). */
export const SETTINGS = {
  theme: { key: 'warta:theme', field: 'theme', attribute: 'theme', values: THEMES as readonly string[], initial: 'system' },
  text: { key: 'warta:text', field: 'text-size', attribute: 'text', values: TEXT_SIZES as readonly string[], initial: '' },
  save: { key: SAVE_DATA.key, field: 'save-data', attribute: 'save', values: SAVE_DATA_CHOICES as readonly string[], initial: '' },
} as const;

type Setting = (typeof SETTINGS)[keyof typeof SETTINGS];

/** The remembered value, or the setting's initial one when none is remembered or storage is closed (a private window may throw). */
export function readSetting(setting: Setting): string {
  const value = readStored(setting.key);
  return value !== null && setting.values.includes(value) ? value : setting.initial;
}

/**
 * Shows `value` on <html> at once and remembers it. A value the setting does not know is ignored.
 * "Hemat data" shows what is in force ("on" or nothing), tells the service worker the choice, and
 * holds or shows the page's pictures at once.
 */
export function applySetting(setting: Setting, value: string, doc: Document = document): void {
  if (!setting.values.includes(value)) return;
  const root = doc.documentElement;
  const isSave = setting.attribute === 'save';
  const was = root.getAttribute('data-save');
  const shown = isSave ? (holdsPictures(value, connectionOf(navigator)) ? 'on' : '') : value === setting.initial ? '' : value;
  if (shown) root.setAttribute(`data-${setting.attribute}`, shown);
  else root.removeAttribute(`data-${setting.attribute}`);
  try {
    if (value === setting.initial) localStorage.removeItem(setting.key);
    else localStorage.setItem(setting.key, value);
  } catch {
    // Not remembered (storage closed), but applied for this page.
  }
  if (!isSave) return;
  tellWorkerTheChoice(value);
  if (was !== root.getAttribute('data-save')) {
    void import('./held-pictures').then((pictures) => (shown ? pictures.holdPictures(doc, { keepLoaded: true }) : pictures.showAllPictures(doc)));
  }
}

const settingOf = (name: string): Setting | undefined => Object.values(SETTINGS).find((setting) => setting.field === name);

/** Ticks, in every settings menu on the page, the radios of the values now in force. */
function showSettings(doc: Document): void {
  for (const setting of Object.values(SETTINGS)) {
    const current = readSetting(setting);
    for (const input of doc.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${setting.field}"]`)) input.checked = input.value === current;
  }
}

/**
 * Makes the header's settings menu (a <details> marked `data-reader-settings`, its radios named as
 * in SETTINGS) work: a choice applies at once and is remembered; Escape or a tap elsewhere closes the
 * menu. A choice made before this ran (the page showed the menu before the boot script had loaded)
 * is kept, not overwritten. Returns a function that removes the listeners.
 */
export function connectSettingsMenu(doc: Document = document): () => void {
  // The server renders no radio ticked: one ticked now is the reader's own choice, made already.
  for (const input of doc.querySelectorAll<HTMLInputElement>('[data-reader-settings] input[type="radio"]:checked')) {
    const setting = settingOf(input.name);
    if (setting) applySetting(setting, input.value, doc);
  }
  showSettings(doc);
  const onChange = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.closest('[data-reader-settings]')) return;
    const setting = settingOf(input.name);
    if (setting) applySetting(setting, input.value, doc);
  };
  // The app may render the menu again (another page): its radios are ticked when it opens.
  const onToggle = (event: Event) => {
    if (event.target instanceof HTMLDetailsElement && event.target.matches('[data-reader-settings]') && event.target.open) showSettings(doc);
  };
  const close = (menu: HTMLDetailsElement, focus: boolean) => {
    menu.open = false;
    if (focus) menu.querySelector('summary')?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    for (const menu of doc.querySelectorAll<HTMLDetailsElement>('details[data-reader-settings][open]')) close(menu, menu.contains(doc.activeElement));
  };
  const onPointer = (event: Event) => {
    for (const menu of doc.querySelectorAll<HTMLDetailsElement>('details[data-reader-settings][open]')) if (!(event.target instanceof Node && menu.contains(event.target))) close(menu, false);
  };
  doc.addEventListener('change', onChange);
  doc.addEventListener('toggle', onToggle, true);
  doc.addEventListener('keydown', onKey);
  doc.addEventListener('pointerdown', onPointer);
  return () => {
    doc.removeEventListener('change', onChange);
    doc.removeEventListener('toggle', onToggle, true);
    doc.removeEventListener('keydown', onKey);
    doc.removeEventListener('pointerdown', onPointer);
  };
}
