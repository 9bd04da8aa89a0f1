/**
 * The saved-designs slice: every design lives under an entry of the storage's index. Opening
 * anything (a template, a share link, an imported file) creates a new entry, never overwrites
 * one; a damaged entry is reported and left as it is.
 */
import { moveNodes, REFERENCE_DESIGN, renameDesign as renameDesignOp, settlePositions, type Design } from '@stackcanvas/core';
import { msg, translate } from '../../i18n/index';
import { newEntryId, uniqueName, type SavedEntry } from '../persistence';
import type { SavedSlice, Slice } from '../types';
import { EMPTY_SELECTION } from './document';

export const createSavedSlice: Slice<SavedSlice> = (deps) => (set, get) => {
  const { persistence, now, history, coalescer } = deps;
  /** Whether the last autosave failed (said once, until a save works again). */
  let autosaveWarned = false;

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
    persistence.saveCurrentId(id);
  };

  return {
    saved: persistence.loadIndex(),
    currentId: null,

    openAsNewDesign: (design) => {
      const saved = persistence.loadIndex();
      const id = newEntryId(saved);
      const named = renameDesignOp(design, uniqueName(design.name, saved));
      const result = persistence.saveDesign(id, named, now());
      if (!result.ok) get().notify(msg('saveFailed', { detail: result.error }), 'error');
      openEntry(id, named, result.ok ? result.entries : saved);
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
      const result = persistence.saveDesign(id, renameDesignOp(loaded.design, unique), now());
      if (result.ok) set({ saved: result.entries });
      else s.notify(msg('saveFailed', { detail: result.error }), 'error');
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
      const result = persistence.saveDesign(id, design, now());
      if (result.ok) {
        autosaveWarned = false;
        set({ saved: result.entries });
      } else if (!autosaveWarned) {
        autosaveWarned = true;
        get().notify(msg('saveFailed', { detail: result.error }), 'error');
      }
    },
  };
};
