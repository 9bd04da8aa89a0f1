/**
 * Start-up order and autosave, over a store made by `createAppStore`.
 * 1. A share link in the URL's hash: its design opens as a new saved design and the hash is
 *    cleared; a refused link is explained and the normal start continues (saved designs untouched).
 * 2. Otherwise the autosaved current design; else the reference architecture as a new design.
 * The stored designs are read first (IndexedDB is asynchronous: `main.tsx` shows a loading line
 * meanwhile). Then every change of the document is saved (within `AUTOSAVE_MS`, and flushed when
 * the page is hidden).
 */
import type { LinkResult } from '../share/link';
import type { AppStore } from './createAppStore';

export { AUTOSAVE_MS } from './persistence';

export interface StartOptions {
  /** The page's `location.hash` (`#d=1.…` carries a share link). */
  readonly hash: string;
  /** Removes the share link from the address (after it has been opened). */
  clearHash(): void;
  /** What `readLinkEarly(hash)` started, when it did: the link is not read a second time. */
  readonly link?: Promise<LinkResult>;
}

/**
 * `readShareLink(hash)`, with the share-link codec (inflate, checks) fetched only when the hash
 * may hold a link (`d=`): it is not part of the first load.
 */
async function readLink(hash: string): Promise<LinkResult> {
  if (!hash.includes('d=')) return null;
  const { readShareLink } = await import('../share/link');
  return readShareLink(hash);
}

/**
 * Starts reading the page's share link at once (`main.tsx` calls it before the designs' database
 * is open, so fetching the codec and decoding overlap opening IndexedDB) and hands the answer to
 * `startApp` (`StartOptions.link`).
 */
export function readLinkEarly(hash: string): Promise<LinkResult> {
  const link = readLink(hash);
  link.catch(() => undefined); // a failure is reported by `startApp`, which awaits it
  return link;
}

/** Reads the stored designs, then opens what the page should show first. */
export async function startApp(store: AppStore, { hash, clearHash, link: early }: StartOptions): Promise<void> {
  const [, link] = await Promise.all([store.getState().loadSaved(), early ?? readLink(hash)]);
  const s = store.getState();
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
  flush(): Promise<void>;
  /** Stops saving (flushes first). */
  stop(): Promise<void>;
}

/** Hands each edit of the current design to the store's autosave (a switch of design is saved by the switch). */
export function startAutosave(store: AppStore): Autosave {
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design === prev.design || !state.currentId) return;
    // A switch to another saved design is already in hand; only edits need saving.
    if (state.currentId !== prev.currentId) return;
    state.autosave(state.currentId, state.design);
  });
  const flush = () => store.getState().flushSaves();
  return {
    flush,
    stop: () => {
      unsubscribe();
      return flush();
    },
  };
}

/**
 * Ties the store to the page: autosave (flushed when the page is hidden or closed) and share
 * links pasted into the address bar of an open tab. Returns the function that undoes it.
 */
export function connectToPage(store: AppStore, page: Window = window): () => void {
  const autosave = startAutosave(store);
  const flush = () => void autosave.flush();
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') flush();
  };
  const onHide = () => {
    flush();
    store.getState().leaveTabs();
  };
  const onShow = (e: Event) => {
    if ((e as PageTransitionEvent).persisted) store.getState().announceTab();
  };
  const onHashChange = async () => {
    const link = await readLink(page.location.hash);
    if (!link) return;
    const s = store.getState();
    if ('design' in link) {
      s.openAsNewDesign(link.design);
      page.history.replaceState(null, '', `${page.location.pathname}${page.location.search}`);
    } else {
      s.notify(link.error, 'error');
    }
  };
  page.addEventListener('pagehide', onHide);
  page.addEventListener('pageshow', onShow);
  page.addEventListener('beforeunload', flush);
  page.addEventListener('visibilitychange', onVisibility);
  const onHash = () => void onHashChange();
  page.addEventListener('hashchange', onHash);
  return () => {
    page.removeEventListener('pagehide', onHide);
    page.removeEventListener('pageshow', onShow);
    page.removeEventListener('beforeunload', flush);
    page.removeEventListener('visibilitychange', onVisibility);
    page.removeEventListener('hashchange', onHash);
    void autosave.stop();
  };
}
