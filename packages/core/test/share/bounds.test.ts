/** Share links (issue 17): one DEFLATE stream and nothing after it, a design object, a bounded design; `link` makes only links that open. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../../src/examples';
import { parseDesign } from '../../src/model/parse';
import { serializeDesign } from '../../src/model/serialize';
import { MAX_DESIGN_BYTES, type Design } from '../../src/model/types';
import { ShareLinkError } from '../../src/share/errors';
import { decodeShareLink, encodeShareLink, MAX_SHARE_INFLATED_BYTES, MAX_SHARE_PAYLOAD_CHARS } from '../../src/share/link';

const BASE = 'https://stackcanvas.example/';

/** A link made with Node's zlib, independent of the codec under test. */
const linkOf = (bytes: Buffer) => `${BASE}#d=1.${bytes.toString('base64url')}`;
const deflated = (text: string) => deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 });

function refused(url: string): ShareLinkError {
  const r = decodeShareLink(url);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

function design(value: unknown): Design {
  const r = parseDesign(value);
  if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
  return r.design;
}

const small = JSON.stringify({ format: 'stackcanvas.design', version: 2, name: 's', nodes: [{ id: 'a', kind: 's3' }] });

describe('what a link holds', () => {
  it('opens one complete stream', () => {
    expect(decodeShareLink(linkOf(deflated(small))).ok).toBe(true);
  });

  it('refuses bytes after the end of the DEFLATE stream (one byte, or a whole second design)', () => {
    for (const extra of [Buffer.from([0]), Buffer.from('junk'), deflated(small)]) {
      const e = refused(linkOf(Buffer.concat([deflated(small), extra])));
      expect(e.code).toBe('trailing-data');
      expect(e.message).toMatch(/more data follows the end of its compressed design/);
      expect(e.messageIn('ko')).toMatch(/데이터가 더 있습니다/);
    }
  });

  it('refuses double-encoded JSON (a JSON string whose text is a design)', () => {
    const e = refused(linkOf(deflated(JSON.stringify(small))));
    expect(e.code).toBe('double-encoded');
    expect(e.message).toMatch(/encoded twice/);
    // A string that is not JSON is not a design either.
    expect(refused(linkOf(deflated(JSON.stringify('hello')))).code).toBe('invalid-design');
  });

  it('refuses a key repeated in the JSON, and a BOM-prefixed payload still opens', () => {
    const twice = small.replace('"nodes":', '"nodes":[],"nodes":');
    expect(refused(linkOf(deflated(twice))).message).toMatch(/duplicate key "nodes"/);
    expect(decodeShareLink(linkOf(deflated(`\ufeff${small}`))).ok).toBe(true);
  });

  it('refuses a label holding a lone surrogate or a control character, as a design file does', () => {
    const bad = (label: string) => JSON.stringify({ format: 'stackcanvas.design', version: 2, nodes: [{ id: 'a', kind: 's3', label }] });
    expect(refused(linkOf(deflated(bad('x\ud800')))).errors[0]).toMatchObject({ path: '$.nodes[0].label', detail: { code: 'SC-D030' } });
    expect(refused(linkOf(deflated(bad('x\u0007')))).errors[0]).toMatchObject({ path: '$.nodes[0].label', detail: { code: 'SC-D029' } });
  });
});

describe('bounded output', () => {
  it('refuses a 64 KB link of 17,735 components (it froze the app for 34 s), naming the limit', () => {
    const nodes = Array.from({ length: 17_735 }, (_, i) => ({ id: `n${i}`, kind: 'asg' }));
    const payload = deflated(JSON.stringify({ format: 'stackcanvas.design', version: 2, nodes }));
    expect(payload.toString('base64url').length).toBeLessThanOrEqual(MAX_SHARE_PAYLOAD_CHARS);
    const e = refused(linkOf(payload));
    expect(e.code).toBe('invalid-design');
    expect(e.message).toBe('the shared design is not valid: $.nodes: the design has 17,735 components; the limit is 10,000');
  });

  it('refuses a small link that would print a design file of tens of megabytes (unlink printed 109 MB from 2.5 KB)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 55; i++) deep = [deep];
    const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: `n${i}`, kind: 'cfn-resource', props: { type: 'AWS::S3::Bucket', properties: { A: deep } } }));
    const payload = deflated(JSON.stringify({ format: 'stackcanvas.design', version: 2, nodes }));
    expect(payload.length).toBeLessThan(40_000);
    const e = refused(linkOf(payload));
    expect(e.code).toBe('design-limit');
    expect(e.message).toBe('the share link opens to a design file over the limit of 5.0 MB (every default filled in); it was refused');
  });

  it('a design that opens is one a design file holds', () => {
    const r = decodeShareLink(encodeShareLink(REFERENCE_DESIGN, BASE));
    expect(r.ok).toBe(true);
    if (r.ok) expect(Buffer.byteLength(serializeDesign(r.design))).toBeLessThanOrEqual(MAX_DESIGN_BYTES);
  });
});

describe('link makes only links that unlink opens', () => {
  it('refuses a design whose JSON passes the 2 MB inflated limit although it compresses under 64 KB', () => {
    const label = 'L'.repeat(200);
    const d = design({
      format: 'stackcanvas.design',
      version: 2,
      nodes: Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, kind: 's3', label, position: { x: 0, y: 0 } })),
    });
    // Before: the payload was under 64 KB, so the link was printed, and opening it was refused.
    const json = JSON.stringify({
      format: 'stackcanvas.design',
      version: 2,
      name: d.name,
      nodes: d.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, position: n.position })),
    });
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_SHARE_INFLATED_BYTES);
    expect(deflated(json).toString('base64url').length).toBeLessThan(MAX_SHARE_PAYLOAD_CHARS);
    let error: unknown;
    try {
      encodeShareLink(d, BASE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShareLinkError);
    expect((error as ShareLinkError).code).toBe('design-too-large');
    expect((error as ShareLinkError).message).toMatch(/^this design is 2\.\d MB of JSON; a link may unpack to at most 2 MB/);
  });

  it('every link it makes opens to the same design, up to the limits', () => {
    for (const count of [1, 50, 500, 3000]) {
      const d = design({
        format: 'stackcanvas.design',
        version: 2,
        nodes: Array.from({ length: count }, (_, i) => ({
          id: `n${i}`,
          kind: i % 2 ? 'asg' : 'rds',
          label: `구성 요소 ${i} 🚀`,
          position: { x: i, y: 2 * i },
        })),
      });
      let url: string;
      try {
        url = encodeShareLink(d, BASE);
      } catch (e) {
        expect(e).toBeInstanceOf(ShareLinkError); // refused when made, never when opened
        continue;
      }
      const r = decodeShareLink(url);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.design).toEqual(d);
    }
  });
});
