import { describe, expect, it } from 'vitest';
import type { Kind } from '../catalog/index';
import { REFERENCE_DESIGN } from '../examples';
import type { Design } from '../model/types';
import { AZ_COUNT } from '../network/plan';
import { intersects, nodeRect } from './geometry';
import { networkBoxes } from './network';

const node = (id: string, kind: Kind, x: number, y: number) => ({ id, kind, position: { x, y }, props: {} });

describe('networkBoxes', () => {
  it('draws one row per tier of the network plan, top to bottom, with one lane per Availability Zone', () => {
    const boxes = networkBoxes(REFERENCE_DESIGN, { subnets: true })!;
    expect(boxes.rows.map((r) => r.tier)).toEqual(['public', 'app', 'data']);
    expect(boxes.rows.map((r) => [...r.nodes])).toEqual([['alb'], ['web'], ['sessions', 'dax', 'querycache', 'db']]);
    expect(AZ_COUNT).toBe(2);
    for (const row of boxes.rows) {
      expect(row.lanes.map((l) => l.az)).toEqual([0, 1]);
      // The lanes stack inside the row, below its title band, and share the line the nodes are centred on.
      const [a, b] = row.lanes;
      expect(a!.rect.y + a!.rect.height).toBe(b!.rect.y);
      expect(b!.rect.y + b!.rect.height).toBe(row.rect.y + row.rect.height);
      for (const id of row.nodes) {
        const n = REFERENCE_DESIGN.nodes.find((x) => x.id === id)!;
        // Drawn across both lanes: the line between them runs through the middle of the node.
        expect(b!.rect.y).toBe(n.position.y + 40);
        const r = nodeRect(n.position);
        expect(r.x >= row.rect.x && r.x + r.width <= row.rect.x + row.rect.width).toBe(true);
      }
    }
    // Rows do not overlap; the VPC frame holds them all.
    for (let i = 1; i < boxes.rows.length; i++) expect(intersects(boxes.rows[i - 1]!.rect, boxes.rows[i]!.rect)).toBe(false);
    for (const row of boxes.rows) {
      const r = row.rect;
      const v = boxes.vpc;
      expect(r.x >= v.x && r.y >= v.y && r.x + r.width <= v.x + v.width && r.y + r.height <= v.y + v.height).toBe(true);
    }
  });

  it('puts an internal load balancer in the app row, and private nodes in the data row when nothing needs egress', () => {
    const internal: Design = {
      ...REFERENCE_DESIGN,
      nodes: [{ ...node('lb', 'alb', 0, 0), props: { internetFacing: false } }, node('cache', 'elasticache', 0, 200)],
      edges: [],
    };
    // No Auto Scaling group: no NAT, no app tier; the plan moves the internal ALB to the isolated tier.
    expect(networkBoxes(internal, { subnets: true })!.rows.map((r) => [r.tier, [...r.nodes]])).toEqual([['data', ['lb', 'cache']]]);
  });

  it('without subnets is the padded box of the in-VPC nodes; nothing in the VPC: null', () => {
    const plain = networkBoxes(REFERENCE_DESIGN, { subnets: false })!;
    expect(plain.rows).toEqual([]);
    expect(plain.vpc).toEqual({ x: -32, y: 180, width: 840 + 64, height: 480 + 64 + 28 });
    const edgeOnly: Design = { ...REFERENCE_DESIGN, nodes: [node('cdn', 'cloudfront', 0, 0)], edges: [] };
    expect(networkBoxes(edgeOnly, { subnets: true })).toBeNull();
  });

  it('follows overriding positions (a node being dragged)', () => {
    const boxes = networkBoxes(REFERENCE_DESIGN, { subnets: true, positions: new Map([['db', { x: 1200, y: 640 }]]) })!;
    expect(boxes.vpc.x + boxes.vpc.width).toBe(1200 + 180 + 20 + 16);
  });
});
