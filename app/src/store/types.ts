/**
 * The app store's state: one slice per concern (`slices/`), combined by `createAppStore`. Slices
 * are `StateCreator<AppState, [], [], Slice>` built from the store's dependencies (`StoreDeps`),
 * so nothing in a slice reaches a global: storage, clock and timers are injected.
 */
import type { Design, Fragment, Kind, Locale, Position } from '@stackcanvas/core';
import type { StateCreator } from 'zustand';
import type { TemporalState } from 'zundo';
import type { DiagnosticsMemo } from '../diagnostics/memo';
import type { Param, Text } from '../i18n/index';
import type { ExportMemo } from './exportMemo';
import type { Persistence, SavedEntry, SaveState, Theme, ViewFlags } from './persistence';
import type { ChangesSlice } from './slices/changes';
import type { TrafficSlice } from './slices/traffic';

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

/** The design being edited, the selection in it, and the editing actions (each one undo step). */
export interface DocumentSlice {
  readonly design: Design;
  readonly selection: Selection;
  /** Bumped to ask the canvas to zoom to these nodes (e.g. from a diagnostic); no nodes = all. */
  readonly focusRequest: { readonly nodes: readonly string[]; readonly seq: number } | null;
  readonly clipboard: Fragment | null;
  /** How many times the clipboard was pasted (each paste lands a bit further). */
  readonly pasteCount: number;

  setDesign(design: Design): void;
  /** Replaces the design as one undo step; `coalesce` merges consecutive edits of one field. */
  commit(design: Design, coalesce?: string): void;
  select(selection: Selection): void;
  selectAll(): void;
  focusNodes(nodes: readonly string[]): void;
  addNode(kind: Kind, position: Position): string;
  /** Connects `source → target`, or says why not (a message naming both by their labels). */
  connect(source: string, target: string): boolean;
  moveNodes(positions: ReadonlyMap<string, Position>): void;
  nudge(dx: number, dy: number): void;
  deleteSelection(): void;
  updateNodeProps(id: string, patch: Readonly<Record<string, unknown>>): void;
  updateEdgeProps(id: string, patch: Readonly<Record<string, unknown>>): void;
  setNodeLabel(id: string, label: string): void;
  /** Renames the design; an empty name becomes the blank design's name in the user's language. */
  renameDesign(name: string): void;
  copySelection(): void;
  /** Pastes the clipboard centred at `at` (the pointer, in canvas coordinates), else a bit further than the last paste. */
  paste(at?: Position): void;
  duplicateSelection(): void;
  autoLayout(): Promise<void>;
  /**
   * Moves what the picture would misrepresent (an edge service covered by the VPC frame; with the
   * subnet boxes shown, a component out of its subnet row) as one undo step; nothing when settled.
   */
  settle(): void;
  undo(): void;
  redo(): void;
}

/** The saved designs (autosave), which one is being edited, and whether it is stored. */
export interface SavedSlice {
  readonly saved: readonly SavedEntry[];
  readonly currentId: string | null;
  /** `saved` only once the database's transaction is complete. */
  readonly saveState: SaveState;
  /** Why the last write failed; stays until a write works (the storage banner). */
  readonly saveError: Param | null;
  /** How many other tabs show the current design. */
  readonly otherTabs: number;
  /** False when the browser gives no durable storage (private mode): designs live in this page only. */
  readonly storageDurable: boolean;

  /** Reads the stored designs (start-up; every other action is synchronous over what it read). */
  loadSaved(): Promise<void>;
  /** Opens `design` as a new saved design (never overwrites an existing one) and makes it current. */
  openAsNewDesign(design: Design): void;
  /** A new empty design, named in the user's language. */
  openBlank(): void;
  openSaved(id: string): void;
  /** Start-up: the design that was current, else the reference architecture as a new design. */
  openLast(): void;
  renameSaved(id: string, name: string): void;
  duplicateSaved(id: string): void;
  deleteSaved(id: string): void;
  /** An edit of `design` under `id` (the autosave): written durably within `AUTOSAVE_MS`. */
  autosave(id: string, design: Design): void;
  /** Writes everything pending now; resolves when nothing is being written. */
  flushSaves(): Promise<void>;
  /** Tells the other tabs this one is closing. */
  leaveTabs(): void;
  /** Tells the other tabs again which design this one shows (back from the back-forward cache). */
  announceTab(): void;
  /** Tries the failed write again (the banner's button; the next edit does it too). */
  retrySave(): void;
}

/** What the user chose for the UI; remembered across reloads. Never part of the undo history. */
export interface PreferencesSlice extends ViewFlags {
  readonly locale: Locale;
  /** Light or dark, or follow the system (the default). */
  readonly theme: Theme;

  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  setSnapToGrid(on: boolean): void;
  setShowMinimap(on: boolean): void;
  setPaletteOpen(open: boolean): void;
  setSidePanelOpen(open: boolean): void;
  /** Shows or hides the subnet rows; showing them settles the components into their rows. */
  setShowSubnets(on: boolean): void;
}

export type MessageKind = 'error' | 'info';

export interface AppMessage {
  readonly id: number;
  readonly kind: MessageKind;
  /** Rendered in the current language when shown. */
  readonly text: Text;
  /** How many identical messages this one stands for (shown as ×n when more than one). */
  readonly count: number;
  /** When an information goes away by itself (the store's clock); errors stay: null. */
  readonly expiresAt: number | null;
}

/** Short messages for the user: identical ones merge, information expires, errors stay until dismissed. */
export interface MessagesSlice {
  readonly messages: readonly AppMessage[];

  notify(text: Text, kind?: MessageKind): void;
  dismissMessage(id: number): void;
  /** Drops the information whose time is up (called by the store's own timer). */
  expireMessages(): void;
}

export type AppState = DocumentSlice &
  SavedSlice &
  PreferencesSlice &
  MessagesSlice &
  ChangesSlice &
  TrafficSlice & {
    /** Validation of this store's design, shared by the panel and every badge (see `diagnostics/memo.ts`). */
    readonly diagnostics: DiagnosticsMemo;
    /** The CloudFormation export of this store's design, shared by the Template tab and the change set (`exportMemo.ts`). */
    readonly cfnExport: ExportMemo;
  };

/** `setTimeout`/`clearTimeout`, injected so tests drive time themselves. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether an edit merges into the previous undo step (same field, soon after). */
export interface Coalescer {
  /** True when `key` was also the key of the last edit, less than the coalescing window ago. */
  merges(key: string | undefined): boolean;
  reset(): void;
}

export interface StoreDeps {
  readonly persistence: Persistence;
  readonly now: () => number;
  readonly timers: Timers;
  /** The language when none was saved (the browser's). */
  readonly initialLocale: Locale;
  /** The undo history of the document (zundo's temporal store). */
  history(): TemporalState<{ design: Design }>;
  readonly coalescer: Coalescer;
}

export type Slice<S> = (deps: StoreDeps) => StateCreator<AppState, [], [], S>;
