/**
 * Saved designs over a `DesignDb` (IndexedDB in the app), and the UI preferences over a
 * `KeyValueStorage` (localStorage: small, read before the first paint).
 *
 * Designs: `load()` reads every record once; after that the store reads a synchronous view in
 * memory, and every change is queued and written durably (`stage` for an edit, written
 * `AUTOSAVE_MS` later at most; `create`, `saveDesign`, `deleteSaved` at once). The view says
 * "saved" only when the database's transaction is complete. A write names the revision it was
 * based on: a design another tab saved meanwhile is never overwritten (a `conflict` event hands
 * the unsaved version back). The current design's id is written only together with, or after,
 * that design's own record, so a reload never points at a design that was not stored.
 *
 * Every read of a design is parsed with core's `parseDesign`; a damaged entry is reported and
 * left untouched, never overwritten.
 */
import { serializeDesign, type Design, type Locale } from '@stackcanvas/core';
import { msg, type Param } from '../i18n/index';
import type { DesignDb, DesignRecord, DesignWrite } from './designDb';
import { StorageUnavailableError, type KeyValueStorage } from './storage';
import { noTabChannel, type TabChannel, type TabMessage } from './tabs';
import type { Timers } from './types';

export interface SavedEntry {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
}

export type Theme = 'system' | 'light' | 'dark';

/** Flags of the UI that are remembered across reloads. */
export interface ViewFlags {
  /** @default true */
  readonly snapToGrid: boolean;
  /** @default true */
  readonly showMinimap: boolean;
  /** @default true */
  readonly paletteOpen: boolean;
  /** @default true */
  readonly sidePanelOpen: boolean;
  /** Subnet rows and Availability Zone lanes inside the VPC frame. @default true */
  readonly showSubnets: boolean;
}

export const DEFAULT_VIEW: ViewFlags = { snapToGrid: true, showMinimap: false, paletteOpen: true, sidePanelOpen: true, showSubnets: true };
const VIEW_FLAGS = Object.keys(DEFAULT_VIEW) as (keyof ViewFlags)[];

const PREFIX = 'stackcanvas.';
/** The preferences' localStorage keys (designs are in IndexedDB: `designDb.ts`). */
export const KEYS = {
  locale: `${PREFIX}locale`,
  theme: `${PREFIX}theme`,
  view: `${PREFIX}view`,
} as const;

export type LoadResult = { design: Design } | { error: Param };

/** Why a write failed: said in the user's language when it is ours, the browser's words otherwise. */
export function writeError(e: unknown): Param {
  if (e instanceof StorageUnavailableError) return msg('storageUnavailable');
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return msg('storageFull');
  if (e instanceof Error || e instanceof DOMException) return e.message || e.name;
  return String(e);
}

/** A new entry id: `d1`, `d2`, … the first number not used yet. */
export function newEntryId(entries: readonly SavedEntry[]): string {
  const used = new Set(entries.map((e) => e.id));
  for (let i = 1; ; i++) if (!used.has(`d${i}`)) return `d${i}`;
}

/** `name`, or `name (2)`, `name (3)`, … when another entry already has it. */
export function uniqueName(name: string, entries: readonly SavedEntry[], exceptId?: string): string {
  const taken = new Set(entries.filter((e) => e.id !== exceptId).map((e) => e.name));
  if (!taken.has(name)) return name;
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})`.slice(-100);
    if (!taken.has(candidate)) return candidate;
  }
}

/** The longest an edit waits before it is written (a burst of edits in that time is one write). */
export const AUTOSAVE_MS = 50;

export type SaveState = 'saved' | 'saving' | 'failed';

export type PersistenceEvent =
  /** Whether everything is stored; `error` is the last write's failure (null once one works). */
  | { readonly type: 'status'; readonly state: SaveState; readonly error: Param | null }
  /** Another tab stored these designs; the view now holds its versions. */
  | { readonly type: 'remote'; readonly ids: readonly string[] }
  /** Another tab stored `id` while this one had an unsaved version: `mine` was not written. */
  | { readonly type: 'conflict'; readonly id: string; readonly mine: Design }
  /** How many other tabs show the current design. */
  | { readonly type: 'tabs'; readonly id: string | null; readonly others: number };

interface Cached {
  readonly entry: SavedEntry;
  /** The revision stored in the database (0: not stored yet). */
  readonly rev: number;
  readonly text: string | null;
  /** The design this text was parsed from or into (kept so an unchanged design is not written again). */
  readonly design: Design | null;
}

export interface PersistenceOptions {
  readonly storage: KeyValueStorage;
  readonly db: DesignDb;
  readonly timers: Timers;
  readonly channel?: TabChannel;
  /** This tab's id on the channel. */
  readonly tabId?: string;
}

export type Persistence = ReturnType<typeof createPersistence>;

export function createPersistence({ storage, db, timers, channel = noTabChannel, tabId = Math.random().toString(36).slice(2) }: PersistenceOptions) {
  // Core's design parser (zod) is fetched only when stored designs are there to read: a first
  // visit opens the reference design without it.
  let parser: typeof import('@stackcanvas/core/parse') | undefined;
  const loadParser = async () => void (parser ??= await import('@stackcanvas/core/parse'));
  const read = (key: string): string | null => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  /** A write that is not essential (the design itself is what matters): failures are ignored. */
  const writeQuietly = (key: string, value: string) => {
    try {
      storage.setItem(key, value);
    } catch {
      /* quota or no storage */
    }
  };

  const cache = new Map<string, Cached>();
  /** Designs whose latest version is not stored yet, with the time of the change. */
  const dirty = new Map<string, { design: Design; at: number }>();
  const deleted = new Set<string>();
  /** The current design in this tab, and the one the database points at. */
  let current: string | null = null;
  let storedCurrent: string | null = null;
  let timer: unknown = null;
  let writing: Promise<void> | null = null;
  let failed = false;
  let lastError: Param | null = null;
  const listeners = new Set<(e: PersistenceEvent) => void>();
  const emit = (e: PersistenceEvent) => listeners.forEach((l) => l(e));
  /** Tabs that said they show the current design. */
  const others = new Set<string>();

  const pendingWork = () => dirty.size > 0 || deleted.size > 0 || (current !== null && current !== storedCurrent && (cache.get(current)?.rev ?? 0) > 0);
  const status = () =>
    emit({ type: 'status', state: writing || pendingWork() ? (failed ? 'failed' : 'saving') : failed ? 'failed' : 'saved', error: lastError });

  const index = (): SavedEntry[] => [...cache.values()].map((c) => c.entry);

  const schedule = (ms: number) => {
    if (timer !== null) {
      if (ms > 0) return; // already due within AUTOSAVE_MS
      timers.clearTimeout(timer);
    }
    timer = timers.setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
    status();
  };

  /** One transaction for everything pending; repeats while edits arrived meanwhile (stops at a failure). */
  const writeLoop = async () => {
    while (pendingWork()) {
      const taken = new Map(dirty);
      const puts: DesignWrite[] = [];
      for (const [id, { design, at }] of taken) {
        const c = cache.get(id);
        const text = c?.design === design && c.text !== null ? c.text : serializeDesign(design);
        cache.set(id, { entry: { id, name: design.name, updatedAt: at }, rev: c?.rev ?? 0, text, design });
        puts.push({ id, name: design.name, updatedAt: at, text, baseRev: c?.rev ?? 0 });
      }
      const deletes = [...deleted];
      dirty.clear();
      deleted.clear();
      const wantCurrent = current;
      const outcome = await db.write({ puts, deletes, ...(wantCurrent !== storedCurrent ? { current: wantCurrent } : {}) });
      if (!outcome.ok) {
        // Keep what was not stored, unless a newer version arrived meanwhile; retried at the next change.
        for (const [id, v] of taken) if (!dirty.has(id) && cache.has(id)) dirty.set(id, v);
        for (const id of deletes) if (!cache.has(id)) deleted.add(id);
        failed = true;
        lastError = writeError(outcome.error);
        return;
      }
      failed = false;
      lastError = null;
      for (const [id, rev] of outcome.revs) {
        const c = cache.get(id);
        if (c) cache.set(id, { ...c, rev });
      }
      if (wantCurrent !== storedCurrent && (wantCurrent === null || outcome.revs.has(wantCurrent) || (cache.get(wantCurrent)?.rev ?? 0) > 0))
        storedCurrent = wantCurrent;
      if (outcome.revs.size || deletes.length) channel.post({ t: 'saved', ids: [...outcome.revs.keys(), ...deletes], tab: tabId });
      for (const stored of outcome.conflicts) {
        // The latest version of this tab goes back to the store (as a new design); the stored one stays.
        const mine = dirty.get(stored.id)?.design ?? taken.get(stored.id)!.design;
        dirty.delete(stored.id);
        remember(stored);
        emit({ type: 'conflict', id: stored.id, mine });
      }
      // Nothing more can be done for a pointer to a design that is not stored (a conflict gave it back).
      if (!dirty.size && !deleted.size && current !== storedCurrent && !(current && (cache.get(current)?.rev ?? 0) > 0)) break;
    }
  };

  /** Writes everything pending now; resolves when nothing is being written. */
  const flush = async (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (writing) {
      await writing;
      if (pendingWork() && !failed) return flush();
      return;
    }
    if (!pendingWork()) return status();
    writing = writeLoop().finally(() => {
      writing = null;
    });
    status();
    await writing;
    status();
  };

  const remember = (rec: DesignRecord) =>
    cache.set(rec.id, { entry: { id: rec.id, name: rec.name, updatedAt: rec.updatedAt }, rev: rec.rev, text: rec.text, design: null });

  const setOthers = () => emit({ type: 'tabs', id: current, others: others.size });

  /** Another tab's news: reload what it stored (unless this tab has a newer unsaved version). */
  const receive = async (m: TabMessage) => {
    if (m.t === 'open') {
      if (m.id !== current) return;
      channel.post({ t: 'here', id: m.id, tab: tabId, to: m.tab });
      others.add(m.tab);
      return setOthers();
    }
    if (m.t === 'here') {
      if (m.to !== tabId || m.id !== current) return;
      others.add(m.tab);
      return setOthers();
    }
    if (m.t === 'left') {
      if (others.delete(m.tab)) setOthers();
      return;
    }
    // Designs another tab wrote: read with the parser, fetched before any of them is taken in.
    await loadParser();
    const changed: string[] = [];
    for (const id of m.ids) {
      let rec: DesignRecord | null;
      try {
        rec = await db.get(id);
      } catch {
        continue;
      }
      if (dirty.has(id)) continue; // this tab's write will find the conflict
      const c = cache.get(id);
      if (!rec) {
        if (c && c.rev > 0 && id !== current) {
          cache.delete(id);
          changed.push(id);
        }
      } else if (!c || rec.rev > c.rev) {
        remember(rec);
        changed.push(id);
      }
    }
    if (changed.length) emit({ type: 'remote', ids: changed });
  };
  const unlisten = channel.listen((m) => void receive(m));

  return {
    /** Reads the stored designs and the current id (once, at start-up). */
    async load(): Promise<void> {
      const { records, current: stored } = await db.loadAll();
      if (records.length) await loadParser();
      for (const rec of records) if (!cache.has(rec.id)) remember(rec);
      storedCurrent = stored;
    },
    loadIndex: index,

    loadDesign(id: string): LoadResult {
      const c = cache.get(id);
      if (!c) return { error: msg('notFound') };
      if (c.design) return { design: c.design };
      if (!parser) throw new Error('a stored design is read before the design parser is loaded');
      const parsed = parser.parseDesign(c.text ?? '');
      if (!parsed.ok) return { error: parser.summarizeErrors(parsed.errors) };
      cache.set(id, { ...c, design: parsed.design });
      return { design: parsed.design };
    },

    /** The current id the database holds (what a reload opens). */
    loadCurrentId: (): string | null => storedCurrent,

    /** A new design under `id`: in the view at once, stored as soon as possible. */
    create(id: string, design: Design, at: number): SavedEntry[] {
      cache.set(id, { entry: { id, name: design.name, updatedAt: at }, rev: 0, text: null, design });
      dirty.set(id, { design, at });
      schedule(0);
      return index();
    },

    /** Writes a design under `id` now (a rename from the list of designs). */
    saveDesign(id: string, design: Design, at: number): SavedEntry[] {
      const c = cache.get(id);
      cache.set(id, { entry: { id, name: design.name, updatedAt: at }, rev: c?.rev ?? 0, text: null, design });
      dirty.set(id, { design, at });
      schedule(0);
      return index();
    },

    /** An edit of `id`: written within `AUTOSAVE_MS` (nothing when it is the version already kept). */
    stage(id: string, design: Design, at: number): SavedEntry[] | null {
      const c = cache.get(id);
      if (c?.design === design && !dirty.has(id)) return null;
      cache.set(id, { entry: { id, name: design.name, updatedAt: at }, rev: c?.rev ?? 0, text: c?.design === design ? c.text : null, design });
      dirty.set(id, { design, at });
      schedule(failed ? 0 : AUTOSAVE_MS);
      return index();
    },

    deleteSaved(id: string): SavedEntry[] {
      const c = cache.get(id);
      cache.delete(id);
      dirty.delete(id);
      if (c && c.rev > 0) deleted.add(id);
      schedule(0);
      return index();
    },

    /** Makes `id` this tab's current design (stored as the current one once its record is). */
    setCurrent(id: string): void {
      if (current === id) return;
      if (current) channel.post({ t: 'left', id: current, tab: tabId });
      current = id;
      others.clear();
      setOthers();
      channel.post({ t: 'open', id, tab: tabId });
      if (current !== storedCurrent) schedule(0);
    },
    /** Whether the version of `id` in the view is not stored yet. */
    isDirty: (id: string) => dirty.has(id) || (cache.get(id)?.rev ?? 0) === 0,

    flush,
    /** Tells the other tabs this one is going away (the page is being closed). */
    leave(): void {
      if (current) channel.post({ t: 'left', id: current, tab: tabId });
    },
    /** Tells the other tabs again which design this one shows (a page restored from the back-forward cache). */
    announce(): void {
      if (current) channel.post({ t: 'open', id: current, tab: tabId });
    },
    subscribe(listener: (e: PersistenceEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close(): void {
      unlisten();
    },

    loadLocale(): Locale | null {
      const v = read(KEYS.locale);
      return v === 'en' || v === 'ko' ? v : null;
    },
    saveLocale: (locale: Locale) => writeQuietly(KEYS.locale, locale),

    loadTheme(): Theme {
      const v = read(KEYS.theme);
      return v === 'light' || v === 'dark' ? v : 'system';
    },
    saveTheme: (theme: Theme) => writeQuietly(KEYS.theme, theme),

    loadView(): ViewFlags {
      const raw = read(KEYS.view);
      if (!raw) return DEFAULT_VIEW;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (parsed === null || typeof parsed !== 'object') return DEFAULT_VIEW;
        const p = parsed as Record<string, unknown>;
        const flag = (k: keyof ViewFlags) => (typeof p[k] === 'boolean' ? (p[k] as boolean) : DEFAULT_VIEW[k]);
        return Object.fromEntries(VIEW_FLAGS.map((k) => [k, flag(k)])) as unknown as ViewFlags;
      } catch {
        return DEFAULT_VIEW;
      }
    },
    saveView: (view: ViewFlags) => writeQuietly(KEYS.view, JSON.stringify(view)),
  };
}
