/**
 * What the prerender tells the boot script about a page, in a small non-executing JSON element:
 * the path the HTML was rendered for, the page's route chunks to fetch beside the app's code, and the
 * site's public origin.
 * The boot script reads it before React is loaded, so it stays apart from the (large) page state.
 */
import { jsonScript, readJsonScript } from '../lib/serialise-for-script';

export const BOOT_INFO_ID = 'warta-boot';

export interface BootInfo {
  path: string;
  modules: string[];
  /** The site's public origin, which the app makes share and canonical URLs on (not baked into the bundle). */
  siteUrl: string;
  /**
   * The site's whole stylesheet (a path under /assets/): a page inlines only the rules its own markup
   * uses, and the app links the whole one when it starts, for the pages and states it renders next.
   */
  styles?: string | undefined;
  /** 'server' when the live render server answers search (site.search); a static site's pages leave it out. Read as given: anything but 'server' means the browser searches. */
  search?: 'server' | undefined;
}

export function bootInfoScript(info: BootInfo): string {
  return jsonScript(BOOT_INFO_ID, info);
}

export function readBootInfo(doc: Document): BootInfo | null {
  const info = readJsonScript(doc, BOOT_INFO_ID) as Partial<BootInfo> | undefined;
  if (typeof info?.path !== 'string' || !Array.isArray(info.modules) || typeof info.siteUrl !== 'string') return null;
  return { path: info.path, modules: info.modules.filter((module): module is string => typeof module === 'string'), siteUrl: info.siteUrl, styles: typeof info.styles === 'string' ? info.styles : undefined, search: info.search };
}
