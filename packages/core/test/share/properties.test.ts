/**
 * Property-based tests (fast-check): random designs round-trip exactly; random and mutated links
 * never make the decoder throw, never return anything but a design or a ShareLinkError, and
 * never change Object.prototype.
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REFERENCE_DESIGN,
  ShareLinkError,
  decodeBase64url,
  decodeShareLink,
  encodeBase64url,
  encodeShareLink,
  normalizeSharedDesign,
  parseDesign,
  type Design,
} from '@stackcanvas/core';
import { designArb, rawDesignArb } from './arbitraries';

const BASE = 'http://localhost:5173/';
const RUNS = Number(process.env['FC_RUNS'] ?? 300);
/** Generous per-test time: the shared CI machine can be slow, and FC_RUNS may be raised. */
const TIMEOUT = Math.max(120_000, RUNS * 400);

let protoBefore: string[];
beforeAll(() => {
  protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
});
afterAll(() => {
  // No decoded link ever added anything to Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

/** The decoder's contract on any input: a valid design or a typed error, never a throw. */
function checkDecoder(input: string): void {
  let result: ReturnType<typeof decodeShareLink>;
  try {
    result = decodeShareLink(input);
  } catch (e) {
    throw new Error(`decodeShareLink threw ${String(e)}`, { cause: e });
  }
  if (result.ok) {
    // Whatever it accepts is a valid design that parses again to itself.
    const again = parseDesign(JSON.parse(JSON.stringify(result.design)));
    expect(again.ok && again.design).toEqual(result.design);
  } else {
    expect(result.error).toBeInstanceOf(ShareLinkError);
    expect(result.error.message.length).toBeGreaterThan(10);
    expect(result.error.messageIn('ko').length).toBeGreaterThan(5);
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

function payloadOf(design: Design): Uint8Array {
  const url = encodeShareLink(design, BASE);
  return new Uint8Array(Buffer.from(url.slice(url.indexOf('#d=1.') + 5), 'base64url'));
}

describe('round trips (random designs)', () => {
  it(
    'unlink(link(d)) equals the normalized d, and linking again gives the same link',
    () => {
      fc.assert(
        fc.property(designArb, (d) => {
          const url = encodeShareLink(d, BASE);
          const r = decodeShareLink(url);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.design).toEqual(normalizeSharedDesign(d));
          expect(encodeShareLink(r.design, BASE)).toBe(url);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'base64url matches Node (an independent implementation) and decodes back',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const text = encodeBase64url(bytes);
          expect(text).toBe(Buffer.from(bytes).toString('base64url'));
          const back = decodeBase64url(text);
          expect(back.ok && Array.from(back.bytes)).toEqual(Array.from(bytes));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('the decoder never throws and never pollutes (random and mutated links)', () => {
  const reference = payloadOf(REFERENCE_DESIGN);

  it(
    'bit flips in the compressed data',
    () => {
      fc.assert(
        fc.property(fc.array(fc.nat({ max: reference.length * 8 - 1 }), { minLength: 1, maxLength: 8 }), (bits) => {
          const bytes = reference.slice();
          for (const b of bits) bytes[b >> 3] = bytes[b >> 3]! ^ (1 << (b & 7));
          checkDecoder(`${BASE}#d=1.${Buffer.from(bytes).toString('base64url')}`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'truncated and extended links',
    () => {
      const url = encodeShareLink(REFERENCE_DESIGN, BASE);
      fc.assert(
        fc.property(fc.nat({ max: url.length }), fc.string({ maxLength: 20 }), (cut, tail) => {
          checkDecoder(url.slice(0, cut));
          checkDecoder(url + tail);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random text after #d=',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.base64String({ maxLength: 400 }), fc.stringMatching(/^[0-9]{0,3}\.[A-Za-z0-9_-]{0,400}$/)),
          (text) => {
            checkDecoder(`#d=${text}`);
            checkDecoder(`#d=1.${text}`);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random bytes deflated into a link',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
          checkDecoder(`#d=1.${deflateRawSync(bytes).toString('base64url')}`);
          checkDecoder(`#d=1.${Buffer.from(bytes).toString('base64url')}`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random JSON (with prototype-polluting keys) deflated into a link',
    () => {
      const key = fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'version', 'nodes', 'edges', 'polluted'),
        fc.string({ maxLength: 8 }),
      );
      const json = fc.letrec<{ value: unknown }>((tie) => ({
        value: fc.oneof(
          { depthSize: 'small' },
          fc.jsonValue({ maxDepth: 2 }),
          fc.dictionary(key, tie('value'), { maxKeys: 4 }),
          fc.array(tie('value'), { maxLength: 4 }),
        ),
      })).value;
      fc.assert(
        fc.property(json, (value) => {
          // JSON text, so "__proto__" is a real key as a stranger would write it.
          const text = JSON.stringify(value) ?? 'null';
          checkDecoder(`#d=1.${deflateRawSync(Buffer.from(text)).toString('base64url')}`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'mutated design documents (random fields replaced, __proto__ inserted) deflated into a link',
    () => {
      const mutation = fc.record({
        path: fc.array(
          fc.oneof(fc.nat({ max: 5 }), fc.constantFrom('nodes', 'edges', 'props', 'position', 'kind', 'id', 'label', 'version', '__proto__', 'extras')),
          { minLength: 1, maxLength: 4 },
        ),
        value: fc.jsonValue({ maxDepth: 2 }),
      });
      fc.assert(
        fc.property(rawDesignArb, mutation, (raw, m) => {
          const text = JSON.stringify(raw);
          const doc = JSON.parse(text) as Record<string, unknown>;
          let target: unknown = doc;
          for (const step of m.path.slice(0, -1)) {
            // Own properties only: walking into `x.__proto__` would reach Object.prototype itself.
            if (target === null || typeof target !== 'object' || !Object.hasOwn(target, step)) {
              target = undefined;
              break;
            }
            target = (target as Record<string | number, unknown>)[step];
          }
          const last = m.path[m.path.length - 1]!;
          let mutated = text;
          if (target !== null && typeof target === 'object') {
            if (last === '__proto__') Object.defineProperty(target, '__proto__', { value: m.value, enumerable: true, configurable: true, writable: true });
            else (target as Record<string | number, unknown>)[last] = m.value;
            mutated = JSON.stringify(doc);
          }
          checkDecoder(`#d=1.${deflateRawSync(Buffer.from(mutated)).toString('base64url')}`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
