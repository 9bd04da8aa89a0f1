/**
 * The app store: the design document and the UI state around it. Actions are one-liners over
 * `@stackcanvas/core`; the store never re-implements domain logic.
 */
import { REFERENCE_DESIGN, type Design, type Locale } from '@stackcanvas/core';
import { create } from 'zustand';
import { browserLocale } from '../i18n/index';

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface AppState {
  readonly design: Design;
  readonly locale: Locale;
  readonly selection: Selection;
  /** Bumped to ask the canvas to zoom to these nodes (e.g. from a diagnostic). */
  readonly focusRequest: { readonly nodes: readonly string[]; readonly seq: number } | null;
  setDesign(design: Design): void;
  setLocale(locale: Locale): void;
  select(selection: Selection): void;
  focusNodes(nodes: readonly string[]): void;
}

export const useAppStore = create<AppState>()((set) => ({
  design: REFERENCE_DESIGN,
  locale: browserLocale(),
  selection: { nodes: [], edges: [] },
  focusRequest: null,
  setDesign: (design) => set({ design }),
  setLocale: (locale) => set({ locale }),
  select: (selection) => set({ selection }),
  focusNodes: (nodes) =>
    set((s) => ({ selection: { nodes, edges: [] }, focusRequest: { nodes, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
}));
