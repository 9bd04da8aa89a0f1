/**
 * Reading a share link (`#d=1.<payload>`) at start-up: `startApp` calls `readShareLink` with
 * `location.hash` and opens the design as a new saved design (never over an existing one).
 * Decoding is core's `decodeShareLink`, built for links made by strangers.
 */
import { decodeShareLink, hasShareLink, type Design, type Locale } from '@stackcanvas/core';
import { useAppStore } from '../store/createAppStore';
import { shareText } from './strings';

export type LinkResult = { readonly design: Design } | { readonly error: string } | null;

/**
 * The design a share URL carries, a message saying why it is refused (in the user's language),
 * or null when the hash holds no link at all (`#d=` absent).
 */
export function readShareLink(hash: string, locale: Locale = useAppStore.getState().locale): LinkResult {
  if (!hasShareLink(hash)) return null;
  const result = decodeShareLink(hash);
  if (result.ok) return { design: result.design };
  return { error: `${shareText('openFailed', locale)}: ${result.error.messageIn(locale)}` };
}

/** The address a share link starts with: this page without its fragment. */
export function shareBase(): string {
  if (typeof location === 'undefined') return 'http://localhost:5173/';
  return `${location.origin}${location.pathname}${location.search}`;
}
