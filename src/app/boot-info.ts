/**
 * What the prerender tells the boot script about a page, in a small non-executing JSON element:
 * the path the HTML was rendered for, and the page's route chunks to fetch beside the app's code.
 * The boot script reads it before React is loaded, so it stays apart from the (large) page state.
 */
import { serialiseForScript } from '../lib/serialise-for-script';

export const BOOT_INFO_ID = 'warta-boot';

export interface BootInfo {
  path: string;
  modules: string[];
}

export function bootInfoScript(info: BootInfo): string {
  return `<script type="application/json" id="${BOOT_INFO_ID}">${serialiseForScript(info)}</script>`;
}

export function readBootInfo(doc: Document): BootInfo | null {
  const text = doc.getElementById(BOOT_INFO_ID)?.textContent;
  if (!text) return null;
  try {
    const info = JSON.parse(text) as Partial<BootInfo>;
    if (typeof info.path !== 'string' || !Array.isArray(info.modules)) return null;
    return { path: info.path, modules: info.modules.filter((module): module is string => typeof module === 'string') };
  } catch {
    return null;
  }
}
