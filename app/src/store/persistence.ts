/**
 * Saved designs in localStorage: an index of named entries, one key per design, and the id of
 * the current one. localStorage is synchronous, so a reload restores the design before the first
 * paint, and a write is complete when the call returns (a crashed tab loses at most the last
 * debounce interval). Every read is parsed with core's `parseDesign`; a damaged entry is reported
 * and left untouched, never overwritten.
 */
import { parseDesign, serializeDesign, summarizeErrors, type Design, type Locale } from '@stackcanvas/core';

export interface SavedEntry {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
}

const PREFIX = 'stackcanvas.';
const INDEX_KEY = `${PREFIX}designs`;
const CURRENT_KEY = `${PREFIX}current`;
const LOCALE_KEY = `${PREFIX}locale`;
const THEME_KEY = `${PREFIX}theme`;

export type Theme = 'system' | 'light' | 'dark';
const designKey = (id: string) => `${PREFIX}design.${id}`;

function storage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed frame)
  }
}

function isEntry(x: unknown): x is SavedEntry {
  if (x === null || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  return typeof e['id'] === 'string' && typeof e['name'] === 'string' && typeof e['updatedAt'] === 'number';
}

export function loadIndex(): SavedEntry[] {
  const raw = storage()?.getItem(INDEX_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function writeIndex(entries: readonly SavedEntry[]): void {
  storage()?.setItem(INDEX_KEY, JSON.stringify(entries));
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

export type SaveResult = { ok: true; entries: SavedEntry[] } | { ok: false; error: string };

/** Writes a design under `id` and updates its entry (name from the design). */
export function saveDesign(id: string, design: Design, now = Date.now()): SaveResult {
  const s = storage();
  if (!s) return { ok: false, error: 'storage unavailable' };
  try {
    s.setItem(designKey(id), serializeDesign(design));
    const entries = loadIndex();
    const i = entries.findIndex((e) => e.id === id);
    const entry: SavedEntry = { id, name: design.name, updatedAt: now };
    if (i >= 0) entries[i] = entry;
    else entries.push(entry);
    writeIndex(entries);
    return { ok: true, entries };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export type LoadResult = { design: Design } | { error: string };

export function loadDesign(id: string): LoadResult {
  const raw = storage()?.getItem(designKey(id));
  if (raw == null) return { error: 'not found' };
  const parsed = parseDesign(raw);
  return parsed.ok ? { design: parsed.design } : { error: summarizeErrors(parsed.errors) };
}

export function deleteSaved(id: string): SavedEntry[] {
  const s = storage();
  s?.removeItem(designKey(id));
  const entries = loadIndex().filter((e) => e.id !== id);
  writeIndex(entries);
  if (s?.getItem(CURRENT_KEY) === id) s.removeItem(CURRENT_KEY);
  return entries;
}

export function loadCurrentId(): string | null {
  return storage()?.getItem(CURRENT_KEY) ?? null;
}

export function saveCurrentId(id: string): void {
  try {
    storage()?.setItem(CURRENT_KEY, id);
  } catch {
    /* quota: the design itself is what matters */
  }
}

export function loadLocale(): Locale | null {
  const v = storage()?.getItem(LOCALE_KEY);
  return v === 'en' || v === 'ko' ? v : null;
}

export function saveLocale(locale: Locale): void {
  try {
    storage()?.setItem(LOCALE_KEY, locale);
  } catch {
    /* not essential */
  }
}

export function loadTheme(): Theme {
  const v = storage()?.getItem(THEME_KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function saveTheme(theme: Theme): void {
  try {
    storage()?.setItem(THEME_KEY, theme);
  } catch {
    /* not essential */
  }
}
