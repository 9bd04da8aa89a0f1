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

export interface AppMessage {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
}

let messageSeq = 0;

export interface AppState {
  readonly design: Design;
  readonly locale: Locale;
  readonly selection: Selection;
  /** Bumped to ask the canvas to zoom to these nodes (e.g. from a diagnostic). */
  readonly focusRequest: { readonly nodes: readonly string[]; readonly seq: number } | null;
  /** Short messages for the user (errors of an import or a link, confirmations). */
  readonly messages: readonly AppMessage[];
  setDesign(design: Design): void;
  /** Opens `design` as a new saved design (never overwrites an existing one) and makes it current. */
  openAsNewDesign(design: Design): void;
  notify(text: string, kind?: AppMessage['kind']): void;
  dismissMessage(id: number): void;
  setLocale(locale: Locale): void;
  select(selection: Selection): void;
  focusNodes(nodes: readonly string[]): void;
}

export const useAppStore = create<AppState>()((set) => ({
  design: REFERENCE_DESIGN,
  locale: browserLocale(),
  selection: { nodes: [], edges: [] },
  focusRequest: null,
  messages: [],
  setDesign: (design) => set({ design }),
  openAsNewDesign: (design) => set({ design, selection: { nodes: [], edges: [] } }),
  notify: (text, kind = 'info') => set((s) => ({ messages: [...s.messages, { id: ++messageSeq, kind, text }] })),
  dismissMessage: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  setLocale: (locale) => set({ locale }),
  select: (selection) => set({ selection }),
  focusNodes: (nodes) =>
    set((s) => ({ selection: { nodes, edges: [] }, focusRequest: { nodes, seq: (s.focusRequest?.seq ?? 0) + 1 } })),
}));
