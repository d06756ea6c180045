import './styles.css';

/** The route chunks the prerender listed for this page, fetched beside the app's own code. */
const MODULES_ID = 'warta-modules';

function preloadPageModules(): void {
  const listed = document.getElementById(MODULES_ID)?.textContent;
  if (!listed) return;
  try {
    for (const href of JSON.parse(listed) as string[]) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
  } catch {
    // A page without a usable list just loads its chunks when it needs them.
  }
}

function boot(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  preloadPageModules();
  void import('./app/start-app').then(({ startApp }) => startApp(container));
}

// A prerendered page is whole without scripts. The app starts once the page has loaded, hero image
// included, so that its code never competes for a weak connection with what the reader sees first.
if (document.readyState === 'complete') boot();
else window.addEventListener('load', boot, { once: true });
