import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../examples';
import type { Design } from '../model/types';
import { nodeRect } from './geometry';
import { DETOUR_MAX_NODES, routeEdges, routeEdgesMoving, type RouteEdge, type RouteNode } from './routes';
import { tiled } from '../../test/tiled';

const routeNodes = (d: Design, moved: ReadonlyMap<string, { x: number; y: number }> = new Map()): RouteNode[] =>
  d.nodes.map((n) => ({ id: n.id, rect: nodeRect(moved.get(n.id) ?? n.position) }));
const routeEdgeList = (d: Design): RouteEdge[] => d.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

describe('routes while dragging in a large design', () => {
  const design = tiled(Math.ceil((DETOUR_MAX_NODES + 50) / REFERENCE_DESIGN.nodes.length));
  const edges = routeEdgeList(design);
  const before = routeEdges(routeNodes(design), edges);
  // The node with the most connections in one cell, dragged down and to the right.
  const degree = new Map<string, number>();
  for (const e of design.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const dragged = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
  const start = design.nodes.find((n) => n.id === dragged)!.position;
  const moved = new Map([[dragged, { x: start.x + 137, y: start.y + 91 }]]);

  it('is above the bound where every route is direct', () => {
    expect(design.nodes.length).toBeGreaterThan(DETOUR_MAX_NODES);
  });

  it('routes the edges between the dragged node and its neighbours as the whole design would be routed', () => {
    const full = routeEdges(routeNodes(design, moved), edges);
    const partial = routeEdgesMoving(routeNodes(design, moved), edges, new Set(moved.keys()), before);
    expect(partial.size).toBe(full.size);
    const neighbours = new Set([dragged]);
    for (const e of design.edges) {
      if (e.source === dragged) neighbours.add(e.target);
      if (e.target === dragged) neighbours.add(e.source);
    }
    const between = design.edges.filter((e) => neighbours.has(e.source) && neighbours.has(e.target));
    expect(between.some((e) => e.source === dragged || e.target === dragged)).toBe(true);
    let changed = 0;
    for (const e of between) {
      expect(partial.get(e.id)).toEqual(full.get(e.id));
      if (JSON.stringify(full.get(e.id)) !== JSON.stringify(before.get(e.id))) changed++;
    }
    // The drag moved them: the test would see a stale route.
    expect(changed).toBeGreaterThan(0);
  });

  it('keeps every edge away from the dragged node as it was', () => {
    const partial = routeEdgesMoving(routeNodes(design, moved), edges, new Set(moved.keys()), before);
    const far = design.edges.filter((e) => !e.id.endsWith(`-${dragged.split('-').pop()}`));
    expect(far.length).toBeGreaterThan(0);
    for (const e of far) expect(partial.get(e.id)).toBe(before.get(e.id));
  });

  it('routes a design at the bound in full (detour searches need every node)', () => {
    const small = tiled(1);
    const smallEdges = routeEdgeList(small);
    const id = small.nodes[0]!.id;
    const m = new Map([[id, { x: small.nodes[0]!.position.x + 300, y: small.nodes[0]!.position.y }]]);
    expect(routeEdgesMoving(routeNodes(small, m), smallEdges, new Set([id]), new Map())).toEqual(routeEdges(routeNodes(small, m), smallEdges));
  });
});
