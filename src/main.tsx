import './styles.css';
import { readBootInfo } from './app/boot-info';
import { samePath } from './lib/same-path';
import { connectHeldPictures, savesData } from './lib/save-data';

/**
 * The boot script: the only JavaScript a page loads before the reader does anything.
 *
 * A prerendered page is whole without scripts: text, image, links, the search form. The app (React,
 * the router, the data layer; about 110 kB gzip) adds in-app navigation, prefetching and the copy
 * and share-sheet buttons, all of which answer a gesture. So it starts on the reader's first
 * gesture (a touch, a scroll, a key, the mouse moving), never before the page has loaded: a cheap
 * phone spends its first seconds showing the story, not running code the reader has not asked for.
 * A page with nothing to read without the app (the dev server, or 404.html answering an article
 * published after the build) starts it at once; a search from a shared link, once the page has loaded.
 */
const GESTURES = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin', 'scroll', 'wheel'] as const;

function whenLoaded(run: () => void): void {
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
}

function onFirstGesture(run: () => void): void {
  const options = { capture: true, passive: true } as const;
  const handle = () => {
    for (const type of GESTURES) window.removeEventListener(type, handle, options);
    run();
  };
  for (const type of GESTURES) window.addEventListener(type, handle, options);
}

/** Fetches (without running) the app's code for this page while the reader reads, unless the browser asks to save data. */
function preloadModules(modules: readonly string[]): void {
  if (savesData()) return;
  for (const href of modules) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/**
 * The site's whole stylesheet, linked as the app starts: the page inlined only the rules its own
 * markup uses, and the app may render what it does not (another page, an error, a loading state).
 * Nothing on screen changes when it arrives: its rules for this page are the inlined ones.
 */
function linkStylesheet(href: string | undefined): void {
  if (!href?.startsWith('/assets/') || document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/**
 * Until the app has taken over, a tapped link or a submitted form is the browser's: a plain
 * navigation to a prerendered page. Without this, a tap that lands while React is hydrating
 * reaches its listener before the link's own handler exists, and is lost.
 */
function leaveToTheBrowserUntilReady(): void {
  const guard = (event: Event) => {
    if (document.documentElement.dataset.warta === 'ready') {
      window.removeEventListener('click', guard, true);
      window.removeEventListener('submit', guard, true);
      return;
    }
    const target = event.target instanceof Element ? event.target : null;
    if (event.type === 'submit' || target?.closest('a[href]')) event.stopPropagation();
  };
  window.addEventListener('click', guard, true);
  window.addEventListener('submit', guard, true);
}

let started = false;
function start(container: HTMLElement): void {
  if (started) return;
  started = true;
  performance.mark('warta:boot');
  void import('./app/start-app').then(async ({ startApp, registerWorkerWhenIdle }) => {
    performance.mark('warta:code');
    await startApp(container);
    registerWorkerWhenIdle();
  });
}

/**
 * The header's "Tampilan" menu answers from its first opening on, with or without the app: its code
 * (src/lib/reader-settings.ts) loads then, not with the page. The head script has already applied
 * the remembered choices; a radio ticked before the code arrived is applied when it does.
 */
function connectSettingsMenuOnOpen(): void {
  const onToggle = (event: Event) => {
    if (!(event.target instanceof HTMLDetailsElement) || !event.target.matches('[data-reader-settings]') || !event.target.open) return;
    document.removeEventListener('toggle', onToggle, true);
    void import('./lib/reader-settings').then(({ connectSettingsMenu }) => connectSettingsMenu());
  };
  document.addEventListener('toggle', onToggle, true);
}

// The "Tampilan" menu and, under "Hemat data", the pictures' buttons answer from now on, with or without the app.
connectSettingsMenuOnOpen();
connectHeldPictures();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const info = readBootInfo(document);
if (info && container.firstElementChild && samePath(info.path, window.location.pathname)) {
  leaveToTheBrowserUntilReady();
  const run = () => {
    linkStylesheet(info.styles);
    preloadModules(info.modules);
    start(container);
  };
  // A search opened from a shared link (/cari?q=…, paths.search) on a static site: its results are
  // what the page is for, and only the app finds them. It starts once the page has loaded, with no
  // gesture. The live server rendered them into the page: it waits for a gesture like any page.
  // The reader's saved stories (/tersimpan, paths.saved) are in this browser: only the app reads them.
  const needsApp =
    window.location.pathname === '/tersimpan' ||
    (info.search !== 'server' && window.location.pathname === '/cari' && Boolean(new URLSearchParams(window.location.search).get('q')));
  if (needsApp) whenLoaded(run);
  else onFirstGesture(() => whenLoaded(run));
} else {
  start(container);
}
