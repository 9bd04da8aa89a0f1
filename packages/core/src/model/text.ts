/**
 * Text hygiene for untrusted input, shared by every reader (design files, share links, template
 * import, the CLI's files): a byte-order mark is accepted and dropped; invalid UTF-8 is refused
 * with the byte offset of the first bad byte (never replaced by U+FFFD); JSON with a key repeated
 * in one object is refused (JSON.parse would keep the last one silently); strings that cannot be
 * written as UTF-8 (lone surrogates) or that hold control characters are found with their index.
 */

/** The text without a leading byte-order mark (U+FEFF). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (WHATWG's decoder: overlong
 * forms, surrogates and code points past U+10FFFF are errors), or -1 when all of it is.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // cut off in the middle of a character
      if (c < lower || c > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

export type Utf8Result = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number; readonly byte: number };

/** Bytes → text, strictly: a BOM is dropped, invalid UTF-8 is refused with the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)) };
  } catch {
    const offset = Math.max(0, invalidUtf8Offset(bytes));
    return { ok: false, offset, byte: bytes[offset] ?? 0 };
  }
}

/** `0x8` → `"0x08"`: a byte as messages show it. */
export function formatByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0').toUpperCase()}`;
}

/** `0x7` → `"U+0007"`. */
export function formatCodeUnit(unit: number): string {
  return `U+${unit.toString(16).padStart(4, '0').toUpperCase()}`;
}

/** Index of the first lone surrogate (a UTF-16 half that UTF-8 cannot carry), or -1. */
export function loneSurrogateIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/** A quick test before the exact scan: most strings have no surrogate at all. */
const SURROGATE = /[\ud800-\udfff]/;
/** Whether `s` holds a lone surrogate. */
export function hasLoneSurrogate(s: string): boolean {
  return SURROGATE.test(s) && loneSurrogateIndex(s) >= 0;
}

/** C0 controls, DEL and C1 controls: never part of a label or a name. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Index of the first control character (U+0000–U+001F, U+007F–U+009F), or -1. */
export function controlCharIndex(s: string): number {
  const m = CONTROL.exec(s);
  return m ? m.index : -1;
}

/** Line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

export interface DuplicateKey {
  readonly key: string;
  /** UTF-16 offsets of the repeated key and of its first occurrence. */
  readonly offset: number;
  readonly first: number;
}

/**
 * The first key repeated within one object of `text`, which must be valid JSON (run after
 * `JSON.parse` succeeded). One linear pass; keys are compared as JSON decodes them (`"a"` and
 * `"\u0061"` are the same key).
 */
export function findDuplicateJsonKey(text: string): DuplicateKey | undefined {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const stack: (Map<string, number> | null)[] = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      if (expectKey) {
        const raw = text.slice(start + 1, i);
        const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
        const keys = stack[stack.length - 1]!;
        const first = keys.get(key);
        if (first !== undefined) return { key, offset: start, first };
        keys.set(key, start);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      stack.push(new Map());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return undefined;
}

export type StrictJsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly duplicate?: undefined; readonly message: string }
  | {
      readonly ok: false;
      /** A key repeated within one object: the key, where it repeats and the line it first appears on. */
      readonly duplicate: { readonly key: string; readonly line: number; readonly column: number; readonly firstLine: number };
      readonly message: string;
    };

/**
 * `JSON.parse`, strictly: a leading BOM is accepted; a key repeated within one object is refused
 * with its line and column (as the YAML reader and cfn-lint refuse it), where `JSON.parse` would
 * keep the last value and drop the first without a word.
 */
export function parseJsonStrict(text: string): StrictJsonResult {
  const body = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    return { ok: false, message: e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e) };
  }
  if (typeof value === 'object' && value !== null) {
    const dup = findDuplicateJsonKey(body);
    if (dup) {
      const at = lineColumn(body, dup.offset);
      const firstLine = lineColumn(body, dup.first).line;
      const key = JSON.stringify(dup.key.length > 60 ? `${dup.key.slice(0, 59)}…` : dup.key);
      return {
        ok: false,
        duplicate: { key, line: at.line, column: at.column, firstLine },
        message: `duplicate key ${key} at line ${at.line}, column ${at.column} (first at line ${firstLine})`,
      };
    }
  }
  return { ok: true, value };
}
