/**
 * Decorations as data on the view model: the numbers drawn are the model's (docs/traffic-model.md's
 * worked example), a slider move re-creates only the flow nodes and edges whose numbers changed,
 * and the change set's colours and findings land on the nodes that own the resources.
 */
import { computeTraffic, REFERENCE_DESIGN, removeElements, updateEdgeProps, updateNodeProps, type Design } from '@stackcanvas/core';
import { exportCloudFormation } from '@stackcanvas/core/cfn';
import { diffTemplates } from '@stackcanvas/core/changeset';
import { describe, expect, it } from 'vitest';
import { changeView, formerNodesFrom } from '../panels/changeView';
import { createDecorator, edgeWidth, trafficText, trafficTitle } from './decorations';
import { createEdgeMapper, createNodeMapper } from './toFlow';

const none = new Set<string>();
const sizes = new Map<string, { width: number; height: number }>();
const traffic = (d: Design) => computeTraffic(d, { entryRps: 50_000 });

describe('traffic decorations', () => {
  it('carry the rate arriving at each node and on each edge', () => {
    const decorate = createDecorator();
    const d = decorate(REFERENCE_DESIGN, 'en', traffic(REFERENCE_DESIGN), null);
    expect(d.nodes.get('alb')?.traffic?.rps).toBe(7_000);
    expect(d.nodes.get('db')?.traffic?.rps).toBe(1_330);
    expect(d.nodes.get('waf')?.traffic?.rps).toBe(50_000);
    expect(d.edges.get('web-db')?.traffic?.label).toBe('1,330/s');
    // The database at 1,330 of a db.t4g.small's 2,000 queries/s: 67 %.
    expect(trafficText(d.nodes.get('db')!.traffic!, 'en')).toBe('1,330/s · 67%');
    // The tooltip says where the capacity comes from.
    expect(trafficTitle(d.nodes.get('db')!.traffic!, 'en')).toMatch(/Reads 630\/s, writes 700\/s\nCapacity: 2,000 queries\/s/);
    expect(d.nodes.get('db')?.traffic?.overloaded).toBe(false);
    const ko = createDecorator()(REFERENCE_DESIGN, 'ko', traffic(REFERENCE_DESIGN), null);
    expect(ko.edges.get('web-db')?.traffic?.label).toBe('초당 1,330건');
  });

  it('a slider move re-creates only what it changed', () => {
    const decorate = createDecorator();
    const mapNodes = createNodeMapper();
    const mapEdges = createEdgeMapper();
    const a = decorate(REFERENCE_DESIGN, 'en', traffic(REFERENCE_DESIGN), null);
    const nodesA = mapNodes(REFERENCE_DESIGN, 'en', none, sizes, new Set(), a.nodes);
    const edgesA = mapEdges(REFERENCE_DESIGN, 'en', none, a.edges);
    // The query cache's hit ratio moves: only the database's load (and its edge) change.
    const moved = updateNodeProps(REFERENCE_DESIGN, 'querycache', { hitRatio: 50 });
    const b = decorate(moved, 'en', traffic(moved), null);
    const nodesB = mapNodes(moved, 'en', none, sizes, new Set(), b.nodes);
    const edgesB = mapEdges(moved, 'en', none, b.edges);
    const changedNodes = nodesB.filter((n, i) => n !== nodesA[i]).map((n) => n.id);
    const changedEdges = edgesB.filter((e, i) => e !== edgesA[i]).map((e) => e.id);
    // The query cache itself (new props), the database whose load rose to 3,850 (6,300 × 50 % + 700),
    // and the web servers, whose calls to it rose with it (their tooltip counts them).
    expect(changedNodes.sort()).toEqual(['db', 'querycache', 'web']);
    expect(changedEdges).toEqual(['web-db']);
    expect(b.nodes.get('db')?.traffic?.rps).toBe(3_850);
    // 3,850 of 2,000: overloaded, as the doc's what-if says (193 %).
    expect(b.nodes.get('db')?.traffic?.overloaded).toBe(true);
    expect(trafficText(b.nodes.get('db')!.traffic!, 'en')).toBe('3,850/s · 193%');
    expect(nodesB.find((n) => n.id === 'db')?.data.decoration?.traffic?.rps).toBe(3_850);
  });

  it('edge width grows with the share of the entry rate', () => {
    expect(edgeWidth(0, 50_000)).toBe(1.5);
    expect(edgeWidth(50_000, 50_000)).toBe(9);
    expect(edgeWidth(12_500, 50_000)).toBeCloseTo(5.3, 1);
    expect(edgeWidth(1, 0)).toBe(1.5);
  });

  it('nothing to draw: the same empty decorations, so nothing is re-created', () => {
    const decorate = createDecorator();
    expect(decorate(REFERENCE_DESIGN, 'en', null, null)).toBe(decorate(updateEdgeProps(REFERENCE_DESIGN, 'cdn-alb', { hitRatio: 0 }), 'en', null, null));
  });
});

describe('change decorations', () => {
  const baseline = JSON.parse(JSON.stringify(exportCloudFormation(REFERENCE_DESIGN).template)) as Record<string, unknown>;
  const viewOf = (after: Design, history: Design[] = []) => {
    const { template, owners } = exportCloudFormation(after);
    return changeView(diffTemplates(baseline, template), after, owners, baseline, () =>
      formerNodesFrom(
        after,
        history.map((design) => ({ design })),
      ),
    );
  };

  it('colour the replaced table and put its data finding on it', () => {
    const after = updateNodeProps(REFERENCE_DESIGN, 'table', { partitionKey: 'sku' });
    const d = createDecorator()(after, 'en', null, viewOf(after));
    const table = d.nodes.get('table')!;
    expect(table.change).toBe('replaced');
    expect(table.findings?.severity).toBe('warning');
    expect(table.findings?.codes).toBe('SC-CS-004');
    expect(table.findings?.data).toBe('kept');
    expect(table.findings?.text).toContain('the new one starts empty');
    expect(d.nodes.get('cdn')).toBeUndefined();
  });

  it('draw a removed component as a ghost where it was, with its data loss', () => {
    const after = removeElements(REFERENCE_DESIGN, { nodes: ['querycache'] });
    const d = createDecorator()(after, 'ko', null, viewOf(after, [REFERENCE_DESIGN]));
    expect(d.ghosts).toHaveLength(1);
    const g = d.ghosts[0]!;
    expect([g.id, g.label, g.kind, g.placed]).toEqual(['querycache', 'Query Cache', 'elasticache', false]);
    expect({ x: g.x, y: g.y }).toEqual(REFERENCE_DESIGN.nodes.find((n) => n.id === 'querycache')!.position);
    expect(g.findings?.data).toBe('lost');
    // Korean text of core's finding.
    expect(g.findings?.text).toContain('삭제');
    // Without the history (after a reload) it is placed under the design, and says so.
    const placed = createDecorator()(after, 'en', null, viewOf(after)).ghosts[0]!;
    expect(placed.placed).toBe(true);
    expect(placed.y).toBeGreaterThan(Math.max(...after.nodes.map((n) => n.position.y)));
  });
});
