/**
 * The data a prerendered page was rendered with, handed to the browser in a non-executing
 * <script type="application/json"> element (allowed by a CSP without 'unsafe-inline').
 */
import type { DehydratedState } from '@tanstack/react-query';
import { serialiseForScript } from '../lib/serialise-for-script';

export const PAGE_STATE_ID = 'warta-state';

export interface PageState {
  /** The path the HTML was rendered for: a 404.html served at another path is not hydrated. */
  path: string;
  queries: DehydratedState;
}

export function pageStateScript(state: PageState): string {
  return `<script type="application/json" id="${PAGE_STATE_ID}">${serialiseForScript(state)}</script>`;
}

export function readPageState(doc: Document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return null;
  }
}
