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
