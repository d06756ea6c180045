/**
 * What went wrong with a request, in the terms a reader's view explains: one mapping for every
 * view that fetches (an article, a list, "Berita Terkait", search), so each failure is named the
 * same way everywhere. In: any error a query can hold (an ApiError from the API client, or
 * anything else) and whether the browser is online; out: one kind. Never throws.
 */
import { ApiError } from './api-client';

export type FailureKind = 'offline' | 'not-found' | 'server' | 'timeout' | 'invalid' | 'network' | 'unknown';

export function failureOf(error: unknown, online: boolean = typeof navigator === 'undefined' || navigator.onLine): FailureKind {
  // Offline explains any failure, and says what will happen: the request runs again on reconnect.
  if (!online) return 'offline';
  if (!(error instanceof ApiError)) return 'unknown';
  switch (error.kind) {
    case 'not-found':
      return 'not-found';
    case 'http':
      return 'server';
    case 'timeout':
      return 'timeout';
    case 'invalid':
      return 'invalid';
    case 'network':
      return 'network';
  }
}
