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
  it('keeps edges through a move; a label change re-creates only the edges that name it; re-labels when the target purpose changes', () => {
    const map = createEdgeMapper();
    const a = map(REFERENCE_DESIGN, 'en', none);
    const moved = moveNodes(REFERENCE_DESIGN, { web: { x: 1, y: 1 } });
    expect(map(moved, 'en', none).every((e, i) => e === a[i])).toBe(true);
    // The screen-reader label names both ends: renaming a node changes the edges that touch it, only.
    const other = createEdgeMapper();
    const before = other(moved, 'en', none);
    const renamed = other(setNodeLabel(moved, 'db', 'Orders'), 'en', none);
    expect(renamed.filter((e, i) => e !== before[i]).map((e) => e.id)).toEqual(['web-db']);
    const cache = updateNodeProps(REFERENCE_DESIGN, 'sessions', { purpose: 'cache' });
    const b = map(cache, 'en', none);
    const changed = b.filter((e, i) => e !== a[i]);
    expect(changed.map((e) => e.id)).toEqual(['web-sessions']);
    expect(changed[0]!.data!.label).not.toBe('session store');
  });
  it('screen readers hear both ends by their labels and the meaning, in the chosen language, never the ids', () => {
    const en = createEdgeMapper()(REFERENCE_DESIGN, 'en', none);
    const ko = createEdgeMapper()(REFERENCE_DESIGN, 'ko', none);
    expect(en.find((e) => e.id === 'web-sessions')!.ariaLabel).toBe('Connection from Web Servers to Session Store: session store');
    expect(ko.find((e) => e.id === 'web-sessions')!.ariaLabel).toBe('Web Servers에서 Session Store로 가는 연결: 세션 저장소');
    expect(ko.find((e) => e.id === 'cdn-alb')!.ariaLabel).toMatch(/^CDN에서 Web ALB로 가는 연결: /);
    expect(en.find((e) => e.id === 'web-db')!.domAttributes).toEqual({ 'aria-roledescription': 'connection' });
    expect(ko.find((e) => e.id === 'web-db')!.domAttributes).toEqual({ 'aria-roledescription': '연결' });
    const nodes = createNodeMapper()(REFERENCE_DESIGN, 'ko', none, sizes);
    expect(nodes.find((n) => n.id === 'db')!.ariaLabel).toBe('Orders DB, Amazon RDS');
    expect(nodes.find((n) => n.id === 'db')!.domAttributes).toEqual({ 'aria-roledescription': '구성 요소' });
  });
});
