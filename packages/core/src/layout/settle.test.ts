import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../catalog/index';
import { REFERENCE_DESIGN } from '../examples';
import { moveNodes } from '../model/ops';
import type { Design } from '../model/types';
import { NODE_HEIGHT, ROW_GAP, intersects, nodeRect } from './geometry';
import { nodesInVpc } from '../network/plan';
import { networkBoxes } from './network';
import { settlePositions } from './settle';

const settle = (d: Design, subnets: boolean, moved?: string[]) => moveNodes(d, settlePositions(d, { subnets, ...(moved ? { moved: new Set(moved) } : {}) }));
const at = (d: Design, id: string) => d.nodes.find((n) => n.id === id)!.position;

/** The invariants a settled design keeps, checked from the boxes (not from the settling code). */
function expectSettled(d: Design, subnets: boolean) {
  const boxes = networkBoxes(d, { subnets });
  if (!boxes) return;
  for (const n of d.nodes) {
    if (!nodesInVpc(d).has(n.id)) expect(intersects(nodeRect(n.position), boxes.vpc), `${n.id} outside the VPC`).toBe(false);
  }
  for (let i = 1; i < boxes.rows.length; i++) {
    const above = boxes.rows[i - 1]!.rect;
    const below = boxes.rows[i]!.rect;
    expect(above.y + above.height, `${boxes.rows[i - 1]!.tier} above ${boxes.rows[i]!.tier}`).toBeLessThanOrEqual(below.y);
  }
}

describe('settlePositions', () => {
  it('moves an edge service that the VPC frame covers just outside it, on the grid', () => {
    // S3 dropped between the load balancer and the Auto Scaling group.
    const covered = moveNodes(REFERENCE_DESIGN, { assets: { x: 600, y: 320 } });
    for (const subnets of [false, true]) {
      const out = settlePositions(covered, { subnets, moved: new Set(['assets']) });
      expect(Object.keys(out)).toEqual(['assets']);
      const p = out['assets']!;
      expect([p.x % 20, p.y % 20]).toEqual([0, 0]);
      // The nearest way out is up, above the frame (20 px clear of it): the frame's top is at
      // y 180 without the subnet boxes, at y 138 with them (their title bands and lanes).
      expect(p).toEqual({ x: 600, y: subnets ? 20 : 80 });
      expectSettled(moveNodes(covered, out), subnets);
    }
  });

  it('keeps a dragged component in its own subnet row', () => {
    // The session store dragged up into the public row, next to the load balancer.
    const dragged = moveNodes(REFERENCE_DESIGN, { sessions: { x: 0, y: 240 } });
    const settled = settle(dragged, true, ['sessions']);
    // Below the app row (Auto Scaling group at y 420, 80 high) by the row gap.
    expect(at(settled, 'sessions')).toEqual({ x: 0, y: 420 + NODE_HEIGHT + ROW_GAP });
    expect(at(settled, 'web')).toEqual(at(REFERENCE_DESIGN, 'web'));
    expectSettled(settled, true);
    // Without the subnet boxes the same drop stays where it was dropped.
    expect(at(settle(dragged, false, ['sessions']), 'sessions')).toEqual({ x: 0, y: 240 });
  });

  it('keeps a dragged load balancer above the app row', () => {
    const dragged = moveNodes(REFERENCE_DESIGN, { alb: { x: 320, y: 700 } });
    const settled = settle(dragged, true, ['alb']);
    expect(at(settled, 'alb').y).toBe(420 - ROW_GAP - NODE_HEIGHT);
    expectSettled(settled, true);
  });

  it('pushes rows that overlap down, whole, in a design from elsewhere', () => {
    // Everything on one line, left to right (the old layout): rows become public, app, data.
    const flat: Design = {
      ...REFERENCE_DESIGN,
      nodes: [
        { id: 'alb', kind: 'alb', position: { x: 0, y: 0 }, props: {} },
        { id: 'app', kind: 'asg', position: { x: 300, y: 0 }, props: {} },
        { id: 'cache', kind: 'elasticache', position: { x: 600, y: 0 }, props: {} },
        { id: 'db', kind: 'rds', position: { x: 900, y: 40 }, props: {} },
      ],
      edges: [],
    };
    const settled = settle(flat, true);
    expect(flat.nodes.map((n) => at(settled, n.id))).toEqual([
      { x: 0, y: 0 },
      { x: 300, y: 180 },
      { x: 600, y: 360 },
      { x: 900, y: 400 },
    ]);
    expectSettled(settled, true);
  });

  it('leaves the reference architecture as it is', () => {
    expect(settlePositions(REFERENCE_DESIGN, { subnets: true })).toEqual({});
    expect(settlePositions(REFERENCE_DESIGN, { subnets: false })).toEqual({});
  });

  it('always ends settled, is idempotent, and keeps positions on the grid', () => {
    const kinds: Kind[] = ['waf', 'cloudfront', 's3', 'alb', 'asg', 'elasticache', 'dax', 'dynamodb', 'rds'];
    const arbNode = fc.record({ kind: fc.constantFrom(...kinds), x: fc.integer({ min: -20, max: 60 }), y: fc.integer({ min: -20, max: 60 }) });
    fc.assert(
      fc.property(fc.array(arbNode, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.array(fc.nat(11), { maxLength: 3 }), (raw, subnets, movedIdx) => {
        const d: Design = {
          ...REFERENCE_DESIGN,
          nodes: raw.map((r, i) => ({ id: `n${i}`, kind: r.kind, position: { x: r.x * 20, y: r.y * 20 }, props: {} })),
          edges: [],
        };
        const moved = movedIdx.filter((i) => i < raw.length).map((i) => `n${i}`);
        const once = settle(d, subnets, moved);
        expectSettled(once, subnets);
        expect(settlePositions(once, { subnets })).toEqual({});
        for (const n of once.nodes) expect([Math.abs(n.position.x % 20), Math.abs(n.position.y % 20)]).toEqual([0, 0]);
      }),
      { numRuns: 300 },
    );
  });
});
