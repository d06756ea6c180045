import { siFacebook, siTelegram, siWhatsapp, siX } from 'simple-icons';
import type { ShareNetwork } from '../../../lib/urls';

const brands: Record<ShareNetwork, { path: string; hex: string }> = {
  whatsapp: siWhatsapp,
  facebook: siFacebook,
  x: siX,
  telegram: siTelegram,
};

function Svg({ path, color }: { path: string; color: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill={color}>
      <path d={path} />
    </svg>
  );
}

export function NetworkIcon({ network }: { network: ShareNetwork }) {
  const { path, hex } = brands[network];
  return <Svg path={path} color={`#${hex}`} />;
}

/** Two chain links (Material Symbols "link", Apache-2.0). */
export function LinkIcon() {
  return (
    <Svg
      color="currentColor"
      path="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"
    />
  );
}

/** Three connected dots (Material Symbols "share", Apache-2.0). */
export function ShareIcon() {
  return (
    <Svg
      color="currentColor"
      path="M18 16.08c-.76 0-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 1.25.81 2.04.81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9c-1.66 0-3 1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61 1.31 2.92 2.92 2.92s2.92-1.31 2.92-2.92-1.31-2.92-2.92-2.92z"
    />
  );
}
