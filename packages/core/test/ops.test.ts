import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  copyFragment,
  duplicateNodes,
  freeId,
  moveNodes,
  nudgeNodes,
  parseDesign,
  pasteFragment,
  REFERENCE_DESIGN,
  removeElements,
  renameDesign,
  serializeDesign,
  setNodeLabel,
  updateEdgeProps,
  updateNodeProps,
  type Design,
} from '../src/index';

const empty: Design = { format: 'stackcanvas.design', version: 2, name: 'empty', nodes: [], edges: [] };

/** Every operation's output must still be a valid document: round-trip it through the parser. */
function expectValid(design: Design) {
  const result = parseDesign(JSON.parse(serializeDesign(design)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.ok).toBe(true);
}

describe('ids', () => {
  it('takes the base, then the first free number', () => {
    expect(freeId('web', new Set())).toBe('web');
    expect(freeId('web', new Set(['web']))).toBe('web-2');
    expect(freeId('web', new Set(['web', 'web-2']))).toBe('web-3');
    expect(freeId('web-2', new Set(['web', 'web-2']))).toBe('web-3');
  });
  it('repairs bases that are not valid ids', () => {
    expect(freeId('9 lives!', new Set())).toBe('lives-');
    expect(freeId('', new Set())).toBe('n');
    expect(freeId('x'.repeat(80), new Set()).length).toBeLessThanOrEqual(64);
  });
});

describe('addNode', () => {
  it('adds a node with the catalog defaults and an id from the kind', () => {
    const a = addNode(empty, 'elasticache', { x: 10, y: 20 });
    expect(a.id).toBe('elasticache');
    expect(a.design.nodes[0]).toEqual({
      id: 'elasticache',
      kind: 'elasticache',
      position: { x: 10, y: 20 },
      props: { engine: 'redis', purpose: 'cache', replicas: 1, nodeType: 'cache.t4g.small' },
    });
    const b = addNode(a.design, 'elasticache', { x: 0, y: 0 });
    expect(b.id).toBe('elasticache-2');
    expect(b.design.nodes[0]).toBe(a.design.nodes[0]);
    expectValid(b.design);
    expect(empty.nodes).toHaveLength(0);
  });
  it('adds the contract defaults of the asg', () => {
    const { design } = addNode(empty, 'asg', { x: 0, y: 0 });
    expect(design.nodes[0]!.props).toMatchObject({ minSize: 2, maxSize: 4, desiredCapacity: 2 });
  });
});

describe('moveNodes', () => {
  it('creates new node objects that keep their props and keeps the edges array', () => {
    const d = REFERENCE_DESIGN;
    const moved = moveNodes(d, { web: { x: 1, y: 2 } });
    const before = d.nodes.find((n) => n.id === 'web')!;
    const after = moved.nodes.find((n) => n.id === 'web')!;
    expect(after.position).toEqual({ x: 1, y: 2 });
    expect(after).not.toBe(before);
    expect(after.props).toBe(before.props);
    expect(moved.edges).toBe(d.edges);
    expect(moved.nodes.find((n) => n.id === 'alb')).toBe(d.nodes.find((n) => n.id === 'alb'));
    expect(before.position).toEqual({ x: 320, y: 420 });
  });
  it('returns the same design when nothing moves', () => {
    const web = REFERENCE_DESIGN.nodes.find((n) => n.id === 'web')!;
    expect(moveNodes(REFERENCE_DESIGN, { web: web.position, nope: { x: 1, y: 1 } })).toBe(REFERENCE_DESIGN);
    expect(moveNodes(REFERENCE_DESIGN, new Map([['web', { x: NaN, y: 0 }]]))).toBe(REFERENCE_DESIGN);
  });
  it('nudges several nodes', () => {
    const d = nudgeNodes(REFERENCE_DESIGN, ['waf', 'cdn'], 10, -5);
    expect(d.nodes.find((n) => n.id === 'waf')!.position).toEqual({ x: 50, y: -5 });
    expect(d.nodes.find((n) => n.id === 'cdn')!.position).toEqual({ x: 330, y: -5 });
    expect(d.edges).toBe(REFERENCE_DESIGN.edges);
  });
});

describe('connect', () => {
  const base = addNode(addNode(addNode(empty, 'cloudfront', { x: 0, y: 0 }).design, 's3', { x: 0, y: 0 }).design, 'dax', { x: 0, y: 0 }).design;
  it('connects an allowed pair with an id from the ends', () => {
    const r = connect(base, 'cloudfront', 's3', { pathPattern: '/static/*' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.id).toBe('cloudfront-s3');
    expect(r.design.edges).toEqual([{ id: 'cloudfront-s3', source: 'cloudfront', target: 's3', props: { pathPattern: '/static/*' } }]);
    expect(r.design.nodes).toBe(base.nodes);
    expectValid(r.design);
    // A second origin edge to the same bucket is a second cache behavior.
    const r2 = connect(r.design, 'cloudfront', 's3');
    expect(r2.ok && r2.id).toBe('cloudfront-s3-2');
  });
  it('refuses what the catalog forbids, self-loops, missing ends and duplicates', () => {
    expect(connect(base, 'dax', 's3')).toEqual({ ok: false, reason: 'refused' });
    expect(connect(base, 's3', 'cloudfront')).toEqual({ ok: false, reason: 'refused' });
    expect(connect(base, 's3', 's3')).toEqual({ ok: false, reason: 'self' });
    expect(connect(base, 'nope', 's3')).toEqual({ ok: false, reason: 'missing' });
    const d = addNode(base, 'dynamodb', { x: 0, y: 0 }).design;
    const once = connect(d, 'dax', 'dynamodb');
    expect(once.ok).toBe(true);
    if (once.ok) expect(connect(once.design, 'dax', 'dynamodb')).toEqual({ ok: false, reason: 'duplicate' });
  });
});

describe('removeElements', () => {
  it('removes a node with every edge touching it', () => {
    const d = removeElements(REFERENCE_DESIGN, { nodes: ['web'] });
    expect(d.nodes.map((n) => n.id)).not.toContain('web');
    expect(d.edges.filter((e) => e.source === 'web' || e.target === 'web')).toEqual([]);
    expect(d.edges).toHaveLength(REFERENCE_DESIGN.edges.length - 5);
    expectValid(d);
  });
  it('removes an edge alone and keeps the nodes array', () => {
    const d = removeElements(REFERENCE_DESIGN, { edges: ['waf-cdn'] });
    expect(d.nodes).toBe(REFERENCE_DESIGN.nodes);
    expect(d.edges.map((e) => e.id)).not.toContain('waf-cdn');
    expect(removeElements(REFERENCE_DESIGN, { nodes: ['zzz'] })).toBe(REFERENCE_DESIGN);
  });
});

describe('props and labels', () => {
  it('updates one prop of one node and shares the rest', () => {
    const d = updateNodeProps(REFERENCE_DESIGN, 'sessions', { replicas: 3 });
    const before = REFERENCE_DESIGN.nodes.find((n) => n.id === 'sessions')!;
    const after = d.nodes.find((n) => n.id === 'sessions')!;
    expect(after.props).toEqual({ ...before.props, replicas: 3 });
    expect(before.props['replicas']).toBe(1);
    expect(d.edges).toBe(REFERENCE_DESIGN.edges);
    expect(d.nodes.find((n) => n.id === 'web')).toBe(REFERENCE_DESIGN.nodes.find((n) => n.id === 'web'));
    expect(updateNodeProps(d, 'sessions', { replicas: 3 })).toBe(d);
  });
  it('sets and clears an edge pathPattern', () => {
    const d = updateEdgeProps(REFERENCE_DESIGN, 'cdn-assets', { pathPattern: '/img/*' });
    expect(d.edges.find((e) => e.id === 'cdn-assets')!.props).toEqual({ pathPattern: '/img/*' });
    const cleared = updateEdgeProps(d, 'cdn-assets', { pathPattern: undefined });
    expect(cleared.edges.find((e) => e.id === 'cdn-assets')!.props).toEqual({});
    expect(cleared.nodes).toBe(REFERENCE_DESIGN.nodes);
    expectValid(cleared);
  });
  it('sets, cuts and clears labels', () => {
    const d = setNodeLabel(REFERENCE_DESIGN, 'web', '<img src=x onerror=alert(1)>');
    expect(d.nodes.find((n) => n.id === 'web')!.label).toBe('<img src=x onerror=alert(1)>');
    expect(setNodeLabel(d, 'web', 'x'.repeat(500)).nodes.find((n) => n.id === 'web')!.label).toHaveLength(200);
    const cleared = setNodeLabel(d, 'web', '');
    expect('label' in cleared.nodes.find((n) => n.id === 'web')!).toBe(false);
    expectValid(cleared);
  });
  it('renames the design within the limit', () => {
    expect(renameDesign(REFERENCE_DESIGN, '  shop  ').name).toBe('shop');
    expect(renameDesign(REFERENCE_DESIGN, '   ').name).toBe('untitled');
    expect(renameDesign(REFERENCE_DESIGN, 'y'.repeat(300)).name).toHaveLength(100);
  });
});

describe('copy, paste, duplicate', () => {
  it('copies a group with its inner edges only', () => {
    const f = copyFragment(REFERENCE_DESIGN, ['web', 'dax', 'table']);
    expect(f.nodes.map((n) => n.id)).toEqual(['web', 'dax', 'table']);
    expect(f.edges.map((e) => e.id).sort()).toEqual(['dax-table', 'web-dax']);
  });
  it('pastes with new ids, offset positions and re-pointed inner edges', () => {
    const f = copyFragment(REFERENCE_DESIGN, ['web', 'dax', 'table']);
    const r = pasteFragment(REFERENCE_DESIGN, f, { x: 40, y: 40 });
    expect(r.nodes).toEqual(['web-2', 'dax-2', 'table-2']);
    expect(r.design.nodes).toHaveLength(REFERENCE_DESIGN.nodes.length + 3);
    const newEdges = r.design.edges.filter((e) => r.edges.includes(e.id));
    expect(newEdges.map((e) => [e.source, e.target]).sort()).toEqual([
      ['dax-2', 'table-2'],
      ['web-2', 'dax-2'],
    ]);
    expect(r.design.nodes.find((n) => n.id === 'web-2')!.position).toEqual({ x: 360, y: 460 });
    expectValid(r.design);
    const again = pasteFragment(r.design, f, { x: 80, y: 80 });
    expect(again.nodes).toEqual(['web-3', 'dax-3', 'table-3']);
    expectValid(again.design);
  });
  it('duplicates in one call', () => {
    const r = duplicateNodes(REFERENCE_DESIGN, ['cdn', 'assets']);
    expect(r.nodes).toEqual(['cdn-2', 'assets-2']);
    const e = r.design.edges.find((x) => x.id === r.edges[0]);
    expect(e).toMatchObject({ source: 'cdn-2', target: 'assets-2', props: { pathPattern: '/static/*' } });
  });
  it('pasting nothing changes nothing', () => {
    expect(pasteFragment(REFERENCE_DESIGN, { nodes: [], edges: [] }, { x: 1, y: 1 }).design).toBe(REFERENCE_DESIGN);
  });
});

describe('baselines', () => {
  it('stores a deployed template per environment, a copy, and forgets it', async () => {
    const { setBaseline, removeBaseline } = await import('../src/model/ops');
    const template = { Resources: { T: { Type: 'AWS::DynamoDB::Table' } } };
    const marked = setBaseline(empty, 'prod', template, '2026-12-01T00:00:00.000Z', 'marked');
    expect(marked.baselines).toEqual({ prod: { template, at: '2026-12-01T00:00:00.000Z', source: 'marked' } });
    template.Resources.T.Type = 'changed';
    expect((marked.baselines!.prod!.template as typeof template).Resources.T.Type).toBe('AWS::DynamoDB::Table');
    const both = setBaseline(marked, 'dev', { Resources: {} }, '2026-12-02T00:00:00.000Z', 'loaded');
    expect(Object.keys(both.baselines!).sort()).toEqual(['dev', 'prod']);
    expect(removeBaseline(removeBaseline(both, 'dev'), 'prod')).toEqual(empty);
    expect(removeBaseline(empty, 'stage')).toBe(empty);
  });
});
