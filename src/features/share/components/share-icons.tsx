/**
 * The share bar's icons, drawn from one sprite file (share-icons.svg) that the browser fetches once
 * and caches for every page, rather than their paths inline in every page's HTML and in the app's
 * JavaScript (about 1.5 kB gzip each). A button's name is its text, so an icon still on its way
 * leaves nothing unsaid.
 */
import type { ShareNetwork } from '../../../lib/urls';
import sprite from '../share-icons.svg?no-inline';

/** The networks' own colours (simple-icons); X's mark is black, so it takes the text's colour (white in the dark theme). */
const colours: Record<ShareNetwork, string> = { whatsapp: '#25D366', facebook: '#0866FF', x: 'currentColor', telegram: '#26A5E4' };

function Icon({ name, color }: { name: ShareNetwork | 'link' | 'share'; color: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill={color}>
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}

export function NetworkIcon({ network }: { network: ShareNetwork }) {
  return <Icon name={network} color={colours[network]} />;
}

/** Two chain links (Material Symbols "link"). */
export function LinkIcon() {
  return <Icon name="link" color="currentColor" />;
}

/** Three connected dots (Material Symbols "share"). */
export function ShareIcon() {
  return <Icon name="share" color="currentColor" />;
}
