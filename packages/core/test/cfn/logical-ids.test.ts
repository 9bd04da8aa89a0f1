import { describe, expect, it } from 'vitest';
import { assignLogicalIds, logicalIdBase, pascalCase } from '../../src/cfn/logical-ids';
import { REFERENCE_DESIGN, type Design, type DesignNode } from '../../src/index';

const node = (id: string, label?: string, extra: Partial<DesignNode> = {}): DesignNode => ({
  id,
  kind: 'elasticache',
  position: { x: 0, y: 0 },
  props: {},
  ...(label !== undefined ? { label } : {}),
  ...extra,
});
const design = (nodes: DesignNode[]): Design => ({ format: 'stackcanvas.design', version: 2, name: 't', nodes, edges: [] });

describe('logical ids', () => {
  it.each([
    ['web servers', 'WebServers'],
    ['Web ALB', 'WebALB'],
    ['  orders-db (primary) ', 'OrdersDbPrimary'],
    ['3rd cache', 'RdCache'],
    ['세션 저장소', ''],
    ['<img src=x onerror=alert(1)>', 'ImgSrcXOnerrorAlert1'],
  ])('pascalCase(%j) = %j', (input, expected) => {
    expect(pascalCase(input)).toBe(expected);
    expect(pascalCase(input)).toMatch(/^([A-Za-z][A-Za-z0-9]*)?$/);
  });

  it('falls back to the node id when the label has no usable letters', () => {
    expect(logicalIdBase(node('session-cache', '세션 저장소'))).toBe('SessionCache');
  });

  it('gives unique alphanumeric ids for the reference architecture', () => {
    const ids = [...assignLogicalIds(REFERENCE_DESIGN).values()];
    expect(new Set(ids).size).toBe(REFERENCE_DESIGN.nodes.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('disambiguates equal labels with the node id, whatever the order', () => {
    const a = assignLogicalIds(design([node('one', 'Cache'), node('two', 'Cache')]));
    const b = assignLogicalIds(design([node('two', 'Cache'), node('one', 'Cache')]));
    expect(a.get('one')).toBe('CacheOne');
    expect(a.get('two')).toBe('CacheTwo');
    expect(b).toEqual(a);
  });

  it('keeps an id stable when unrelated nodes are added or removed', () => {
    const before = assignLogicalIds(design([node('a', 'Sessions'), node('b', 'Query Cache')]));
    const after = assignLogicalIds(design([node('c', 'Other'), node('a', 'Sessions')]));
    expect(after.get('a')).toBe(before.get('a'));
  });

  it('avoids reserved ids and keeps imported logical ids', () => {
    const d = design([node('vpc', 'Vpc'), { ...node('x'), kind: 'cfn-resource', props: { logicalId: 'Imported' } }, node('y', 'Imported')]);
    const ids = assignLogicalIds(d, new Set(['Vpc']));
    expect(ids.get('vpc')).toBe('VpcVpc');
    expect(ids.get('x')).toBe('Imported');
    expect(ids.get('y')).toBe('ImportedY');
  });
});
