/**
 * The checks of a design document that need no schema: JSON text with the size limit, and keys or
 * strings that must never be taken in (`__proto__`, too deep, lone surrogates). Kept apart from
 * `parse.ts` so that a caller of these (the inspector's fields) does not load the schema (zod).
 */
import { coreMessage, renderMessage, type MessageCode, type MessageParam } from '../errors/catalogue';
import { formatMegabytes, utf8SizeOver } from './size';
import { formatCodeUnit, hasLoneSurrogate, loneSurrogateIndex, parseJsonStrict } from './text';
import { MAX_DESIGN_BYTES, type DesignError } from './types';

/** A design error from the catalogue: where, the English line, and the entry itself. */
export function designError(path: string, code: MessageCode, params: Readonly<Record<string, MessageParam>> = {}): DesignError {
  const detail = coreMessage(code, params);
  return { path, message: renderMessage(detail, 'en'), detail };
}

/** Keys that could reach an object prototype if the data were ever merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted anywhere in a document. */
export const MAX_DEPTH = 64;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * Parses JSON text with the size limit; errors name the problem. A leading BOM is accepted; a key
 * repeated within one object is refused with its line and column (`JSON.parse` would keep the last).
 */
export function parseJsonText(text: string, what = 'design'): { ok: true; value: unknown } | { ok: false; errors: DesignError[] } {
  const bytes = utf8SizeOver(text, MAX_DESIGN_BYTES);
  if (bytes !== undefined) {
    return {
      ok: false,
      errors: [designError('$', 'SC-D001', { what, size: formatMegabytes(bytes), limit: formatMegabytes(MAX_DESIGN_BYTES) })],
    };
  }
  const json = parseJsonStrict(text);
  if (json.ok) return json;
  if (json.duplicate) {
    const { key, line, column, firstLine } = json.duplicate;
    return { ok: false, errors: [designError('$', 'SC-D026', { key, line, column, first: firstLine })] };
  }
  return { ok: false, errors: [designError('$', 'SC-D002', { detail: json.message })] };
}

/** The error for a string that UTF-8 cannot carry (a lone surrogate), at `path`. */
export function loneSurrogateError(path: string, s: string): DesignError {
  const i = loneSurrogateIndex(s);
  return designError(path, 'SC-D030', { char: formatCodeUnit(s.charCodeAt(i)), position: i + 1 });
}

/**
 * Finds keys such as `__proto__`, nesting deeper than `MAX_DEPTH`, and keys or strings holding a
 * lone surrogate (text UTF-8 cannot carry: an export would write a replacement character or a
 * template no parser reads), anywhere in `value`.
 */
export function findUnsafeKeys(value: unknown, path: PropertyKey[] = [], errors: DesignError[] = []): DesignError[] {
  if (errors.length >= 20) return errors;
  if (typeof value === 'string') {
    if (hasLoneSurrogate(value)) errors.push(loneSurrogateError(formatPath(path), value));
    return errors;
  }
  if (path.length > MAX_DEPTH) {
    errors.push(designError(formatPath(path), 'SC-D003', { max: MAX_DEPTH }));
    return errors;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => findUnsafeKeys(item, [...path, i], errors));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(designError(formatPath([...path, key]), 'SC-D004', { key }));
        continue;
      }
      if (hasLoneSurrogate(key)) {
        errors.push(loneSurrogateError(formatPath(path), key));
        continue;
      }
      findUnsafeKeys((value as Record<string, unknown>)[key], [...path, key], errors);
    }
  }
  return errors;
}
