/**
 * Start-up order and autosave, over a store made by `createAppStore`.
 * 1. A share link in the URL's hash: its design opens as a new saved design and the hash is
 *    cleared; a refused link is explained and the normal start continues (saved designs untouched).
 * 2. Otherwise the autosaved current design; else the reference architecture as a new design.
 * Then every change of the document is saved (debounced, and flushed when the page is hidden).
 */
import type { Design } from '@stackcanvas/core';
import { readShareLink } from '../share/link';
import { systemTimers, type AppStore } from './createAppStore';
import type { Timers } from './types';

/** Coalesces a burst of changes (one task) into one write; a 1,000-node design serializes in ~6 ms. */
export const AUTOSAVE_MS = 50;

export interface StartOptions {
  /** The page's `location.hash` (`#d=1.…` carries a share link). */
  readonly hash: string;
  /** Removes the share link from the address (after it has been opened). */
  clearHash(): void;
}

/** Opens what the page should show first (synchronous: the design is there before the first paint). */
export function startApp(store: AppStore, { hash, clearHash }: StartOptions): void {
  const s = store.getState();
  const link = readShareLink(hash);
  if (link && 'design' in link) {
    s.openAsNewDesign(link.design);
    clearHash();
    return;
  }
  if (link) s.notify(link.error, 'error');
  s.openLast();
}

export interface Autosave {
  /** Writes the pending change now (the page is being hidden or closed). */
  flush(): void;
  /** Stops saving (flushes first). */
  stop(): void;
}

/** Saves each edit of the current design `delayMs` after it happens (a switch of design is already saved). */
export function startAutosave(store: AppStore, timers: Timers = systemTimers, delayMs = AUTOSAVE_MS): Autosave {
  let timer: unknown = null;
  let pending: { id: string; design: Design } | null = null;
  const flush = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { id, design } = pending;
    pending = null;
    store.getState().autosave(id, design);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design === prev.design || !state.currentId) return;
    // A switch to another saved design is already on disk; only edits need saving.
    if (state.currentId !== prev.currentId) return;
    pending = { id: state.currentId, design: state.design };
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(flush, delayMs);
  });
  return {
    flush,
    stop: () => {
      flush();
      unsubscribe();
    },
  };
}

/**
 * Ties the store to the page: autosave (flushed when the page is hidden or closed) and share
 * links pasted into the address bar of an open tab. Returns the function that undoes it.
 */
export function connectToPage(store: AppStore, page: Window = window): () => void {
  const autosave = startAutosave(store);
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') autosave.flush();
  };
  const onHashChange = () => {
    const link = readShareLink(page.location.hash);
    if (!link) return;
    const s = store.getState();
    if ('design' in link) {
      s.openAsNewDesign(link.design);
      page.history.replaceState(null, '', `${page.location.pathname}${page.location.search}`);
    } else {
      s.notify(link.error, 'error');
    }
  };
  page.addEventListener('pagehide', autosave.flush);
  page.addEventListener('beforeunload', autosave.flush);
  page.addEventListener('visibilitychange', onVisibility);
  page.addEventListener('hashchange', onHashChange);
  return () => {
    page.removeEventListener('pagehide', autosave.flush);
    page.removeEventListener('beforeunload', autosave.flush);
    page.removeEventListener('visibilitychange', onVisibility);
    page.removeEventListener('hashchange', onHashChange);
    autosave.stop();
  };
}
