import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../examples';
import { nodeRect, type Point, type Rect } from './geometry';
import { routeEdges, routePath, type EdgeRoute, type RouteNode } from './routes';

const nodesOf = (d = REFERENCE_DESIGN): RouteNode[] => d.nodes.map((n) => ({ id: n.id, rect: nodeRect(n.position) }));
const edgesOf = (d = REFERENCE_DESIGN) => d.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

const onBoundary = (p: Point, r: Rect) =>
  ((p.x === r.x || p.x === r.x + r.width) && p.y >= r.y && p.y <= r.y + r.height) ||
  ((p.y === r.y || p.y === r.y + r.height) && p.x >= r.x && p.x <= r.x + r.width);

/** Whether the axis-parallel segment a–b passes through the inside of r (written here, apart from the router). */
function throughRect(a: Point, b: Point, r: Rect): boolean {
  const steps = 50;
  for (let i = 1; i < steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > r.x + 0.5 && x < r.x + r.width - 0.5 && y > r.y + 0.5 && y < r.y + r.height - 0.5) return true;
  }
  return false;
}

function segments(route: EdgeRoute): [Point, Point][] {
  return route.points.slice(1).map((p, i) => [route.points[i]!, p]);
}

/** Proper crossing of two axis-parallel segments (one horizontal, one vertical), ends excluded. */
function cross([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const h1 = a.y === b.y;
  const h2 = c.y === d.y;
  if (h1 === h2) return false;
  const [h, v] = h1
    ? [
        [a, b],
        [c, d],
      ]
    : [
        [c, d],
        [a, b],
      ];
  const [p, q] = h as [Point, Point];
  const [r, s] = v as [Point, Point];
  return r.x > Math.min(p.x, q.x) && r.x < Math.max(p.x, q.x) && p.y > Math.min(r.y, s.y) && p.y < Math.max(r.y, s.y);
}

function expectWellFormed(routes: Map<string, EdgeRoute>, nodes: RouteNode[], edges: { id: string; source: string; target: string }[]) {
  const rect = new Map(nodes.map((n) => [n.id, n.rect]));
  for (const e of edges) {
    const route = routes.get(e.id)!;
    expect(route, e.id).toBeDefined();
    expect(route.points.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of segments(route)) expect(a.x === b.x || a.y === b.y, `${e.id} orthogonal`).toBe(true);
    expect(onBoundary(route.points[0]!, rect.get(e.source)!), `${e.id} leaves its source's side`).toBe(true);
    expect(onBoundary(route.points.at(-1)!, rect.get(e.target)!), `${e.id} enters its target's side`).toBe(true);
    for (const n of nodes) {
      for (const [a, b] of segments(route)) expect(throughRect(a, b, n.rect), `${e.id} runs through ${n.id}`).toBe(false);
    }
  }
}

describe('routeEdges on the reference architecture', () => {
  const nodes = nodesOf();
  const edges = edgesOf();
  const routes = routeEdges(nodes, edges);

  it('routes every edge orthogonally, side to side, through no node', () => {
    expectWellFormed(routes, nodes, edges);
  });

  it('goes down where requests go down, across where they go across', () => {
    expect([routes.get('cdn-alb')!.sourceSide, routes.get('cdn-alb')!.targetSide]).toEqual(['bottom', 'top']);
    expect([routes.get('waf-cdn')!.sourceSide, routes.get('waf-cdn')!.targetSide]).toEqual(['right', 'left']);
    // A straight chain stays straight: CDN over ALB over the Auto Scaling group.
    expect(routes.get('cdn-alb')!.points).toHaveLength(2);
    expect(routes.get('alb-web')!.points).toHaveLength(2);
  });

  it('fans out from the Auto Scaling group without a shared trunk or a crossing, each label by its target', () => {
    const fan = ['web-sessions', 'web-dax', 'web-querycache', 'web-db'];
    const starts = fan.map((id) => routes.get(id)!.points[0]!.x);
    expect(new Set(starts).size).toBe(4);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (let i = 0; i < fan.length; i++)
      for (let j = i + 1; j < fan.length; j++)
        for (const s of segments(routes.get(fan[i]!)!))
          for (const t of segments(routes.get(fan[j]!)!)) expect(cross(s, t), `${fan[i]} × ${fan[j]}`).toBe(false);
    const targets = ['sessions', 'dax', 'querycache', 'db'].map((id) => nodes.find((n) => n.id === id)!.rect);
    fan.forEach((id, i) => {
      const label = routes.get(id)!.label;
      const distance = (r: Rect) => Math.hypot(label.x - (r.x + r.width / 2), label.y - r.y);
      const nearest = targets.reduce((best, r, k) => (distance(r) < distance(targets[best]!) ? k : best), 0);
      expect(nearest, `${id}'s label sits by its own target`).toBe(i);
      // Right above the target, on the segment entering it.
      expect(targets[i]!.y - label.y).toBeGreaterThan(10);
      expect(targets[i]!.y - label.y).toBeLessThan(40);
    });
  });

  it('is deterministic', () => {
    expect(routeEdges(nodesOf(), edgesOf())).toEqual(routes);
  });
});

describe('routeEdges around obstacles', () => {
  it('goes around a node standing between the two ends', () => {
    const nodes: RouteNode[] = [
      { id: 'a', rect: { x: 0, y: 0, width: 180, height: 80 } },
      { id: 'block', rect: { x: 0, y: 200, width: 180, height: 80 } },
      { id: 'b', rect: { x: 0, y: 400, width: 180, height: 80 } },
    ];
    const edges = [{ id: 'e', source: 'a', target: 'b' }];
    const routes = routeEdges(nodes, edges);
    expectWellFormed(routes, nodes, edges);
    expect(routes.get('e')!.points.length).toBeGreaterThan(2);
  });

  it('keeps every route clear of every node on random grid layouts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ col: fc.nat(5), row: fc.nat(5) }), { minLength: 2, maxLength: 14, selector: (c) => `${c.col},${c.row}` }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 16 }),
        (cells, pairs) => {
          const nodes = cells.map((c, i) => ({ id: `n${i}`, rect: { x: c.col * 280, y: c.row * 200, width: 180, height: 80 } }));
          const edges = pairs
            .filter(([s, t]) => s < nodes.length && t < nodes.length && s !== t)
            .map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}` }));
          const routes = routeEdges(nodes, edges);
          expectWellFormed(routes, nodes, edges);
          expect(routeEdges(nodes, edges)).toEqual(routes);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('routePath', () => {
  it('draws the corners rounded and ends on the last point', () => {
    const d = routePath([
      { x: 0, y: 0 },
      { x: 0, y: 50 },
      { x: 100, y: 50 },
    ]);
    expect(d).toBe('M0 0 L0 42 Q0 50 8 50 L100 50');
  });
});
