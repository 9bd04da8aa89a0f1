/**
 * Reading a share link (`#d=1.<payload>`): at start-up `startApp` calls `readShareLink` with
 * `location.hash`, and `connectToPage` does when a link is pasted into an open tab; either opens
 * the design as a new saved design (never over an existing one). Decoding is core's
 * `decodeShareLink`, built for links made by strangers.
 */
import { decodeShareLink, hasShareLink, type Design } from '@stackcanvas/core';
import { msg, type Message } from '../i18n/index';

export type LinkResult = { readonly design: Design } | { readonly error: Message } | null;

/**
 * The design a share URL carries, a message saying why it is refused (in both languages, core's
 * reason included), or null when the hash holds no link at all (`#d=` absent).
 */
export function readShareLink(hash: string): LinkResult {
  if (!hasShareLink(hash)) return null;
  const result = decodeShareLink(hash);
  if (result.ok) return { design: result.design };
  return { error: msg('shareOpenFailed', { detail: result.error.text }) };
}

/** The address a share link starts with: this page without its fragment. */
export function shareBase(): string {
  if (typeof location === 'undefined') return 'http://localhost:5173/';
  return `${location.origin}${location.pathname}${location.search}`;
}
