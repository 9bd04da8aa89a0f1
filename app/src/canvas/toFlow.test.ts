/** The view model re-creates only what an edit changed (React Flow then skips the rest). */
import { moveNodes, REFERENCE_DESIGN, setNodeLabel, updateNodeProps } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { createEdgeMapper, createNodeMapper, edgeLabel } from './toFlow';

const none = new Set<string>();
const sizes = new Map<string, { width: number; height: number }>();

describe('node mapper', () => {
  it('keeps every flow node of an unchanged document node, re-creates the moved one', () => {
    const map = createNodeMapper();
    const a = map(REFERENCE_DESIGN, 'en', none, sizes);
    expect(map(REFERENCE_DESIGN, 'en', none, sizes)).toEqual(a);
    const moved = moveNodes(REFERENCE_DESIGN, { web: { x: 5, y: 5 } });
    const b = map(moved, 'en', none, sizes);
    const changed = b.filter((n, i) => n !== a[i]).map((n) => n.id);
    expect(changed).toEqual(['web']);
    expect(b.find((n) => n.id === 'web')!.position).toEqual({ x: 5, y: 5 });
  });
  it('re-creates only the nodes whose selection, size or outside-VPC mark changed; all on a language switch', () => {
    const map = createNodeMapper();
    const a = map(REFERENCE_DESIGN, 'en', none, sizes);
    const b = map(REFERENCE_DESIGN, 'en', new Set(['db']), new Map([['waf', { width: 200, height: 64 }]]), new Set(['assets']));
    expect(
      b
        .filter((n, i) => n !== a[i])
        .map((n) => n.id)
        .sort(),
    ).toEqual(['assets', 'db', 'waf']);
    expect(b.find((n) => n.id === 'db')!.selected).toBe(true);
    expect(b.find((n) => n.id === 'waf')!.measured).toEqual({ width: 200, height: 64 });
    expect(b.find((n) => n.id === 'assets')!.data.outsideVpc).toBe(true);
    const ko = map(REFERENCE_DESIGN, 'ko', none, sizes);
    expect(ko.every((n, i) => n !== a[i])).toBe(true);
  });
});

describe('edge mapper', () => {
  it('labels edges with their meaning and path pattern, in the chosen language', () => {
    expect(edgeLabel(REFERENCE_DESIGN, 'cdn-assets', 'en')).toBe('origin /static/*');
    expect(edgeLabel(REFERENCE_DESIGN, 'alb-web', 'en')).toBe('targets');
    expect(edgeLabel(REFERENCE_DESIGN, 'web-sessions', 'en')).toBe('session store');
    expect(edgeLabel(REFERENCE_DESIGN, 'dax-table', 'en')).toBe('reads through');
  });
  it('keeps edges through a move and a label change; re-labels when the target purpose changes', () => {
    const map = createEdgeMapper();
    const a = map(REFERENCE_DESIGN, 'en', none);
    const moved = setNodeLabel(moveNodes(REFERENCE_DESIGN, { web: { x: 1, y: 1 } }), 'web', 'App');
    expect(map(moved, 'en', none).every((e, i) => e === a[i])).toBe(true);
    const cache = updateNodeProps(REFERENCE_DESIGN, 'sessions', { purpose: 'cache' });
    const b = map(cache, 'en', none);
    const changed = b.filter((e, i) => e !== a[i]);
    expect(changed.map((e) => e.id)).toEqual(['web-sessions']);
    expect(changed[0]!.data!.label).not.toBe('session store');
  });
});
