/**
 * The document slice: the design, the selection in it, and the editing actions, each a one-liner
 * over `@stackcanvas/core` (the store never re-implements domain logic). Only `design` is in the
 * undo history (see `createAppStore`): one step per user action; a drag is committed once at its
 * end by the canvas, and repeated edits of one field are coalesced by pausing the history.
 */
import {
  addNode as addNodeOp,
  autoLayout as autoLayoutOp,
  connect as connectOp,
  copyFragment,
  explainRefusal,
  indexDesign,
  moveNodes as moveNodesOp,
  nudgeNodes,
  pasteFragment,
  removeElements,
  renameDesign as renameDesignOp,
  settlePositions,
  setNodeLabel as setNodeLabelOp,
  updateEdgeProps as updateEdgePropsOp,
  updateNodeProps as updateNodePropsOp,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Design,
  type Position,
} from '@stackcanvas/core';
import { REFERENCE_DESIGN } from 'virtual:stackcanvas/reference-design';
import { msg, translate } from '../../i18n/index';
import { labelParam } from '../../i18n/labels';
import { readSystemClipboard, writeSystemClipboard } from '../clipboard';
import type { DocumentSlice, Selection, Slice } from '../types';

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

/** Selection without ids that no longer exist (after undo, delete, open). */
export function pruneSelection(selection: Selection, design: Design): Selection {
  if (!selection.nodes.length && !selection.edges.length) return selection;
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const next = { nodes: selection.nodes.filter((id) => nodes.has(id)), edges: selection.edges.filter((id) => edges.has(id)) };
  return next.nodes.length === selection.nodes.length && next.edges.length === selection.edges.length ? selection : next;
}

export const createDocumentSlice: Slice<DocumentSlice> = (deps) => (set, get) => {
  const { history, coalescer } = deps;
  /** `design` with what the picture would misrepresent moved (core's `settlePositions`); `moved` give way. */
  const settled = (design: Design, moved?: Iterable<string>): Design =>
    moveNodesOp(design, settlePositions(design, { subnets: get().showSubnets, ...(moved ? { moved: new Set(moved) } : {}) }));
  /** Where the last paste at the pointer landed (a second paste there goes a bit further). */
  let lastPasteAt: Position | null = null;
  return {
    design: REFERENCE_DESIGN,
    selection: EMPTY_SELECTION,
    focusRequest: null,
    clipboard: null,
    pasteCount: 0,

    setDesign: (design) => get().commit(design),
    commit: (design, coalesce) => {
      const s = get();
      if (design === s.design) return;
      const merge = coalescer.merges(coalesce);
      const selection = pruneSelection(s.selection, design);
      if (merge) {
        history().pause();
        set({ design, selection });
        history().resume();
      } else {
        set({ design, selection });
      }
    },
    select: (selection) => set({ selection }),
    selectAll: () => {
      const d = get().design;
      set({ selection: { nodes: d.nodes.map((n) => n.id), edges: d.edges.map((e) => e.id) } });
    },
    focusNodes: (nodes) => set((s) => ({ selection: { nodes, edges: [] }, focusRequest: { nodes, seq: (s.focusRequest?.seq ?? 0) + 1 } })),

    addNode: (kind, position) => {
      const r = addNodeOp(get().design, kind, position);
      get().commit(settled(r.design, [r.id]));
      set({ selection: { nodes: [r.id], edges: [] } });
      return r.id;
    },
    connect: (source, target) => {
      const s = get();
      const r = connectOp(s.design, source, target);
      if (r.ok) {
        s.commit(r.design);
        set({ selection: { nodes: [], edges: [r.id] } });
        return true;
      }
      const nodes = indexDesign(s.design).nodes;
      const from = nodes.get(source);
      const to = nodes.get(target);
      if (!from || !to) return false;
      if (r.reason === 'refused') {
        const hint = { en: explainRefusal(from.kind, 'en'), ko: explainRefusal(from.kind, 'ko') };
        s.notify(msg('refusedConnection', { source: labelParam(from), target: labelParam(to), hint }), 'error');
      } else if (r.reason === 'duplicate') {
        s.notify(msg('duplicateEdge', { source: labelParam(from), target: labelParam(to) }), 'error');
      } else if (r.reason === 'self') {
        s.notify(msg('selfEdge', { label: labelParam(from) }), 'error');
      }
      return false;
    },
    moveNodes: (positions) => get().commit(settled(moveNodesOp(get().design, positions), positions.keys())),
    nudge: (dx, dy) => {
      const s = get();
      if (s.selection.nodes.length)
        s.commit(settled(nudgeNodes(s.design, s.selection.nodes, dx, dy), s.selection.nodes), `nudge:${s.selection.nodes.join(',')}`);
    },
    deleteSelection: () => {
      const s = get();
      if (s.selection.nodes.length || s.selection.edges.length) s.commit(removeElements(s.design, s.selection));
    },
    updateNodeProps: (id, patch) => get().commit(updateNodePropsOp(get().design, id, patch), `node:${id}:${Object.keys(patch).join(',')}`),
    updateEdgeProps: (id, patch) => get().commit(updateEdgePropsOp(get().design, id, patch), `edge:${id}:${Object.keys(patch).join(',')}`),
    setNodeLabel: (id, label) => get().commit(setNodeLabelOp(get().design, id, label), `label:${id}`),
    renameDesign: (name) => {
      const s = get();
      s.commit(renameDesignOp(s.design, name.trim() || translate(s.locale, 'blankDesignName')), 'design-name');
    },
    copySelection: () => {
      const s = get();
      if (!s.selection.nodes.length) return;
      const fragment = copyFragment(s.design, s.selection.nodes);
      set({ clipboard: fragment, pasteCount: 0 });
      writeSystemClipboard(fragment);
    },
    paste: (at) => {
      const s = get();
      if (!s.clipboard) {
        // Nothing copied in this tab: try what another tab put on the system clipboard.
        void readSystemClipboard().then((fragment) => {
          if (fragment && !get().clipboard) {
            set({ clipboard: fragment, pasteCount: 0 });
            get().paste(at);
          }
        });
        return;
      }
      let offset: Position;
      if (at && s.clipboard.nodes.length) {
        // Centred on the pointer; pasting again without moving it goes 40 px further each time.
        const xs = s.clipboard.nodes.map((n) => n.position.x);
        const ys = s.clipboard.nodes.map((n) => n.position.y);
        const again = lastPasteAt !== null && lastPasteAt.x === at.x && lastPasteAt.y === at.y ? 40 * s.pasteCount : 0;
        const grid = (v: number) => (s.snapToGrid ? Math.round(v / 20) * 20 : Math.round(v));
        offset = {
          x: grid(at.x - (Math.min(...xs) + Math.max(...xs) + NODE_WIDTH) / 2) + again,
          y: grid(at.y - (Math.min(...ys) + Math.max(...ys) + NODE_HEIGHT) / 2) + again,
        };
        if (!again) set({ pasteCount: 0 });
        lastPasteAt = at;
      } else {
        const step = 40 * (get().pasteCount + 1);
        offset = { x: step, y: step };
        lastPasteAt = null;
      }
      const r = pasteFragment(s.design, s.clipboard, offset);
      s.commit(settled(r.design, r.nodes));
      set((x) => ({ selection: { nodes: r.nodes, edges: r.edges }, pasteCount: x.pasteCount + 1 }));
    },
    duplicateSelection: () => {
      const s = get();
      if (!s.selection.nodes.length) return;
      const r = pasteFragment(s.design, copyFragment(s.design, s.selection.nodes), { x: 40, y: 40 });
      s.commit(settled(r.design, r.nodes));
      set({ selection: { nodes: r.nodes, edges: r.edges } });
    },
    settle: () => get().commit(settled(get().design)),
    autoLayout: async () => {
      const positions = await autoLayoutOp(get().design, { subnets: get().showSubnets });
      // The user may have edited meanwhile: apply the positions to the current design.
      get().commit(moveNodesOp(get().design, positions));
      // Zoom to the whole laid-out design, keeping the selection.
      set((s) => ({ focusRequest: { nodes: [], seq: (s.focusRequest?.seq ?? 0) + 1 } }));
    },
    undo: () => {
      coalescer.reset();
      history().undo();
      set((s) => ({ selection: pruneSelection(s.selection, s.design) }));
    },
    redo: () => {
      coalescer.reset();
      history().redo();
      set((s) => ({ selection: pruneSelection(s.selection, s.design) }));
    },
  };
};
