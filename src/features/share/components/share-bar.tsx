import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useIsClient, useOpenedInApp } from '../../../components/use-is-client';
import { id } from '../../../i18n/id';
import { shareTargets } from '../../../lib/urls';
import { LinkIcon, NetworkIcon, ShareIcon } from './share-icons';


type CopyState = 'idle' | 'copied' | 'manual';

const buttonClass =
  'inline-flex min-h-11 items-center gap-2 rounded-full border border-neutral-300 bg-white px-4 text-sm font-semibold text-neutral-900 hover:border-neutral-500 hover:bg-neutral-50';

/** "Bagikan": share intents for the chat apps, "Salin tautan", and the system share sheet. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  const headingId = useId();
  const isClient = useIsClient();
  const canShareNatively = isClient && typeof navigator.share === 'function';
  // Opened inside the app, the icons come just after the page's first frame, in the background: their
  // sprite's first use in a page costs a parse of it (about 6 ms, 25 on a slow phone), and the bar
  // closes the story, never what a click shows first. Prerendered and hydrating, they are already there.
  const drawIcons = useDeferredValue(true, !useOpenedInApp());
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const manualInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), 5000);
    return () => clearTimeout(timer);
  }, [copyState]);

  useEffect(() => {
    if (copyState === 'manual') manualInput.current?.focus();
  }, [copyState]);

  async function copyLink() {
    try {
      // Undefined outside secure contexts, whatever the DOM types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      // Denied or unavailable: show the link to copy by hand instead.
      setCopyState('manual');
    }
  }

  async function shareNatively() {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // The reader closed the sheet: nothing to say. Anything else: offer the link to copy.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setCopyState('manual');
    }
  }

  return (
    <section aria-labelledby={headingId} className="mt-8 max-w-prose border-t border-neutral-200 pt-6">
      <h2 id={headingId} className="text-lg font-bold">
        {id.share.heading}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {shareTargets({ url, title }).map((target) => (
          <li key={target.network}>
            <a
              href={target.href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${id.share.on(target.name)} ${id.share.newTab}`}
              className={buttonClass}
            >
              {drawIcons ? <NetworkIcon network={target.network} /> : <IconPlace />}
              <span>{target.name}</span>
            </a>
          </li>
        ))}
        {/*
          Copying and the share sheet need the app. Before it starts their places are held
          invisibly, so nothing below (the related list on a phone) moves when they appear; a place
          is held only for what will appear: the head script marks, before the first paint, a page
          with scripts (data-js) and a browser with a share sheet (data-js="share").
        */}
        <li className={`hidden in-data-js:block ${isClient ? '' : 'invisible'}`} aria-hidden={isClient ? undefined : true}>
          <button type="button" disabled={!isClient} onClick={() => void copyLink()} className={buttonClass}>
            {isClient && drawIcons ? <LinkIcon /> : <IconPlace />}
            <span>{copyState === 'copied' ? id.share.copied : id.share.copy}</span>
          </button>
        </li>
        <li className={`hidden in-data-[js~=share]:block ${canShareNatively ? '' : 'invisible'}`} aria-hidden={canShareNatively ? undefined : true}>
          <button type="button" disabled={!canShareNatively} onClick={() => void shareNatively()} className={buttonClass}>
            {canShareNatively && drawIcons ? <ShareIcon /> : <IconPlace />}
            <span>{id.share.native}</span>
          </button>
        </li>
      </ul>
      {/* Said to screen readers; the button itself shows it ("Tautan disalin"), so no line is held empty. */}
      <p role="status" className="sr-only">
        {copyState === 'copied' ? id.share.copied : ''}
      </p>
      {copyState === 'manual' ? (
        <label className="mt-1 block text-sm">
          {id.share.copyManually}
          <input
            ref={manualInput}
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block w-full rounded border border-neutral-400 px-3 py-2 font-mono text-sm"
          />
        </label>
      ) : null}
    </section>
  );
}

/**
 * An icon's box without its drawing: for a place held invisibly (the page's HTML stays small: the two
 * icons' paths pushed the seed article's HTML past what the first round trip carries), and for an
 * icon still to come in a bar the app has just rendered.
 */
function IconPlace() {
  return <span className="inline-block size-5" />;
}
