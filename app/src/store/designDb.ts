/**
 * Where designs are kept durably: one record per design (its text, name, time of the last save and
 * a revision counter) and the id of the current design. `indexedDbDesignDb()` in the browser (each
 * write one `readwrite` transaction with `{ durability: 'strict' }`, done only at its `complete`),
 * `memoryDesignDb()` in tests and when the browser gives no IndexedDB (private mode).
 *
 * A write names the revision it was based on; a record whose revision moved on meanwhile (another
 * tab saved it) is not overwritten: the write reports a conflict instead.
 */

export interface DesignRecord {
  readonly id: string;
  readonly name: string;
  /** Milliseconds since the epoch of the last save. */
  readonly updatedAt: number;
  /** Bumped by every write; 0 means "not stored yet". */
  readonly rev: number;
  /** The design as `serializeDesign` writes it. */
  readonly text: string;
}

export interface DesignWrite {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: number;
  readonly text: string;
  /** The revision this write replaces (0: the record must not exist yet). */
  readonly baseRev: number;
}

export interface WriteBatch {
  readonly puts: readonly DesignWrite[];
  readonly deletes: readonly string[];
  /** The current design's id, written only when its record is stored after this batch. */
  readonly current?: string | null;
}

export type WriteOutcome =
  | { readonly ok: true; readonly revs: ReadonlyMap<string, number>; readonly conflicts: readonly DesignRecord[] }
  | { readonly ok: false; readonly error: unknown };

export interface DesignDb {
  loadAll(): Promise<{ records: DesignRecord[]; current: string | null }>;
  get(id: string): Promise<DesignRecord | null>;
  /** One transaction: resolves when it is durable (or says why not); conflicting puts are skipped. */
  write(batch: WriteBatch): Promise<WriteOutcome>;
}

/** Applies a batch to the records (the rule both implementations share). */
function applyBatch(
  get: (id: string) => DesignRecord | undefined,
  batch: WriteBatch,
): { puts: DesignRecord[]; deletes: string[]; conflicts: DesignRecord[]; current: string | null | undefined } {
  const puts: DesignRecord[] = [];
  const conflicts: DesignRecord[] = [];
  const stored = new Set<string>();
  for (const w of batch.puts) {
    const existing = get(w.id);
    if (existing && existing.rev !== w.baseRev) {
      conflicts.push(existing);
      continue;
    }
    // A record another tab deleted is written again: an edit made here is never dropped.
    puts.push({ id: w.id, name: w.name, updatedAt: w.updatedAt, text: w.text, rev: (existing?.rev ?? w.baseRev) + 1 });
    stored.add(w.id);
  }
  let current: string | null | undefined;
  if (batch.current === null) current = null;
  else if (batch.current !== undefined && (stored.has(batch.current) || (get(batch.current) && !batch.deletes.includes(batch.current))))
    current = batch.current;
  return { puts, deletes: [...batch.deletes], conflicts, current };
}

/** Designs in memory: the tests' store, and the stand-in when the browser has no IndexedDB. */
export function memoryDesignDb(): DesignDb & { readonly records: Map<string, DesignRecord>; current: string | null; failWith: unknown } {
  const db = {
    records: new Map<string, DesignRecord>(),
    current: null as string | null,
    /** When set, every write fails with it (a full disk, in tests). */
    failWith: null as unknown,
    loadAll: () => Promise.resolve({ records: [...db.records.values()], current: db.current }),
    get: (id: string) => Promise.resolve(db.records.get(id) ?? null),
    write: (batch: WriteBatch): Promise<WriteOutcome> => {
      if (db.failWith) return Promise.resolve({ ok: false, error: db.failWith });
      const r = applyBatch((id) => db.records.get(id), batch);
      for (const rec of r.puts) db.records.set(rec.id, rec);
      for (const id of r.deletes) db.records.delete(id);
      if (r.current !== undefined) db.current = r.current;
      else if (db.current && r.deletes.includes(db.current)) db.current = null;
      return Promise.resolve({ ok: true, revs: new Map(r.puts.map((p) => [p.id, p.rev])), conflicts: r.conflicts });
    },
  };
  return db;
}

const DB_NAME = 'stackcanvas';
const DESIGNS = 'designs';
const META = 'meta';

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = () => undefined; // onabort follows with the error
  });

/** Opens (creating on first use) the app's IndexedDB database; rejects when the browser gives none. */
export async function openIndexedDb(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase> {
  if (!factory) throw new Error('IndexedDB is not available');
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(DESIGNS)) db.createObjectStore(DESIGNS, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  };
  return request(req);
}

/** Designs in IndexedDB: every write a strict-durability transaction, done when it completes. */
export function indexedDbDesignDb(db: IDBDatabase): DesignDb {
  const tx = (mode: IDBTransactionMode) => db.transaction([DESIGNS, META], mode, { durability: 'strict' });
  return {
    async loadAll() {
      const t = tx('readonly');
      const [records, current] = await Promise.all([
        request(t.objectStore(DESIGNS).getAll() as IDBRequest<DesignRecord[]>),
        request(t.objectStore(META).get('current') as IDBRequest<unknown>),
      ]);
      return { records, current: typeof current === 'string' ? current : null };
    },
    async get(id) {
      const rec = await request(tx('readonly').objectStore(DESIGNS).get(id) as IDBRequest<DesignRecord | undefined>);
      return rec ?? null;
    },
    async write(batch) {
      let t: IDBTransaction;
      try {
        t = tx('readwrite');
      } catch (error) {
        return { ok: false, error };
      }
      const finished = done(t);
      const designs = t.objectStore(DESIGNS);
      const meta = t.objectStore(META);
      try {
        // Read what is stored inside the same transaction, so the revision check and the write are one step.
        const ids = [...new Set([...batch.puts.map((p) => p.id), ...(batch.current ? [batch.current] : [])])];
        const existing = new Map<string, DesignRecord>();
        const [currentNow, ...found] = await Promise.all([
          request(meta.get('current') as IDBRequest<unknown>),
          ...ids.map((id) => request(designs.get(id) as IDBRequest<DesignRecord | undefined>)),
        ]);
        found.forEach((rec) => rec && existing.set(rec.id, rec));
        const r = applyBatch((id) => existing.get(id), batch);
        for (const rec of r.puts) designs.put(rec);
        for (const id of r.deletes) designs.delete(id);
        if (r.current !== undefined) meta.put(r.current, 'current');
        else if (typeof currentNow === 'string' && r.deletes.includes(currentNow)) meta.delete('current');
        await finished;
        return { ok: true, revs: new Map(r.puts.map((p) => [p.id, p.rev])), conflicts: r.conflicts };
      } catch (error) {
        try {
          t.abort();
        } catch {
          /* already finished */
        }
        await finished.catch(() => undefined);
        return { ok: false, error };
      }
    },
  };
}

/** The localStorage keys of the app before designs moved to IndexedDB. */
export const LEGACY_KEYS = {
  index: 'stackcanvas.designs',
  current: 'stackcanvas.current',
  design: (id: string) => `stackcanvas.design.${id}`,
} as const;

/**
 * Moves the designs, their index and the current id from localStorage into `db` (once: they are
 * removed from localStorage after the transaction is durable; a design already in `db` is kept).
 * Returns how many designs were moved.
 */
export async function migrateFromLocalStorage(db: DesignDb, storage: Pick<Storage, 'getItem' | 'removeItem'>): Promise<number> {
  let index: unknown;
  try {
    index = JSON.parse(storage.getItem(LEGACY_KEYS.index) ?? 'null');
  } catch {
    return 0; // a damaged index: leave everything where it is
  }
  if (!Array.isArray(index)) return 0;
  const entries = index.filter(
    (e): e is { id: string; name: string; updatedAt: number } =>
      e !== null && typeof e === 'object' && typeof e.id === 'string' && typeof e.name === 'string' && typeof e.updatedAt === 'number',
  );
  const { records, current } = await db.loadAll();
  const have = new Set(records.map((r) => r.id));
  const puts: DesignWrite[] = [];
  for (const e of entries) {
    const text = storage.getItem(LEGACY_KEYS.design(e.id));
    if (text != null && !have.has(e.id)) puts.push({ id: e.id, name: e.name, updatedAt: e.updatedAt, text, baseRev: 0 });
  }
  const legacyCurrent = storage.getItem(LEGACY_KEYS.current);
  const result = await db.write({ puts, deletes: [], ...(current === null && legacyCurrent ? { current: legacyCurrent } : {}) });
  if (!result.ok) return 0;
  for (const e of entries) storage.removeItem(LEGACY_KEYS.design(e.id));
  storage.removeItem(LEGACY_KEYS.index);
  storage.removeItem(LEGACY_KEYS.current);
  return puts.length;
}
