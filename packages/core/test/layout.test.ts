import { describe, expect, it } from 'vitest';
import {
  autoLayout,
  catalog,
  outsideNodesInFrame,
  EXAMPLES,
  moveNodes,
  NODE_HEIGHT,
  NODE_WIDTH,
  nodesInVpc,
  REFERENCE_DESIGN,
  vpcFrame,
  type Design,
} from '../src/index';

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
}

describe('autoLayout', () => {
  it('places every node, callers left of callees, without overlaps', async () => {
    const pos = await autoLayout(REFERENCE_DESIGN);
    expect(Object.keys(pos).sort()).toEqual(REFERENCE_DESIGN.nodes.map((n) => n.id).sort());
    for (const e of REFERENCE_DESIGN.edges) {
      expect(pos[e.source]!.x, `${e.source} left of ${e.target}`).toBeLessThan(pos[e.target]!.x);
    }
    const ids = Object.keys(pos);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) expect(overlaps(pos[ids[i]!]!, pos[ids[j]!]!), `${ids[i]} vs ${ids[j]}`).toBe(false);
  });
  it('is deterministic', async () => {
    expect(await autoLayout(REFERENCE_DESIGN)).toEqual(await autoLayout(REFERENCE_DESIGN));
  });
  it('keeps edge services outside the VPC frame it draws', async () => {
    for (const example of EXAMPLES) {
      const laid = moveNodes(example.design, await autoLayout(example.design));
      const frame = vpcFrame(laid);
      if (!frame) continue;
      for (const n of laid.nodes) {
        const inside =
          n.position.x >= frame.x &&
          n.position.x + NODE_WIDTH <= frame.x + frame.width &&
          n.position.y >= frame.y &&
          n.position.y + NODE_HEIGHT <= frame.y + frame.height;
        const touches =
          n.position.x < frame.x + frame.width &&
          frame.x < n.position.x + NODE_WIDTH &&
          n.position.y < frame.y + frame.height &&
          frame.y < n.position.y + NODE_HEIGHT;
        if (nodesInVpc(laid).has(n.id)) expect(inside, `${example.id}: ${n.id} inside`).toBe(true);
        else expect(touches, `${example.id}: ${n.id} outside`).toBe(false);
      }
    }
  });
  it('handles an empty design', async () => {
    const empty: Design = { ...REFERENCE_DESIGN, nodes: [], edges: [] };
    expect(await autoLayout(empty)).toEqual({});
    expect(vpcFrame(empty)).toBeNull();
  });
});

describe('vpcFrame', () => {
  it('surrounds exactly the in-VPC nodes with padding, honouring overrides', () => {
    const frame = vpcFrame(REFERENCE_DESIGN)!;
    // In-VPC nodes of the reference: alb (520,280), web (800,280), caches/dax at x 1100, db at y 520.
    expect(frame.x).toBeLessThan(520);
    expect(frame.x + frame.width).toBe(1100 + NODE_WIDTH + 32);
    expect(frame.y + frame.height).toBe(520 + NODE_HEIGHT + 32);
    const moved = vpcFrame(REFERENCE_DESIGN, new Map([['db', { x: 1100, y: 900 }]]))!;
    expect(moved.y + moved.height).toBe(900 + NODE_HEIGHT + 32);
  });
});

describe('outsideNodesInFrame', () => {
  it('names the edge services the frame covers, and none in the reference', () => {
    expect([...outsideNodesInFrame(REFERENCE_DESIGN)]).toEqual([]);
    // S3 moved between the ALB column and the caches is covered by the frame.
    const covered = moveNodes(REFERENCE_DESIGN, { assets: { x: 520, y: 40 } });
    expect([...outsideNodesInFrame(covered)]).toEqual(['assets']);
  });
  it('is empty after an auto-layout and when there is no VPC', async () => {
    const laid = moveNodes(REFERENCE_DESIGN, await autoLayout(REFERENCE_DESIGN));
    expect(outsideNodesInFrame(laid).size).toBe(0);
    const edgeOnly: Design = { ...REFERENCE_DESIGN, nodes: REFERENCE_DESIGN.nodes.filter((n) => !catalog[n.kind].inVpc), edges: [] };
    expect(outsideNodesInFrame(edgeOnly).size).toBe(0);
  });
});
