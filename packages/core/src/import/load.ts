/**
 * Safe loading of untrusted template text: size limit → JSON or YAML (js-yaml safe schema plus the
 * CloudFormation tags of `cfn/yaml.ts`) → alias budget → forbidden keys and depth → a plain tree.
 *
 * Why an alias budget: js-yaml resolves `*alias` to the *same* object as its anchor, so a
 * "billion laughs" document loads quickly into a small graph of shared objects that explodes
 * only when something walks or copies it (JSON.stringify, structuredClone, our own walkers).
 * We measure the expanded size with a memoized walk over object identities (linear in the
 * number of distinct objects) and refuse the document before anything expands it.
 */
import yaml from 'js-yaml';
import { CFN_SCHEMA } from '../cfn/yaml';
import { findUnsafeKeys, MAX_DEPTH } from '../model/parse';
import { formatMegabytes, utf8SizeOver } from '../model/size';
import { importError, type ImportError } from './errors';

/** Largest template or design accepted, in bytes of UTF-8 (the same 5 MB as design files). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most values (scalars, arrays, objects) a document may have once aliases are expanded. */
export const MAX_EXPANDED_NODES = 1_000_000;

export type LoadResult = { ok: true; value: unknown; format: 'json' | 'yaml'; warnings: string[] } | { ok: false; error: ImportError };

/**
 * `CFN_SCHEMA` plus a catch-all for tags it does not know (e.g. `!Rain::Embed` of the Rain
 * tool): the node is kept as plain data, `{ "Rain::Embed": "file.js" }`, and reported. Only plain
 * objects are ever constructed, so the schema stays safe.
 */
function loadYaml(text: string, unknownTags: Set<string>): unknown {
  const kinds = ['scalar', 'sequence', 'mapping'] as const;
  const schema = CFN_SCHEMA.extend(
    kinds.map(
      (kind) =>
        new yaml.Type('!', {
          kind,
          multi: true,
          construct: (data: unknown, tag?: string) => {
            const name = (tag ?? '!').slice(1);
            unknownTags.add(name);
            return { [name]: data ?? '' };
          },
        }),
    ),
  );
  return yaml.load(text, { schema });
}

/**
 * Expanded size of `value` (each alias counted as many times as it is used), or `Infinity` past
 * `budget` or on a cycle. Memoized on object identity, so shared subtrees cost one visit.
 */
export function expandedSize(value: unknown, budget = MAX_EXPANDED_NODES): number {
  const memo = new Map<object, number>();
  const active = new Set<object>();
  const size = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (active.has(v)) return Infinity;
    // Too deep: `findUnsafeKeys` reports it with a path; stop here so this walk stays bounded.
    if (depth > MAX_DEPTH + 1) return 1;
    active.add(v);
    let total = 1;
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) {
      total += size(child, depth + 1);
      if (total > budget) break;
    }
    active.delete(v);
    memo.set(v, total);
    return total;
  };
  const n = size(value, 0);
  return n > budget ? Infinity : n;
}

/** A plain deep copy (after the budget check, so it is bounded): no shared objects remain. */
function plainCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    // js-yaml gives Date for timestamps (not in the core schema, but be safe) → string.
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plainCopy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: plainCopy((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Parses untrusted text as JSON (when it starts with `{` or `[`) or CloudFormation YAML, and
 * checks it is safe to walk. `what` names the input in messages ("template", "file").
 */
export function loadUntrusted(text: string, what = 'file'): LoadResult {
  if (typeof text !== 'string') return importError('malformed', `the ${what} is not text`);
  const bytes = utf8SizeOver(text, MAX_IMPORT_BYTES);
  if (bytes !== undefined) {
    return importError('too-large', `the ${what} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`);
  }
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (!trimmed) return importError('malformed', `the ${what} is empty`);
  let value: unknown;
  let format: 'json' | 'yaml';
  const unknownTags = new Set<string>();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    format = 'json';
    try {
      value = JSON.parse(body);
    } catch (e) {
      // Flow-style YAML also starts with `{`; try it before giving up.
      try {
        value = loadYaml(body, unknownTags);
        format = 'yaml';
      } catch {
        return importError('malformed', `malformed JSON: ${firstLine(e instanceof Error ? e.message : String(e))}`);
      }
    }
  } else {
    format = 'yaml';
    try {
      value = loadYaml(body, unknownTags);
    } catch (e) {
      const message = e instanceof RangeError ? `nested too deeply` : firstLine(e instanceof Error ? e.message : String(e));
      return importError('malformed', `malformed YAML: ${message}`);
    }
  }
  if (expandedSize(value) === Infinity) {
    return importError(
      'alias-bomb',
      `the ${what} expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} values through YAML aliases (a "billion laughs" document); refused`,
    );
  }
  const unsafe = findUnsafeKeys(value);
  if (unsafe.length) {
    const [first] = unsafe;
    return importError('unsafe', `${first!.path}: ${first!.message}`, first!.path);
  }
  const warnings = [...unknownTags].map((t) => `unknown YAML tag !${t.slice(0, 60)} kept as a mapping { "${t.slice(0, 60)}": … }`);
  return { ok: true, value: plainCopy(value), format, warnings };
}
