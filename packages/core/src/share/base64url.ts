/**
 * base64url without padding (RFC 4648 §5), strict: only `A-Z a-z 0-9 - _`, no `=`, no
 * whitespace, and the unused low bits of the last character must be zero. Strictness makes the
 * text form of a byte string unique, so a link decodes to exactly one payload.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Why a text is not strict base64url, or null when it is. */
export type Base64Problem =
  | { readonly reason: 'character'; readonly index: number; readonly char: string }
  | { readonly reason: 'length'; readonly length: number }
  | { readonly reason: 'trailing-bits' };

/** Decodes strict unpadded base64url; returns the bytes or the first problem found. */
export function decodeBase64url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: Base64Problem } {
  const len = text.length;
  if (len % 4 === 1) return { ok: false, problem: { reason: 'length', length: len } };
  const values = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) return { ok: false, problem: { reason: 'character', index: i, char: text.charAt(i) } };
    values[i] = v;
  }
  const full = Math.floor(len / 4);
  const rest = len % 4;
  const bytes = new Uint8Array(full * 3 + (rest === 0 ? 0 : rest - 1));
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6) | values[i + 3]!;
    bytes[o++] = (n >> 16) & 255;
    bytes[o++] = (n >> 8) & 255;
    bytes[o++] = n & 255;
  }
  if (rest === 2) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12);
    if (n & 0xffff) return { ok: false, problem: { reason: 'trailing-bits' } };
    bytes[o] = (n >> 16) & 255;
  } else if (rest === 3) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6);
    if (n & 0xff) return { ok: false, problem: { reason: 'trailing-bits' } };
    bytes[o] = (n >> 16) & 255;
    bytes[o + 1] = (n >> 8) & 255;
  }
  return { ok: true, bytes };
}
