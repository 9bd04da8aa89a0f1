import { describe, expect, it } from 'vitest';
import {
  autoLayout,
  catalog,
  EXAMPLES,
  intersects,
  moveNodes,
  networkBoxes,
  nodeRect,
  nodesInVpc,
  NODE_HEIGHT,
  NODE_WIDTH,
  outsideNodesInFrame,
  REFERENCE_DESIGN,
  settlePositions,
  vpcFrame,
  type Design,
} from '../src/index';

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
}

describe('autoLayout', () => {
  it('places every node, callers above callees (requests flow down), without overlaps', async () => {
    const pos = await autoLayout(REFERENCE_DESIGN);
    expect(Object.keys(pos).sort()).toEqual(REFERENCE_DESIGN.nodes.map((n) => n.id).sort());
    for (const e of REFERENCE_DESIGN.edges) {
      expect(pos[e.source]!.y, `${e.source} above ${e.target}`).toBeLessThan(pos[e.target]!.y);
    }
    const ids = Object.keys(pos);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) expect(overlaps(pos[ids[i]!]!, pos[ids[j]!]!), `${ids[i]} vs ${ids[j]}`).toBe(false);
  });
  it('is deterministic', async () => {
    expect(await autoLayout(REFERENCE_DESIGN)).toEqual(await autoLayout(REFERENCE_DESIGN));
  });
  it('keeps edge services outside the VPC frame it draws, with and without subnet boxes, and its result is settled', async () => {
    for (const subnets of [true, false]) {
      for (const example of EXAMPLES) {
        const laid = moveNodes(example.design, await autoLayout(example.design, { subnets }));
        expect(settlePositions(laid, { subnets }), `${example.id} settled`).toEqual({});
        const boxes = networkBoxes(laid, { subnets });
        if (!boxes) continue;
        const frame = boxes.vpc;
        for (const n of laid.nodes) {
          const r = nodeRect(n.position);
          const inside = r.x >= frame.x && r.x + r.width <= frame.x + frame.width && r.y >= frame.y && r.y + r.height <= frame.y + frame.height;
          if (nodesInVpc(laid).has(n.id)) expect(inside, `${example.id}: ${n.id} inside`).toBe(true);
          else expect(intersects(r, frame), `${example.id}: ${n.id} outside`).toBe(false);
        }
      }
    }
  });
  it('handles an empty design', async () => {
    const empty: Design = { ...REFERENCE_DESIGN, nodes: [], edges: [] };
    expect(await autoLayout(empty)).toEqual({});
    expect(vpcFrame(empty)).toBeNull();
  });
});

describe('the bundled examples', () => {
  it('are settled in both views (opening one moves nothing)', () => {
    for (const example of EXAMPLES) {
      expect(settlePositions(example.design, { subnets: true }), example.id).toEqual({});
      expect(settlePositions(example.design, { subnets: false }), example.id).toEqual({});
    }
  });
});

describe('vpcFrame', () => {
  it('surrounds exactly the in-VPC nodes with padding, honouring overrides', () => {
    const frame = vpcFrame(REFERENCE_DESIGN)!;
    // In-VPC nodes of the reference: alb (320,240) at the top, the data row at y 640 from x 0 to 660.
    expect(frame.x).toBe(0 - 32);
    expect(frame.y).toBe(240 - 32 - 28);
    expect(frame.x + frame.width).toBe(660 + NODE_WIDTH + 32);
    expect(frame.y + frame.height).toBe(640 + NODE_HEIGHT + 32);
    const moved = vpcFrame(REFERENCE_DESIGN, new Map([['db', { x: 660, y: 900 }]]))!;
    expect(moved.y + moved.height).toBe(900 + NODE_HEIGHT + 32);
  });
});

describe('outsideNodesInFrame', () => {
  it('names the edge services the frame covers, and none in the reference', () => {
    expect([...outsideNodesInFrame(REFERENCE_DESIGN)]).toEqual([]);
    // S3 moved between the ALB and the Auto Scaling group is covered by the frame.
    const covered = moveNodes(REFERENCE_DESIGN, { assets: { x: 600, y: 320 } });
    expect([...outsideNodesInFrame(covered)]).toEqual(['assets']);
  });
  it('is empty after an auto-layout and when there is no VPC', async () => {
    const laid = moveNodes(REFERENCE_DESIGN, await autoLayout(REFERENCE_DESIGN));
    expect(outsideNodesInFrame(laid).size).toBe(0);
    const edgeOnly: Design = { ...REFERENCE_DESIGN, nodes: REFERENCE_DESIGN.nodes.filter((n) => !catalog[n.kind].inVpc), edges: [] };
    expect(outsideNodesInFrame(edgeOnly).size).toBe(0);
  });
});
