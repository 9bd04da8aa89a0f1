/**
 * Document migrations: every older document version is brought up to the current one before it
 * is validated. Decoding a design file, a link or a saved design is migrate → validate
 * (`parseDesign`) → normalize, so every old file and link keeps opening.
 */
import { DESIGN_VERSION } from './types';

export interface Migration {
  /** The version this migration reads; it produces version `from + 1`. */
  readonly from: number;
  /** Returns a new document object; never mutates its input. */
  up(doc: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** Registered migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // 1 → 2: version 2 only adds optional fields (kept resources, imported origins and
    // connections, baselines); a version 1 document is a version 2 document without them.
    from: 1,
    up: (doc) => ({ ...doc }),
  },
];

/**
 * Brings a raw document up to `DESIGN_VERSION`. Anything it cannot migrate (not an object, no
 * numeric version, a newer version, a version without a migration) is returned unchanged so that
 * `parseDesign` reports it with its precise message.
 */
export function migrate(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let doc = raw as Readonly<Record<string, unknown>>;
  for (let guard = 0; guard <= migrations.length; guard++) {
    const version = doc['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version >= DESIGN_VERSION) return doc;
    const step = migrations.find((m) => m.from === version);
    if (!step) return doc;
    doc = { ...step.up(doc), version: version + 1 };
  }
  return doc;
}
