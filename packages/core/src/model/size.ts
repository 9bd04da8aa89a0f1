/** Sizes of untrusted text, measured cheaply before anything parses it. */

/** Largest template or design accepted by the importer, in bytes of UTF-8 (the same 5 MB as design files). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The UTF-8 size of `text` when it is over `limit` bytes (at least that size), else undefined.
 * Every UTF-16 unit is at least one byte and at most three, so most texts are decided without
 * encoding them.
 */
export function utf8SizeOver(text: string, limit: number): number | undefined {
  if (text.length > limit) return text.length; // over on characters alone: a lower bound of the bytes
  if (text.length * 3 <= limit) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limit ? bytes : undefined;
}

/** `5242880` → `"5.0 MB"`: sizes in messages about limits. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-8 bytes of a string (ASCII counted without encoding). */
function utf8Length(s: string): number {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(s) ? s.length : new TextEncoder().encode(s).length;
}

/**
 * The UTF-8 size of `JSON.stringify(value, null, 2) + "\n"` when it is over `limit` bytes (at
 * least that size), else undefined; counted by walking `value`, never writing the text, and
 * stopping as soon as the limit is passed. Pretty-printing amplifies: every level of nesting
 * indents each line below it, so a compact document can print many times its size.
 */
export function prettyJsonSizeOver(value: unknown, limit: number): number | undefined {
  const total = prettyJsonSize(value, limit);
  return total > limit ? total : undefined;
}

/** Printable ASCII without `"` and `\\`: a string JSON writes as it is, between quotes. */
const PLAIN = /^[\u0020\u0021\u0023-\u005b\u005d-\u007e]*$/;

/** UTF-8 size of a string as JSON writes it (quotes and escapes included). */
function jsonStringSize(s: string): number {
  return PLAIN.test(s) ? s.length + 2 : utf8Length(JSON.stringify(s));
}

/** The UTF-8 size of `JSON.stringify(value, null, 2) + "\n"`, counting stopped once past `stopAt`. */
export function prettyJsonSize(value: unknown, stopAt = Infinity): number {
  let total = 1; // the final newline
  const walk = (v: unknown, depth: number): void => {
    switch (typeof v) {
      case 'string':
        total += jsonStringSize(v);
        return;
      case 'number':
        total += Number.isFinite(v) ? String(v).length : 4;
        return;
      case 'boolean':
        total += v ? 4 : 5;
        return;
      case 'object':
        break;
      default:
        total += 4; // null (undefined and functions in arrays; left out of objects by the caller)
        return;
    }
    if (v === null) {
      total += 4;
      return;
    }
    // "[" or "{", then per entry "\n" + indent + entry, "," between entries, then "\n" + indent + "]".
    const inner = 2 * (depth + 1) + 2;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        total += 2;
        return;
      }
      total += 2 + 2 * depth;
      for (const item of v) {
        total += inner;
        walk(item, depth + 1);
        if (total > stopAt) return;
      }
      return;
    }
    let entries = 0;
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (item === undefined || typeof item === 'function') continue;
      entries++;
      total += inner + jsonStringSize(key) + 2; // `"key": `
      walk(item, depth + 1);
      if (total > stopAt) return;
    }
    total += entries ? 2 + 2 * depth : 2;
  };
  walk(value, 0);
  return total;
}
