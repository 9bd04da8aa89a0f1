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

/** The UTF-8 size of `JSON.stringify(value, null, 2) + "\n"`, counting stopped once past `stopAt`. */
export function prettyJsonSize(value: unknown, stopAt = Infinity): number {
  const limit = stopAt;
  let total = 1; // the final newline
  const walk = (v: unknown, depth: number): void => {
    if (total > limit) return;
    if (v === null || typeof v !== 'object') {
      total += typeof v === 'string' ? utf8Length(JSON.stringify(v)) : (JSON.stringify(v)?.length ?? 4);
      return;
    }
    const inner = 2 * (depth + 1);
    if (Array.isArray(v)) {
      if (v.length === 0) {
        total += 2;
        return;
      }
      total += 2 + 2 * depth; // "[", then "\n", the closing indent and "]"
      for (const item of v) {
        total += inner + 2; // indent, ",\n" (one comma too many, one newline short: the same count)
        walk(item === undefined || typeof item === 'function' ? null : item, depth + 1);
        if (total > limit) return;
      }
      return;
    }
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
    if (keys.length === 0) {
      total += 2;
      return;
    }
    total += 2 + 2 * depth;
    for (const key of keys) {
      total += inner + utf8Length(JSON.stringify(key)) + 2 + 2; // indent, "key": , ",\n"
      walk((v as Record<string, unknown>)[key], depth + 1);
      if (total > limit) return;
    }
  };
  walk(value, 0);
  return total;
}
