/**
 * Share links: `<base>#d=1.<payload>`, where `1` is the link format version and the payload is
 * the base64url (no padding) of the raw DEFLATE (RFC 1951) of the design's canonical UTF-8 JSON.
 *
 * Decoding is built for links made by strangers: the payload length is checked before anything
 * is decoded, inflating runs in small steps and stops as soon as the output passes the limit (a
 * "zip bomb" costs at most about one step over the limit), and the JSON then goes through
 * migrate → `parseDesign` (which refuses unknown fields, forbidden keys such as `__proto__`,
 * deep nesting) → normalize. `decodeShareLink` never throws; every refusal is a `ShareLinkError`.
 */
import { deflateSync, Inflate, inflateSync } from 'fflate';
import { designError, parseDesign, parseJsonText, summarizeErrors } from '../model/parse';
import { decodeUtf8 } from '../model/text';
import { MAX_DESIGN_BYTES, type Design } from '../model/types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { canonicalDesignJson, normalizeSharedDesign } from './canonical';
import { shareErrors, ShareLinkError } from './errors';
import { migrate } from './migrate';

/** The link format version written by this Stackcanvas (the `1` of `#d=1.`). */
export const SHARE_LINK_VERSION = 1;
/** Longest payload accepted, in base64url characters (64 KB); longer ones are refused unread. */
export const MAX_SHARE_PAYLOAD_CHARS = 64 * 1024;
/** Most bytes a payload may inflate to (2 MB); inflating stops as soon as this is passed. */
export const MAX_SHARE_INFLATED_BYTES = 2 * 1024 * 1024;
/**
 * Compressed bytes handed to the inflater per step near the limit. DEFLATE expands at most
 * ~1032:1 (`MAX_DEFLATE_RATIO`), so one step produces at most ~260 KB: the memory a hostile
 * payload can make us use stays near the limit. Far from the limit a step may be larger, as long
 * as even its worst case stays under the limit (`inflateOnce`): fewer steps, same bound.
 */
const INFLATE_STEP_BYTES = 256;
/** DEFLATE's largest expansion: a 258-byte match in 2 bits, i.e. 1032 output bytes per input byte. */
const MAX_DEFLATE_RATIO = 1032;

export type ShareDecodeResult = { readonly ok: true; readonly design: Design } | { readonly ok: false; readonly error: ShareLinkError };

/** The share payload of a design: base64url of the raw DEFLATE of its canonical JSON. */
export function encodeSharePayload(design: Design, options: { readonly baselines?: boolean } = {}): string {
  const bytes = new TextEncoder().encode(canonicalDesignJson(design, options));
  if (bytes.length > MAX_SHARE_INFLATED_BYTES) throw shareErrors.designTooLargeInflated(bytes.length, MAX_SHARE_INFLATED_BYTES);
  return encodeBase64url(deflateSync(bytes, { level: 9 }));
}

/** The payload, or undefined when the design's JSON is over the inflated limit (for the retry without baselines). */
function tryPayload(design: Design, options: { readonly baselines?: boolean } = {}): string | ShareLinkError {
  try {
    return encodeSharePayload(design, options);
  } catch (e) {
    if (e instanceof ShareLinkError) return e;
    throw e;
  }
}

/**
 * The share URL of a design: `base` (any fragment dropped) + `#d=1.` + payload.
 * Throws a `ShareLinkError` when the link would be refused on opening: the encoder runs every
 * check the decoder runs (the payload length, the inflated size, the design's own limits), by
 * decoding what it made, so `link` never prints a link `unlink` refuses.
 * @example encodeShareLink(design, 'https://stackcanvas.example/') // 'https://stackcanvas.example/#d=1.q1Y…'
 */
export function encodeShareLink(design: Design, base: string): string {
  let payload = tryPayload(design);
  // Deployed baselines travel along only when they fit: the design itself matters more.
  const tooBig = (p: string | ShareLinkError) => typeof p !== 'string' || p.length > MAX_SHARE_PAYLOAD_CHARS;
  if (tooBig(payload) && design.baselines) payload = tryPayload(design, { baselines: false });
  if (typeof payload !== 'string') throw payload;
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) throw shareErrors.designTooLarge(payload.length, MAX_SHARE_PAYLOAD_CHARS);
  const check = decodeSharePayload(payload);
  if (!check.ok) throw check.error;
  const hash = base.indexOf('#');
  return `${hash >= 0 ? base.slice(0, hash) : base}#d=${SHARE_LINK_VERSION}.${payload}`;
}

/**
 * The `d` parameter of a URL's fragment, a bare fragment (`#d=…`) or `d=…`; null when absent.
 * Only scans for delimiters, so a huge input costs one pass and no copies beyond the value.
 */
function findLinkParam(input: string): string | null {
  const text = input.trim();
  const hash = text.indexOf('#');
  let start = hash >= 0 ? hash + 1 : text.startsWith('d=') ? 0 : -1;
  if (start < 0) return null;
  // Fragment parameters separated by "&"; the design is the one named "d".
  while (start <= text.length) {
    const end = text.indexOf('&', start);
    const stop = end < 0 ? text.length : end;
    if (text.startsWith('d=', start)) return text.slice(start + 2, stop);
    if (end < 0) return null;
    start = end + 1;
  }
  return null;
}

/** Whether `input` (a URL, `#d=…` or `d=…`) carries a share link at all, valid or not. */
export function hasShareLink(input: string): boolean {
  return typeof input === 'string' && findLinkParam(input) !== null;
}

/** The inflated bytes, or the refusal with how many bytes were produced before inflating stopped. */
export type Inflated = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: ShareLinkError; readonly produced: number };

/**
 * Inflates raw DEFLATE data, stopping as soon as the output passes `limit` bytes. The data must
 * be exactly one stream: bytes after its end are refused (`trailing-data`).
 */
export function inflateLimited(data: Uint8Array, limit = MAX_SHARE_INFLATED_BYTES): Inflated {
  const first = inflateOnce(data, limit);
  if (!first.ok || data.length < 2) return first;
  // The stream ends in its last byte exactly when it does not already end one byte earlier: a
  // complete stream without the last byte means that byte (at least) follows the stream. That
  // shorter stream decodes as a prefix of the same bits, so it can produce no more than `first`
  // did (within the limit): it is inflated in one go, into a buffer of that size.
  if (!endsBefore(data.subarray(0, data.length - 1), first.bytes.length)) return first;
  return { ok: false, error: shareErrors.trailingData(), produced: first.bytes.length };
}

/** Whether `data` holds a complete DEFLATE stream of exactly `length` bytes of output. */
function endsBefore(data: Uint8Array, length: number): boolean {
  try {
    return inflateSync(data, { out: new Uint8Array(length) }).length === length;
  } catch {
    return false; // the stream runs past the end of `data`
  }
}

function inflateOnce(data: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (over) return;
    total += chunk.length;
    if (total > limit) {
      over = true;
      chunks.length = 0;
      return;
    }
    chunks.push(chunk);
    if (final) finished = true;
  });
  if (data.length === 0) return { ok: false, error: shareErrors.badDeflate(), produced: 0 };
  try {
    for (let i = 0; i < data.length && !over;) {
      // As many bytes as cannot take the output past the limit, and never fewer than a step.
      const step = Math.max(INFLATE_STEP_BYTES, Math.floor((limit - total) / MAX_DEFLATE_RATIO));
      const end = Math.min(i + step, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
      i = end;
    }
  } catch {
    if (!over) return { ok: false, error: shareErrors.badDeflate(), produced: total };
  }
  if (over) return { ok: false, error: shareErrors.inflateLimit(limit), produced: total };
  if (!finished) return { ok: false, error: shareErrors.badDeflate(), produced: total };
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return { ok: true, bytes: out };
}

function base64Detail(problem: ReturnType<typeof decodeBase64url> & { ok: false }): string {
  const p = problem.problem;
  switch (p.reason) {
    case 'character':
      return `character ${JSON.stringify(p.char)} at position ${p.index + 1} is not allowed in a link`;
    case 'length':
      return `its data has an impossible length (${p.length} characters)`;
    case 'trailing-bits':
      return 'its last character is wrong';
  }
}

/** Decodes a share payload (the part after `#d=1.`) into a normalized design. Never throws. */
export function decodeSharePayload(payload: string): ShareDecodeResult {
  if (payload.length > MAX_SHARE_PAYLOAD_CHARS) return { ok: false, error: shareErrors.tooLarge(payload.length, MAX_SHARE_PAYLOAD_CHARS) };
  const decoded = decodeBase64url(payload);
  if (!decoded.ok) return { ok: false, error: shareErrors.badBase64(base64Detail(decoded)) };
  const inflated = inflateLimited(decoded.bytes);
  if (!inflated.ok) return { ok: false, error: inflated.error };
  const text = decodeUtf8(inflated.bytes);
  if (!text.ok) return { ok: false, error: shareErrors.badJson(`its text is not UTF-8 (invalid byte at offset ${text.offset})`) };
  const json = parseJsonText(text.text, 'shared design');
  if (!json.ok) return { ok: false, error: shareErrors.badJson(summarizeErrors(json.errors)) };
  if (typeof json.value === 'string' && parseJsonText(json.value).ok) return { ok: false, error: shareErrors.doubleEncoded() };
  return decodeDesignDocument(json.value);
}

/**
 * migrate → validate (`parseDesign`) → normalize: how any stored or shared document is read. The
 * document is a value (an object), never JSON text: a string is refused, not parsed a second time.
 */
export function decodeDesignDocument(raw: unknown): ShareDecodeResult {
  if (typeof raw === 'string') {
    if (parseJsonText(raw).ok) return { ok: false, error: shareErrors.doubleEncoded() };
    const errors = [designError('$', 'SC-D008')];
    return { ok: false, error: shareErrors.invalidDesign(summarizeErrors(errors), errors) };
  }
  const parsed = parseDesign(migrate(raw));
  if (!parsed.ok) {
    const [first] = parsed.errors;
    // Bounded output: a link never opens a design that a design file could not hold.
    if (first?.detail.code === 'SC-D032') {
      return { ok: false, error: shareErrors.designLimit(MAX_DESIGN_BYTES) };
    }
    return { ok: false, error: shareErrors.invalidDesign(summarizeErrors(parsed.errors), parsed.errors) };
  }
  return { ok: true, design: normalizeSharedDesign(parsed.design) };
}

/**
 * The design a share URL (or its fragment `#d=…`, or `d=…`) carries. Never throws: a refusal
 * comes back as `{ ok: false, error }` with a `ShareLinkError` saying what is wrong.
 */
export function decodeShareLink(input: string): ShareDecodeResult {
  try {
    if (typeof input !== 'string') return { ok: false, error: shareErrors.noLink() };
    const param = findLinkParam(input);
    if (param === null) return { ok: false, error: shareErrors.noLink() };
    const dot = param.indexOf('.');
    const version = dot >= 0 ? param.slice(0, dot) : '';
    if (!/^[1-9][0-9]{0,8}$/.test(version)) return { ok: false, error: shareErrors.malformed() };
    if (Number(version) > SHARE_LINK_VERSION) return { ok: false, error: shareErrors.newerVersion(version, SHARE_LINK_VERSION) };
    if (Number(version) !== SHARE_LINK_VERSION) return { ok: false, error: shareErrors.malformed() };
    return decodeSharePayload(param.slice(dot + 1));
  } catch (e) {
    // Defensive: every known failure is handled above; anything else still becomes the typed error.
    if (e instanceof ShareLinkError) return { ok: false, error: e };
    return { ok: false, error: shareErrors.badJson(e instanceof Error ? e.message : 'unreadable data') };
  }
}
