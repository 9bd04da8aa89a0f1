import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  MAX_SHARE_INFLATED_BYTES,
  MAX_SHARE_PAYLOAD_CHARS,
  REFERENCE_DESIGN,
  ShareLinkError,
  decodeShareLink,
  encodeShareLink,
  hasShareLink,
  inflateLimited,
  normalizeSharedDesign,
  parseDesign,
  type Design,
} from '@stackcanvas/core';

const BASE = 'https://stackcanvas.example/app/';

/** A link built with Node's zlib and Buffer (independent of the codec under test). */
function linkOf(json: string | Uint8Array, version = '1'): string {
  const bytes = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  return `${BASE}#d=${version}.${deflateRawSync(bytes, { level: 9 }).toString('base64url')}`;
}

function refused(input: string): ShareLinkError {
  const r = decodeShareLink(input);
  if (r.ok) throw new Error('expected the link to be refused');
  expect(r.error).toBeInstanceOf(ShareLinkError);
  return r.error;
}

function design(json: unknown): Design {
  const r = parseDesign(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

describe('share link format', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.design] as const))('%s: <base>#d=1.<base64url of raw DEFLATE of the design JSON>', (_id, d) => {
    const url = encodeShareLink(d, BASE);
    const m = /^(.*)#d=1\.([A-Za-z0-9_-]+)$/.exec(url);
    expect(m?.[1]).toBe(BASE);
    // Decode with Node's zlib: the payload is standard raw DEFLATE of UTF-8 JSON, no padding.
    const json = JSON.parse(inflateRawSync(Buffer.from(m![2]!, 'base64url')).toString('utf8')) as Record<string, unknown>;
    expect(json['format']).toBe('stackcanvas.design');
    expect(json['version']).toBe(2);
    expect(url.slice(url.indexOf('#d=') + 3)).not.toContain('=');
    // The JSON is itself a valid design document that parses to the same design.
    expect(design(json)).toEqual(d);
  });

  it('the canonical JSON leaves defaults out, keeps what differs, rounds positions and sorts prop keys', () => {
    const d = design({
      format: 'stackcanvas.design',
      version: 1,
      name: 'c',
      nodes: [
        { id: 'alb', kind: 'alb', position: { x: 10.4, y: -0.2 }, props: { stickiness: false, internetFacing: false } },
        { id: 'ec', kind: 'elasticache', label: 'Sessions', position: { x: 99.5, y: 3 }, props: { replicas: 2, engine: 'valkey', purpose: 'sessions' } },
      ],
      edges: [{ id: 'e1', source: 'alb', target: 'ec' }],
    });
    const url = encodeShareLink(d, BASE);
    const json = JSON.parse(inflateRawSync(Buffer.from(url.split('#d=1.')[1]!, 'base64url')).toString('utf8')) as unknown;
    expect(json).toEqual({
      format: 'stackcanvas.design',
      version: 2,
      name: 'c',
      nodes: [
        { id: 'alb', kind: 'alb', position: { x: 10, y: 0 }, props: { internetFacing: false } },
        { id: 'ec', kind: 'elasticache', label: 'Sessions', position: { x: 100, y: 3 }, props: { engine: 'valkey', purpose: 'sessions', replicas: 2 } },
      ],
      edges: [{ id: 'e1', source: 'alb', target: 'ec' }],
    });
    const text = inflateRawSync(Buffer.from(url.split('#d=1.')[1]!, 'base64url')).toString('utf8');
    expect(text.indexOf('"engine"')).toBeLessThan(text.indexOf('"purpose"'));
    expect(text.indexOf('"purpose"')).toBeLessThan(text.indexOf('"replicas"'));
  });

  it('replaces any fragment of the base', () => {
    expect(encodeShareLink(REFERENCE_DESIGN, 'http://x/#d=1.old')).toMatch(/^http:\/\/x\/#d=1\.[A-Za-z0-9_-]+$/);
  });

  it('is deterministic: the same design always gives the same link', () => {
    const copy = JSON.parse(JSON.stringify(REFERENCE_DESIGN)) as Design;
    expect(encodeShareLink(copy, BASE)).toBe(encodeShareLink(REFERENCE_DESIGN, BASE));
  });

  it('a design too large for a link that would open is refused when the link is made', () => {
    // Incompressible data (120,000 random hex digits: 60 KB of entropy) in an imported resource's properties.
    const noise = randomBytes(60_000).toString('hex');
    const d = design({
      format: 'stackcanvas.design',
      version: 1,
      nodes: [{ id: 'r', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', properties: { Noise: noise } } }],
    });
    let error: unknown;
    try {
      encodeShareLink(d, BASE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShareLinkError);
    expect((error as ShareLinkError).code).toBe('design-too-large');
    expect((error as ShareLinkError).message).toMatch(/links are limited to 64 KB. Share the design file instead/);
  });

  it('the reference architecture link is at most 1,500 characters', () => {
    const url = encodeShareLink(REFERENCE_DESIGN, 'http://localhost:5173/');
    console.log(`reference architecture link: ${url.length} characters (payload ${url.length - 'http://localhost:5173/#d=1.'.length})`);
    expect(url.length).toBeLessThanOrEqual(1500);
  });
});

describe('round trips', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.design] as const))('%s: unlink(link(d)) equals d', (_id, d) => {
    const r = decodeShareLink(encodeShareLink(d, BASE));
    expect(r.ok && r.design).toEqual(d);
  });

  it('positions are rounded to whole pixels (the normalized design), everything else is exact', () => {
    const d = design({
      format: 'stackcanvas.design',
      version: 1,
      name: '한국어 설계 ✓',
      nodes: [
        {
          id: 'r',
          kind: 'cfn-resource',
          label: 'Topic "x" \u2028',
          position: { x: 1.5, y: -2.5 },
          props: { type: 'AWS::SNS::Topic', properties: { B: 1, A: [true, null, 'é'] } },
        },
      ],
      extras: { Outputs: { X: { Value: 'y' } }, Parameters: {} },
    });
    const r = decodeShareLink(encodeShareLink(d, BASE));
    expect(r.ok && r.design).toEqual(normalizeSharedDesign(d));
    expect(r.ok && r.design.nodes[0]!.position).toEqual({ x: 2, y: -2 });
    expect(r.ok && Object.keys(r.design.nodes[0]!.props['properties'] as object)).toEqual(['B', 'A']);
  });

  it('accepts the whole URL, the fragment and the bare parameter, with other fragment parameters around', () => {
    const url = encodeShareLink(REFERENCE_DESIGN, BASE);
    const param = url.slice(url.indexOf('#') + 1);
    for (const input of [url, `#${param}`, param, `  ${url}\n`, `${BASE}#view=1&${param}&x=2`]) {
      const r = decodeShareLink(input);
      expect(r.ok && r.design).toEqual(REFERENCE_DESIGN);
    }
    expect(hasShareLink(url)).toBe(true);
    expect(hasShareLink('http://x/#other=1')).toBe(false);
  });
});

describe('hostile and damaged links are refused with a clear message', () => {
  it('no link at all', () => {
    expect(refused('https://stackcanvas.example/').code).toBe('no-link');
    expect(refused('#view=2').code).toBe('no-link');
  });

  it('a newer link format says it was made by a newer Stackcanvas', () => {
    const e = refused(`${BASE}#d=2.${'A'.repeat(10)}`);
    expect(e.code).toBe('newer-version');
    expect(e.message).toMatch(/made by a newer Stackcanvas/);
    expect(e.messageIn('ko')).toMatch(/더 새로운 Stackcanvas/);
  });

  it.each(['#d=', '#d=1', '#d=x.abc', '#d=01.abc', '#d=0.abc', '#d=.abc', '#d=-1.abc'])('malformed %s', (hash) => {
    expect(refused(hash).code).toBe('malformed');
  });

  it('a payload over 64 KB is refused before it is decoded', () => {
    const payload = 'A'.repeat(MAX_SHARE_PAYLOAD_CHARS + 1);
    const t0 = performance.now();
    const e = refused(`#d=1.${payload}`);
    const ms = performance.now() - t0;
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/65 KB; the limit is 64 KB/);
    // A 10 MB link costs one scan, no decoding.
    const t1 = performance.now();
    expect(refused(`#d=1.${'!'.repeat(10 * 1024 * 1024)}`).code).toBe('too-large');
    console.log(`too-large refusal: 64 KB + 1 in ${ms.toFixed(2)} ms, 10 MB in ${(performance.now() - t1).toFixed(2)} ms`);
  });

  it.each([
    ['a character outside base64url', '#d=1.abc+def', /character "\+" at position 4/],
    ['padding', '#d=1.abcdef==', /character "=" at position 7/],
    ['an impossible length', '#d=1.abcde', /impossible length \(5 characters\)/],
    ['non-zero trailing bits', '#d=1.AB', /last character is wrong/],
    ['non-ASCII', '#d=1.ab한c', /character "한"/],
  ])('bad base64: %s', (_what, hash, message) => {
    const e = refused(hash);
    expect(e.code).toBe('bad-base64');
    expect(e.message).toMatch(message);
  });

  it('data that is not raw DEFLATE, truncated or empty', () => {
    const json = JSON.stringify(REFERENCE_DESIGN);
    expect(refused(`#d=1.${deflateSync(Buffer.from(json)).toString('base64url')}`).code).toBe('bad-deflate'); // zlib header
    const good = encodeShareLink(REFERENCE_DESIGN, BASE);
    // Cut whole 4-character groups off the payload, so the base64 stays valid and only DEFLATE is damaged.
    const payload = good.slice(good.indexOf('#d=1.') + 5);
    const truncated = payload.slice(0, payload.length - (payload.length % 4) - 40);
    expect(refused(`#d=1.${truncated}`).code).toBe('bad-deflate');
    expect(refused('#d=1.').code).toBe('bad-deflate');
  });

  it('a zip bomb is refused and inflating stops at the 2 MB limit', () => {
    // 45 MB of spaces compress to ~44 KB: under the payload limit.
    const bomb = deflateRawSync(Buffer.alloc(45 * 1024 * 1024, 0x20), { level: 9 });
    const payload = bomb.toString('base64url');
    expect(payload.length).toBeLessThanOrEqual(MAX_SHARE_PAYLOAD_CHARS);
    const t0 = performance.now();
    const e = refused(`#d=1.${payload}`);
    const ms = performance.now() - t0;
    expect(e.code).toBe('inflate-limit');
    expect(e.message).toMatch(/more than 2 MB/);
    // How far it went: never more than one small step past the limit.
    const r = inflateLimited(new Uint8Array(bomb));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.produced).toBeGreaterThan(MAX_SHARE_INFLATED_BYTES);
    expect(!r.ok && r.produced).toBeLessThan(MAX_SHARE_INFLATED_BYTES + 300 * 1024);
    console.log(`zip bomb (payload ${payload.length} chars, 45 MB inflated): refused in ${ms.toFixed(1)} ms after ${!r.ok && r.produced} bytes`);
  });

  it('exactly 2 MB inflates; one byte more is refused', () => {
    const limit = MAX_SHARE_INFLATED_BYTES;
    expect(inflateLimited(new Uint8Array(deflateRawSync(Buffer.alloc(limit, 0x20)))).ok).toBe(true);
    expect(inflateLimited(new Uint8Array(deflateRawSync(Buffer.alloc(limit + 1, 0x20)))).ok).toBe(false);
  });

  it('bytes that are not UTF-8, or text that is not JSON', () => {
    expect(refused(linkOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).code).toBe('bad-json');
    const e = refused(linkOf('{"format": "stackcanvas.design", '));
    expect(e.code).toBe('bad-json');
    expect(e.message).toMatch(/malformed JSON/);
  });

  it('a document that fails the schema gives the parseDesign error summary', () => {
    const e = refused(linkOf(JSON.stringify({ format: 'stackcanvas.design', version: 1, nodes: [{ id: 'q', kind: 'sqs' }] })));
    expect(e.code).toBe('invalid-design');
    expect(e.message).toMatch(/\$\.nodes\[0\]\.kind: unknown kind "sqs"/);
    expect(e.errors[0]?.path).toBe('$.nodes[0].kind');
    const newer = refused(linkOf(JSON.stringify({ format: 'stackcanvas.design', version: 7, nodes: [] })));
    expect(newer.message).toMatch(/version 7, made by a newer Stackcanvas/);
    expect(refused(linkOf('[1,2,3]')).code).toBe('invalid-design');
    expect(refused(linkOf('"just text"')).code).toBe('invalid-design');
  });

  it('prototype-polluting keys are refused and change nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const texts = [
      '{"format":"stackcanvas.design","version":1,"nodes":[],"__proto__":{"polluted":true}}',
      '{"format":"stackcanvas.design","version":1,"nodes":[{"id":"a","kind":"s3","props":{"__proto__":{"polluted":true}}}]}',
      '{"format":"stackcanvas.design","version":1,"nodes":[],"extras":{"Outputs":{"constructor":{"prototype":{"polluted":true}}}}}',
    ];
    for (const text of texts) {
      const e = refused(linkOf(text));
      expect(e.code).toBe('invalid-design');
      expect(e.message).toMatch(/the key "(__proto__|constructor)" is not allowed/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('a message quoting hostile content stays one short line', () => {
    const e = refused(linkOf(JSON.stringify({ format: 'stackcanvas.design', version: 1, nodes: [], [`k${'x'.repeat(1_000_000)}\nline2`]: 1 })));
    expect(e.code).toBe('invalid-design');
    expect(e.message).toMatch(/^the shared design is not valid: \$: unknown field "kx+…$/);
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).not.toContain('\n');
  });

  it('absurd nesting (1 MB of "[") is refused without a stack overflow', () => {
    const e = refused(linkOf('['.repeat(1024 * 1024)));
    expect(['bad-json', 'invalid-design']).toContain(e.code);
    const deep = refused(linkOf(`{"format":"stackcanvas.design","version":1,"nodes":[],"extras":{"A":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`));
    expect(deep.code).toBe('invalid-design');
    expect(deep.message).toMatch(/nested deeper than 64 levels/);
  });
});
