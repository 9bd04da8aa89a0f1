/** Text hygiene and bounded output of `parseDesign` (issue 17): every reader of a design goes through it. */
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse';
import { serializeDesign } from './serialize';
import { prettyJsonSize, prettyJsonSizeOver } from './size';
import { MAX_DESIGN_BYTES, MAX_DESIGN_EDGES, MAX_DESIGN_NODES, type DesignError } from './types';

const doc = (nodes: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'stackcanvas.design', version: 2, name: 'h', nodes, ...extra });

function refusal(input: unknown): DesignError {
  const r = parseDesign(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors[0]!;
}

describe('labels and names are visible text', () => {
  it('refuses a lone surrogate in a label, with the path, the code unit and its position', () => {
    const e = refusal(doc([{ id: 'a', kind: 's3', label: 'ok\ud800x' }]));
    expect(e.path).toBe('$.nodes[0].label');
    expect(e.detail).toMatchObject({ code: 'SC-D030', params: { char: 'U+D800', position: 3 } });
    expect(e.message).toBe('holds a lone surrogate (U+D800) at position 3: not valid Unicode text, it cannot be written as UTF-8');
    expect(e.detail.ko).toMatch(/서로게이트/);
  });

  it('refuses a lone surrogate anywhere else too (a prop, a generic resource, a key), since UTF-8 cannot carry it', () => {
    const generic = { id: 'g', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', properties: { TopicName: 'x\udfff' } } };
    expect(refusal(doc([generic])).path).toBe('$.nodes[0].props.properties.TopicName');
    const key = { id: 'g', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', properties: { ['K\ud83d']: 1 } } };
    expect(refusal(doc([key])).detail.code).toBe('SC-D030');
  });

  it('refuses control characters in a label and in the name; keeps every script and emoji', () => {
    for (const c of ['\u0000', '\t', '\n', '\u001b', '\u007f', '\u0085']) {
      const e = refusal(doc([{ id: 'a', kind: 's3', label: `a${c}b` }]));
      expect(e.path).toBe('$.nodes[0].label');
      expect(e.detail).toMatchObject({ code: 'SC-D029', params: { position: 2 } });
    }
    expect(refusal(doc([], { name: 'web\r\ncaching' })).path).toBe('$.name');
    const ok = parseDesign(doc([{ id: 'a', kind: 's3', label: '정적 자산 · أصول ثابتة · 🚀👩‍💻' }]));
    expect(ok.ok).toBe(true);
  });
});

describe('design text', () => {
  const text = JSON.stringify(doc([{ id: 'a', kind: 's3' }]));

  it('accepts a BOM (as template import does)', () => {
    expect(parseDesign(`\ufeff${text}`).ok).toBe(true);
  });

  it('refuses a key repeated in one object, where JSON.parse keeps the last', () => {
    const twice = '{"format":"stackcanvas.design","version":2,\n"nodes":[{"id":"a","kind":"s3"}],\n"nodes":[]}';
    const e = refusal(twice);
    expect(e.detail).toMatchObject({ code: 'SC-D026', params: { key: '"nodes"', line: 3, column: 1, first: 2 } });
    expect(e.message).toMatch(/^duplicate key "nodes" at line 3, column 1 \(first at line 2\)/);
  });
});

describe('bounded output', () => {
  it(`refuses more than ${MAX_DESIGN_NODES.toLocaleString('en')} components and ${MAX_DESIGN_EDGES.toLocaleString('en')} connections, naming the limit`, () => {
    const nodes = Array.from({ length: MAX_DESIGN_NODES + 1 }, (_, i) => ({ id: `n${i}`, kind: 's3' }));
    const e = refusal(doc(nodes));
    expect(e.path).toBe('$.nodes');
    expect(e.message).toBe('the design has 10,001 components; the limit is 10,000');
    const edges = Array.from({ length: MAX_DESIGN_EDGES + 1 }, (_, i) => ({ id: `e${i}`, source: 'a', target: 'a' }));
    expect(refusal(doc([{ id: 'a', kind: 's3' }], { edges })).message).toBe('the design has 20,001 connections; the limit is 20,000');
  });

  it('opens a 5,000-component design (issue 16)', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, kind: 'asg', label: `Web tier ${i}` }));
    expect(parseDesign(doc(nodes)).ok).toBe(true);
  });

  it('refuses a design that would write a design file over the limit (a small document that indents to megabytes)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 55; i++) deep = [deep];
    const nodes = Array.from({ length: 1500 }, (_, i) => ({ id: `n${i}`, kind: 'cfn-resource', props: { type: 'AWS::S3::Bucket', properties: { A: deep } } }));
    const input = JSON.stringify(doc(nodes));
    expect(input.length).toBeLessThan(2 * 1024 * 1024); // a share link may hold this much
    const e = refusal(input);
    expect(e.detail).toMatchObject({ code: 'SC-D032', params: { limit: '5.0 MB' } });
    // The same design cut to 300 components writes a file within the limit, and that file reads again.
    const half = parseDesign(doc(nodes.slice(0, 300)));
    expect(half.ok).toBe(true);
    const written = serializeDesign(half.ok ? half.design : (undefined as never));
    expect(Buffer.byteLength(written)).toBeLessThanOrEqual(MAX_DESIGN_BYTES);
    expect(parseDesign(written).ok).toBe(true);
  });

  it('measures the written size exactly, without writing it', () => {
    const values: unknown[] = [{}, [], 'é', [[[1]]], { a: [1, { b: undefined, c: null }], d: '😀', e: [], f: {} }];
    for (const v of values) expect(prettyJsonSize(v)).toBe(Buffer.byteLength(`${JSON.stringify(v, null, 2)}\n`));
    const d = parseDesign(doc([{ id: 'a', kind: 'asg', label: '웹 서버' }]));
    if (!d.ok) throw new Error('setup');
    const text = serializeDesign(d.design);
    expect(prettyJsonSizeOver(JSON.parse(text), Buffer.byteLength(text) - 1)).toBe(Buffer.byteLength(text));
    expect(prettyJsonSizeOver(JSON.parse(text), Buffer.byteLength(text))).toBeUndefined();
  });
});
