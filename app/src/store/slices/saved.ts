/**
 * The saved-designs slice: every design lives under an entry of the storage's index. Opening
 * anything (a template, a share link, an imported file) creates a new entry, never overwrites
 * one; a damaged entry is reported and left as it is.
 */
import { moveNodes, renameDesign as renameDesignOp, settlePositions, type Design } from '@stackcanvas/core';
import { REFERENCE_DESIGN } from 'virtual:stackcanvas/reference-design';
import { msg, translate } from '../../i18n/index';
import { newEntryId, uniqueName, type SavedEntry } from '../persistence';
import type { SavedSlice, Slice } from '../types';
import { EMPTY_SELECTION, pruneSelection } from './document';

export const createSavedSlice: Slice<SavedSlice> = (deps) => (set, get) => {
  const { persistence, now, history, coalescer } = deps;

  /**
   * Makes `design` current under a saved entry, with a fresh history (in one change, for the
   * autosave). A design from elsewhere is settled first, so no edge service is drawn in the VPC.
   */
  const openEntry = (id: string, opened: Design, saved: readonly SavedEntry[]) => {
    const design = moveNodes(opened, settlePositions(opened, { subnets: get().showSubnets }));
    history().pause();
    set({ design, currentId: id, saved, selection: EMPTY_SELECTION, pasteCount: 0 });
    history().resume();
    history().clear();
    coalescer.reset();
    persistence.setCurrent(id);
  };

  /** Shows what another tab stored of the current design (this tab had nothing unsaved of it). */
  const follow = (id: string) => {
    const loaded = persistence.loadDesign(id);
    if (!('design' in loaded) || get().currentId !== id) return;
    history().pause();
    set((s) => ({ design: loaded.design, selection: pruneSelection(s.selection, loaded.design) }));
    history().resume();
    // Undoing past another tab's change would take it back without a word: the history starts here.
    history().clear();
    coalescer.reset();
  };

  persistence.subscribe((e) => {
    if (e.type === 'status') set({ saveState: e.state, saveError: e.error });
    else if (e.type === 'tabs') set({ otherTabs: e.id === get().currentId ? e.others : 0 });
    else if (e.type === 'remote') {
      set({ saved: persistence.loadIndex() });
      const id = get().currentId;
      if (id && e.ids.includes(id)) follow(id);
    } else if (e.type === 'conflict') {
      // Both versions are kept: the other tab's under its name, this tab's as a new design.
      const s = get();
      const saved = persistence.loadIndex();
      const newId = newEntryId(saved);
      const mine = renameDesignOp(e.mine, uniqueName(e.mine.name, saved));
      const entries = persistence.create(newId, mine, now());
      const other = saved.find((x) => x.id === e.id)?.name ?? e.mine.name;
      if (s.currentId === e.id) {
        set({ currentId: newId, saved: entries, design: mine });
        persistence.setCurrent(newId);
      } else {
        set({ saved: entries });
      }
      s.notify(msg('tabConflictForked', { name: other, copy: mine.name }), 'error');
    }
  });

  return {
    saved: [],
    currentId: null,
    saveState: 'saved',
    saveError: null,
    otherTabs: 0,
    storageDurable: true,

    loadSaved: async () => {
      await persistence.load();
      set({ saved: persistence.loadIndex() });
    },
    openAsNewDesign: (design) => {
      const saved = persistence.loadIndex();
      const id = newEntryId(saved);
      const named = renameDesignOp(design, uniqueName(design.name, saved));
      // In the view at once; the database points at it only once it is stored.
      openEntry(id, named, persistence.create(id, named, now()));
    },
    openBlank: () => {
      const name = translate(get().locale, 'blankDesignName');
      get().openAsNewDesign({ ...REFERENCE_DESIGN, name, nodes: [], edges: [] });
    },
    openSaved: (id) => {
      const loaded = persistence.loadDesign(id);
      if ('error' in loaded) {
        get().notify(msg('openFailed', { detail: loaded.error }), 'error');
        return;
      }
      openEntry(id, loaded.design, persistence.loadIndex());
    },
    openLast: () => {
      const id = persistence.loadCurrentId();
      const entry = id ? persistence.loadIndex().find((e) => e.id === id) : undefined;
      if (id && entry) {
        const loaded = persistence.loadDesign(id);
        if ('design' in loaded) return openEntry(id, loaded.design, persistence.loadIndex());
        // Keep the damaged entry as it is (nothing is overwritten); start on a new design.
        get().notify(msg('openFailedNamed', { name: entry.name, detail: loaded.error }), 'error');
      }
      get().openAsNewDesign(REFERENCE_DESIGN);
    },
    renameSaved: (id, name) => {
      const s = get();
      const wanted = name.trim() || translate(s.locale, 'blankDesignName');
      const unique = uniqueName(renameDesignOp(s.design, wanted).name, s.saved, id);
      if (id === s.currentId) {
        s.commit(renameDesignOp(s.design, unique));
        return; // the autosave writes it
      }
      const loaded = persistence.loadDesign(id);
      if ('error' in loaded) return s.notify(msg('openFailed', { detail: loaded.error }), 'error');
      set({ saved: persistence.saveDesign(id, renameDesignOp(loaded.design, unique), now()) });
    },
    duplicateSaved: (id) => {
      const s = get();
      const source = id === s.currentId ? { design: s.design } : persistence.loadDesign(id);
      if ('error' in source) return s.notify(msg('openFailed', { detail: source.error }), 'error');
      s.openAsNewDesign(source.design);
    },
    deleteSaved: (id) => {
      const saved = persistence.deleteSaved(id);
      set({ saved });
      if (id === get().currentId) {
        const next = saved[0];
        if (next) get().openSaved(next.id);
        else get().openAsNewDesign(REFERENCE_DESIGN);
      }
    },
    autosave: (id, design) => {
      const entries = persistence.stage(id, design, now());
      if (entries) set({ saved: entries });
    },
    flushSaves: () => persistence.flush(),
    leaveTabs: () => persistence.leave(),
    announceTab: () => persistence.announce(),
    retrySave: () => {
      const s = get();
      if (s.currentId) persistence.stage(s.currentId, s.design, now());
      void persistence.flush();
    },
  };
};
