/**
 * Start-up order and autosave.
 * 1. A share link in `location.hash`: its design opens as a new saved design and the hash is
 *    cleared; a refused link is explained and the normal start continues (saved designs untouched).
 * 2. Otherwise the autosaved current design; else the reference architecture as a new design.
 * Then every change of the document is saved (debounced, and flushed when the page is hidden).
 */
import { REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { t } from '../i18n/index';
import { readShareLink } from '../share/link';
import { useAppStore } from './createAppStore';
import * as persist from './persistence';

/** Coalesces a burst of changes (one task) into one write; a 1,000-node design serializes in ~6 ms. */
const AUTOSAVE_MS = 50;

export async function startApp(): Promise<void> {
  const store = useAppStore.getState();
  let opened = false;
  if (typeof location !== 'undefined' && location.hash.length > 1) {
    const link = await Promise.resolve(readShareLink(location.hash));
    if (link && 'design' in link) {
      store.openAsNewDesign(link.design);
      history.replaceState(null, '', location.pathname + location.search);
      opened = true;
    } else if (link && 'error' in link) {
      store.notify(link.error, 'error');
    }
  }
  if (!opened) {
    const currentId = persist.loadCurrentId();
    const entry = currentId ? persist.loadIndex().find((e) => e.id === currentId) : undefined;
    if (currentId && entry) {
      const loaded = persist.loadDesign(currentId);
      if ('design' in loaded) {
        store.openSaved(currentId);
        opened = true;
      } else {
        // Keep the damaged entry as it is (nothing is overwritten); start on a new design.
        store.notify(`${t('openFailed', store.locale)} "${entry.name}": ${loaded.error}`, 'error');
      }
    }
    if (!opened) store.openAsNewDesign(REFERENCE_DESIGN);
  }
  startAutosave();
}

let started = false;

export function startAutosave(): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { id: string; design: Design } | null = null;
  let warned = false;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { id, design } = pending;
    pending = null;
    const result = persist.saveDesign(id, design);
    if (result.ok) {
      warned = false;
      useAppStore.setState({ saved: result.entries });
    } else if (!warned) {
      warned = true;
      const s = useAppStore.getState();
      s.notify(`${t('saveFailed', s.locale)}: ${result.error}`, 'error');
    }
  };
  useAppStore.subscribe((state, prev) => {
    if (state.design === prev.design || !state.currentId) return;
    // A switch to another saved design is already on disk; only edits need saving.
    if (state.currentId !== prev.currentId) return;
    pending = { id: state.currentId, design: state.design };
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, AUTOSAVE_MS);
  });
  addEventListener('pagehide', flush);
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  addEventListener('beforeunload', flush);
}
