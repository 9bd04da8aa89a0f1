/**
 * Saved designs and preferences over a `KeyValueStorage`: an index of named entries, one key per
 * design, the id of the current one, and the UI preferences. Every read of a design is parsed
 * with core's `parseDesign`; a damaged entry is reported and left untouched, never overwritten.
 */
import { parseDesign, serializeDesign, summarizeErrors, type Design, type Locale } from '@stackcanvas/core';
import { msg, type Param } from '../i18n/index';
import { StorageUnavailableError, type KeyValueStorage } from './storage';

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
export const KEYS = {
  index: `${PREFIX}designs`,
  current: `${PREFIX}current`,
  locale: `${PREFIX}locale`,
  theme: `${PREFIX}theme`,
  view: `${PREFIX}view`,
  design: (id: string) => `${PREFIX}design.${id}`,
} as const;

export type SaveResult = { ok: true; entries: SavedEntry[] } | { ok: false; error: Param };
export type LoadResult = { design: Design } | { error: Param };

function isEntry(x: unknown): x is SavedEntry {
  if (x === null || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return typeof e['id'] === 'string' && typeof e['name'] === 'string' && typeof e['updatedAt'] === 'number';
}

/** Why a write failed: said in the user's language when it is ours, the browser's words otherwise. */
function writeError(e: unknown): Param {
  if (e instanceof StorageUnavailableError) return msg('storageUnavailable');
  return e instanceof Error ? e.message : String(e);
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

export type Persistence = ReturnType<typeof createPersistence>;

export function createPersistence(storage: KeyValueStorage) {
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

  const loadIndex = (): SavedEntry[] => {
    const raw = read(KEYS.index);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  };

  return {
    loadIndex,

    /** Writes a design under `id` and updates its entry (name from the design, time `at`). */
    saveDesign(id: string, design: Design, at: number): SaveResult {
      try {
        storage.setItem(KEYS.design(id), serializeDesign(design));
        const entries = loadIndex();
        const i = entries.findIndex((e) => e.id === id);
        const entry: SavedEntry = { id, name: design.name, updatedAt: at };
        if (i >= 0) entries[i] = entry;
        else entries.push(entry);
        storage.setItem(KEYS.index, JSON.stringify(entries));
        return { ok: true, entries };
      } catch (e) {
        return { ok: false, error: writeError(e) };
      }
    },

    loadDesign(id: string): LoadResult {
      const raw = read(KEYS.design(id));
      if (raw == null) return { error: msg('notFound') };
      const parsed = parseDesign(raw);
      return parsed.ok ? { design: parsed.design } : { error: summarizeErrors(parsed.errors) };
    },

    deleteSaved(id: string): SavedEntry[] {
      const entries = loadIndex().filter((e) => e.id !== id);
      try {
        storage.removeItem(KEYS.design(id));
        storage.setItem(KEYS.index, JSON.stringify(entries));
        if (read(KEYS.current) === id) storage.removeItem(KEYS.current);
      } catch {
        /* nothing more can be done; the list shown is the one without it */
      }
      return entries;
    },

    loadCurrentId: (): string | null => read(KEYS.current),
    saveCurrentId: (id: string) => writeQuietly(KEYS.current, id),

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
