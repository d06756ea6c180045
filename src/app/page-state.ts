/**
 * The data a prerendered page was rendered with, handed to the browser in a non-executing
 * <script type="application/json"> element (allowed by a CSP without 'unsafe-inline').
 */
import type { DehydratedState } from '@tanstack/react-query';
import { jsonScript, readJsonScript } from '../lib/serialise-for-script';

export const PAGE_STATE_ID = 'warta-state';

export interface PageState {
  /** The path the HTML was rendered for: a 404.html served at another path is not hydrated. */
  path: string;
  queries: DehydratedState;
}

export function pageStateScript(state: PageState): string {
  return jsonScript(PAGE_STATE_ID, state);
}

export function readPageState(doc: Document): PageState | null {
  return (readJsonScript(doc, PAGE_STATE_ID) as PageState | undefined) ?? null;
}
