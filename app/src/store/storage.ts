/**
 * The key-value storage the preferences are kept in (locale, theme, view flags), handed to
 * `createAppStore({ storage })`: `browserStorage()` in the app (localStorage), `memoryStorage()` in
 * tests. Synchronous on purpose: the language and theme are known before the first paint. Designs
 * are not kept here: see `designDb.ts` (IndexedDB).
 */

/** The part of the Web Storage API the app uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  /** May throw (quota exceeded, storage disabled). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Thrown by the storage used when the browser gives none (privacy mode, a sandboxed frame). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor() {
    super('storage unavailable');
  }
}

/** A storage in memory: the tests' storage, and a stand-in when the browser has none. */
export function memoryStorage(initial: Readonly<Record<string, string>> = {}): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** Reads nothing, refuses every write: saving reports that the storage is unavailable. */
export function unavailableStorage(): KeyValueStorage {
  return {
    getItem: () => null,
    setItem: () => {
      throw new StorageUnavailableError();
    },
    removeItem: () => undefined,
  };
}

/** The browser's localStorage, or `unavailableStorage()` when it is disabled. */
export function browserStorage(): KeyValueStorage {
  try {
    if (typeof localStorage !== 'undefined' && localStorage) return localStorage;
  } catch {
    /* storage disabled (privacy mode, sandboxed frame): reading the property throws */
  }
  return unavailableStorage();
}
