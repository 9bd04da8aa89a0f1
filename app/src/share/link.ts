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

/**
 * A link pasted into the address bar of a tab that already shows the app changes only the
 * fragment: no reload, so start-up never sees it. Listen for that and open it the same way
 * (a new saved design; a refused link is explained and nothing changes).
 */
export function onShareLinkHashChange(): void {
  const link = readShareLink(location.hash);
  if (!link) return;
  const store = useAppStore.getState();
  if ('design' in link) {
    store.openAsNewDesign(link.design);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  } else {
    store.notify(link.error, 'error');
  }
}

let listening = false;
/** Installs the `hashchange` listener once (done when this module loads in a browser). */
export function listenForShareLinks(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('hashchange', onShareLinkHashChange);
}
listenForShareLinks();
