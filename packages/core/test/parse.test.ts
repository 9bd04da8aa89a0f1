import { describe, expect, it } from 'vitest';
import { catalog, MAX_DESIGN_BYTES, parseDesign, summarizeErrors, type DesignError } from '../src/index';

const base = () => ({
  format: 'stackcanvas.design',
  version: 1,
  name: 't',
  nodes: [
    { id: 'lb', kind: 'alb', position: { x: 0, y: 0 } },
    { id: 'web', kind: 'asg' },
  ],
  edges: [{ id: 'e1', source: 'lb', target: 'web' }],
});

function errorsOf(input: unknown): readonly DesignError[] {
  const r = parseDesign(input);
  if (r.ok) throw new Error('expected the design to be refused');
  return r.errors;
}

describe('parseDesign', () => {
  it('fills every prop default and keeps given values', () => {
    const doc = base();
    (doc.nodes[1] as Record<string, unknown>)['props'] = { minSize: 3, maxSize: 9 };
    const r = parseDesign(JSON.stringify(doc));
    if (!r.ok) throw new Error(summarizeErrors(r.errors));
    const web = r.design.nodes.find((n) => n.id === 'web')!;
    expect(web.props).toMatchObject({ minSize: 3, maxSize: 9, desiredCapacity: 2, instanceType: 't3.small' });
    const lb = r.design.nodes.find((n) => n.id === 'lb')!;
    expect(lb.props['stickiness']).toBe(false);
    expect(lb.props['internetFacing']).toBe(true);
    expect(Object.keys(lb.props).sort()).toEqual(Object.keys(catalog.alb.props).sort());
    expect(r.design.edges[0]!.props).toEqual({});
  });

  it('accepts bare nodes: every prop has a default and nodes without a position do not pile up', () => {
    const r = parseDesign({
      format: 'stackcanvas.design',
      version: 1,
      nodes: [
        { id: 'a', kind: 's3' },
        { id: 'b', kind: 's3' },
      ],
    });
    if (!r.ok) throw new Error(summarizeErrors(r.errors));
    expect(r.design.name).toBe('untitled');
    expect(r.design.nodes[0]!.position).not.toEqual(r.design.nodes[1]!.position);
  });

  it('refuses malformed JSON with the parser position', () => {
    const [e] = errorsOf('{"format": "stackcanvas.design",');
    expect(e!.path).toBe('$');
    expect(e!.message).toMatch(/malformed JSON/);
  });

  it('refuses an unknown kind and lists the known ones', () => {
    const doc = base();
    doc.nodes[1]!.kind = 'sqs';
    const [e] = errorsOf(doc);
    expect(e).toEqual(expect.objectContaining({ path: '$.nodes[1].kind' }));
    expect(e!.message).toContain('unknown kind "sqs"');
    expect(e!.message).toContain('elasticache');
  });

  it('refuses unknown top-level fields', () => {
    const [e] = errorsOf({ ...base(), colour: 'red' });
    expect(e!.message).toContain('unknown field "colour"');
  });

  it('refuses a newer version and says so', () => {
    const [e] = errorsOf({ ...base(), version: 3 });
    expect(e!.path).toBe('$.version');
    expect(e!.message).toMatch(/version 3.*newer/);
  });

  it('reads a version 1 document (migrated to version 2)', () => {
    const r = parseDesign({ ...base(), version: 1 });
    expect(r.ok && r.design.version).toBe(2);
  });

  it('refuses a node holding a resource the design does not have, or one another node holds', () => {
    const held = { resources: ['Table'], props: {} };
    const doc = {
      ...base(),
      edges: [],
      nodes: [
        { id: 'a', kind: 'dynamodb', imported: held },
        { id: 'b', kind: 'dynamodb', imported: held },
      ],
    };
    expect(errorsOf(doc).map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.nodes[0].imported.resources[0]: no resource "Table" in $.resources',
      '$.nodes[1].imported.resources[0]: no resource "Table" in $.resources',
      '$.nodes[1].imported.resources[0]: the resource "Table" is also held by $.nodes[0]',
    ]);
    const errors = errorsOf({ ...doc, resources: { Table: { Type: 'AWS::DynamoDB::Table' } } });
    expect(errors).toEqual([
      {
        path: '$.nodes[1].imported.resources[0]',
        message: 'the resource "Table" is also held by $.nodes[0]',
        detail: expect.objectContaining({ code: 'SC-D014' }),
      },
    ]);
  });

  it('refuses a template given as a design, pointing at import', () => {
    const [e] = errorsOf({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} });
    expect(e!.message).toMatch(/CloudFormation template/);
  });

  it('refuses duplicate node and edge ids', () => {
    const doc = base();
    doc.nodes.push({ id: 'lb', kind: 's3' } as never);
    doc.edges.push({ id: 'e1', source: 'lb', target: 'web' });
    const errors = errorsOf(doc);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['$.nodes[2].id', '$.edges[1].id']));
    expect(errors.find((e) => e.path === '$.nodes[2].id')!.message).toContain('duplicate node id "lb"');
  });

  it('refuses an edge to a missing node (dangling edge)', () => {
    const doc = base();
    doc.edges.push({ id: 'e2', source: 'web', target: 'ghost' });
    const [e] = errorsOf(doc);
    expect(e).toMatchObject({ path: '$.edges[1].target', message: expect.stringContaining('no node with id "ghost"') });
  });

  it.each(['1abc', 'a_b', '', 'a'.repeat(65), 'a b'])('refuses the id %j', (id) => {
    const doc = base();
    doc.nodes[0]!.id = id;
    doc.edges[0]!.source = id;
    const errors = errorsOf(doc);
    expect(errors.some((e) => e.path === '$.nodes[0].id')).toBe(true);
  });

  it('accepts an id of 64 characters', () => {
    const doc = base();
    doc.nodes[0]!.id = `a${'b-'.repeat(31)}c`;
    doc.edges[0]!.source = doc.nodes[0]!.id;
    expect(parseDesign(doc).ok).toBe(true);
  });

  it('refuses props outside their type, limits or options, with the path of the prop', () => {
    const doc = base();
    // An instance type is free text with suggestions (values outside the list are kept), but not any text.
    (doc.nodes[1] as Record<string, unknown>)['props'] = { minSize: -1, instanceType: 'not a type!', colour: 1 };
    const errors = errorsOf(doc);
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['$.nodes[1].props.minSize', '$.nodes[1].props.instanceType', '$.nodes[1].props']));
    // Each error carries its catalogue entry, in Korean too.
    const byPath = new Map(errors.map((e) => [e.path, e]));
    expect(byPath.get('$.nodes[1].props.minSize')!.detail).toMatchObject({ code: 'SC-D018', params: { min: 0, max: 1000 } });
    expect(byPath.get('$.nodes[1].props.instanceType')!.detail.ko).toMatch(/EC2 인스턴스 유형/);
    expect(byPath.get('$.nodes[1].props')!.detail).toMatchObject({ code: 'SC-D005', params: { fields: '"colour"' } });
  });

  it('every error of the catalogue has an English and a Korean text with the same placeholders', async () => {
    const { MESSAGES } = await import('../src/errors/catalogue');
    const { placeholders } = await import('../src/i18n/fill');
    for (const [code, { en, ko }] of Object.entries(MESSAGES)) {
      expect(code).toMatch(/^SC-[A-Z]+\d{3}$/);
      expect(ko, code).toMatch(/[가-힣]|^\{\w+\}$|^\{\w+\}: \{detail\}$/);
      expect(placeholders(ko).sort(), code).toEqual(placeholders(en).sort());
    }
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const padding = ' '.repeat(MAX_DESIGN_BYTES + 1);
    const [e] = errorsOf(`${JSON.stringify(base())}${padding}`);
    expect(e!.message).toMatch(/limit is 5\.0 MB/);
  });

  it('counts bytes, not characters, against the limit', () => {
    const label = '가'.repeat(100);
    const doc = base();
    (doc.nodes[0] as Record<string, unknown>)['label'] = label;
    const text = JSON.stringify(doc);
    const padded = text.replace('"name":"t"', `"name":"t"${' '.repeat(Math.ceil(MAX_DESIGN_BYTES / 3) + 10)}`);
    // Fewer characters than the limit, more bytes: the Hangul label is 3 bytes a character.
    const big = padded.replace(label, '가'.repeat(Math.ceil(MAX_DESIGN_BYTES / 3)));
    expect(big.length).toBeLessThan(MAX_DESIGN_BYTES);
    expect(errorsOf(big)[0]!.message).toMatch(/limit/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere and leaves prototypes alone', (key) => {
    const text = `{"format":"stackcanvas.design","version":1,"nodes":[{"id":"a","kind":"cfn-resource","props":{"type":"AWS::SNS::Topic","properties":{"${key}":{"polluted":true}}}}]}`;
    const errors = errorsOf(text);
    expect(errors[0]!.message).toContain(`"${key}"`);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const deep = `{"format":"stackcanvas.design","version":1,"nodes":[{"id":"a","kind":"cfn-resource","props":{"properties":${'['.repeat(5000)}${']'.repeat(5000)}}}]}`;
    expect(errorsOf(deep)[0]!.message).toMatch(/nested deeper/);
  });

  it('keeps edge props such as a CloudFront path pattern and refuses a malformed one', () => {
    const doc = {
      format: 'stackcanvas.design',
      version: 1,
      nodes: [
        { id: 'cdn', kind: 'cloudfront' },
        { id: 'b', kind: 's3' },
      ],
      edges: [{ id: 'e', source: 'cdn', target: 'b', props: { pathPattern: '/static/*' } }],
    };
    const r = parseDesign(doc);
    expect(r.ok && r.design.edges[0]!.props['pathPattern']).toBe('/static/*');
    doc.edges[0]!.props.pathPattern = 'has space';
    expect(errorsOf(doc)[0]!.path).toBe('$.edges[0].props.pathPattern');
  });

  it('summarizes many errors on one line', () => {
    const doc = base();
    doc.nodes[0]!.kind = 'x';
    doc.nodes[1]!.kind = 'y';
    const line = summarizeErrors(errorsOf(doc));
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^\$\.nodes\[0\]\.kind: .*\(and 1 more problem\)$/);
  });
});
