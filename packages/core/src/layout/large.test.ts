import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../examples';
import { moveNodes } from '../model/ops';
import type { Design } from '../model/types';
import { nodeRect } from './geometry';
import { networkBoxes } from './network';
import { DETOUR_BUDGET, DETOUR_MAX_GRID, DETOUR_MAX_NODES, routeEdgesWithWork } from './routes';
import { settlePositions } from './settle';
import { tiled } from '../../test/tiled';

function route(d: Design) {
  return routeEdgesWithWork(
    d.nodes.map((n) => ({ id: n.id, rect: nodeRect(n.position) })),
    d.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  );
}

describe('layout on a 1,000-component design', () => {
  const design = tiled(1000 / REFERENCE_DESIGN.nodes.length);

  it('is the size the test means', () => {
    expect(design.nodes).toHaveLength(1000);
  });

  for (const subnets of [false, true]) {
    it(`settles in one pass and routes every edge without a detour search (subnets ${subnets ? 'shown' : 'hidden'})`, () => {
      const settled = moveNodes(design, settlePositions(design, { subnets }));
      // Settling is a fixed point at once: nothing left to move, so opening cannot loop.
      expect(settlePositions(settled, { subnets })).toEqual({});
      expect(networkBoxes(settled, { subnets })).not.toBeNull();

      const { routes, work } = route(settled);
      expect(routes.size).toBe(design.edges.length);
      for (const r of routes.values()) {
        expect(r.points.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < r.points.length; i++) expect(r.points[i]!.x === r.points[i - 1]!.x || r.points[i]!.y === r.points[i - 1]!.y).toBe(true);
      }
      // Pulled apart by settling, many simple routes cross nodes; above DETOUR_MAX_NODES none is searched.
      expect(design.nodes.length).toBeGreaterThan(DETOUR_MAX_NODES);
      expect(work.blocked).toBeGreaterThan(0);
      expect(work.searches).toBe(0);
      expect(work.tests).toBe(0);
      expect(work.bounded).toBe(work.blocked);
    });
  }

  it('bounds the searches of a design just under DETOUR_MAX_NODES', () => {
    const medium = tiled(Math.floor(DETOUR_MAX_NODES / REFERENCE_DESIGN.nodes.length));
    const settled = moveNodes(medium, settlePositions(medium, { subnets: true }));
    const { routes, work } = route(settled);
    expect(routes.size).toBe(medium.edges.length);
    expect(work.searches).toBeGreaterThan(0);
    expect(work.tests).toBeLessThanOrEqual(DETOUR_BUDGET);
    expect(work.largestGrid).toBeLessThanOrEqual(DETOUR_MAX_GRID);
    expect(work.detoured + work.bounded).toBeLessThanOrEqual(work.blocked);
  });
});
