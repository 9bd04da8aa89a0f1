import { afterEach, describe, expect, it } from 'vitest';
import { importAndLayout, type ImportProgress } from '../../src/import/index';
import { NODE_HEIGHT, NODE_WIDTH, QUICK_LAYOUT_NODES, setElkRunner } from '../../src/layout/index';
import { bigTemplate } from './big-template';

afterEach(() => setElkRunner(undefined));

describe('importAndLayout progress', () => {
  it('reports parse, map and layout in order, with the template’s own counts', async () => {
    const { template } = bigTemplate(12);
    const text = JSON.stringify(template);
    const seen: ImportProgress[] = [];
    const r = await importAndLayout(text, { name: 'p' }, (p) => seen.push(p));
    if (!r.ok) throw new Error(r.error.message);
    expect(seen.map((p) => p.stage)).toEqual(['parse', 'map', 'layout']);
    expect(seen[0]).toEqual({ stage: 'parse', bytes: text.length });
    expect(seen[1]).toEqual({ stage: 'map', resources: 12 });
    expect(seen[2]).toEqual({ stage: 'layout', nodes: r.design.nodes.length, edges: r.design.edges.length });
    expect(r.design.nodes).toHaveLength(12);
  });

  it('reports no map or layout stage for a design file or a refused text', async () => {
    const seen: string[] = [];
    const bad = await importAndLayout('{"Resources": ', {}, (p) => seen.push(p.stage));
    expect(bad.ok).toBe(false);
    expect(seen).toEqual(['parse']);
  });
});

describe('autoLayout on a large import', () => {
  it('hands elkjs a quick configuration from QUICK_LAYOUT_NODES nodes on, and still places callers above callees without overlaps', async () => {
    const graphs: { options: Record<string, unknown>; nodes: number }[] = [];
    const { elkLayout } = await import('../../src/layout/index');
    setElkRunner((graph, nodes) => {
      graphs.push({ options: { ...graph.layoutOptions }, nodes });
      return elkLayout(graph);
    });
    const { template } = bigTemplate(QUICK_LAYOUT_NODES + 20);
    const r = await importAndLayout(JSON.stringify(template), { name: 'big' });
    if (!r.ok) throw new Error(r.error.message);
    expect(graphs).toHaveLength(1);
    expect(graphs[0]!.nodes).toBe(QUICK_LAYOUT_NODES + 20);
    expect(graphs[0]!.options).toMatchObject({ 'elk.layered.thoroughness': '1', 'elk.edgeRouting': 'POLYLINE' });
    const at = new Map(r.design.nodes.map((n) => [n.id, n.position]));
    // Requests flow down. The importer turns a few references around (an S3 notification's Lambda
    // calls nothing: the bucket calls it), which makes some cycles; elk breaks each with one edge.
    expect(r.design.edges.length).toBeGreaterThan(300);
    const up = r.design.edges.filter((e) => at.get(e.source)!.y >= at.get(e.target)!.y);
    expect(up.length, up.map((e) => e.id).join(', ')).toBeLessThanOrEqual(r.design.edges.length * 0.02);
    const boxes = [...at.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + NODE_HEIGHT && b.y < a.y + NODE_HEIGHT;
        expect(overlap, `${i} vs ${j}`).toBe(false);
      }
  }, 120_000);

  it('keeps elkjs’ full configuration below QUICK_LAYOUT_NODES, and runs in this thread when the runner declines', async () => {
    const asked: number[] = [];
    setElkRunner((graph, nodes) => {
      asked.push(nodes);
      expect(graph.layoutOptions?.['elk.layered.thoroughness']).toBeUndefined();
      return null;
    });
    const r = await importAndLayout(JSON.stringify(bigTemplate(8).template), { name: 'small' });
    if (!r.ok) throw new Error(r.error.message);
    expect(asked).toEqual([8]);
    expect(new Set(r.design.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(8);
  });

  it('uses what the runner answers', async () => {
    const { elkLayout } = await import('../../src/layout/index');
    setElkRunner(async (graph) => {
      const out = await elkLayout(graph);
      return { ...out, children: out.children?.map((c) => ({ ...c, x: (c.x ?? 0) + 10_000 })) };
    });
    const r = await importAndLayout(JSON.stringify(bigTemplate(4).template), { name: 'shifted' });
    if (!r.ok) throw new Error(r.error.message);
    for (const n of r.design.nodes) expect(n.position.x).toBeGreaterThanOrEqual(10_000);
  });
});
