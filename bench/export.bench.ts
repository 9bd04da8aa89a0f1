import { parseDesign, REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { toCfnJson, toCfnYaml, toCloudFormation } from '@stackcanvas/core/cfn';
import type { Benchmark } from './micro';

/** `n` nodes: copies of the reference caching architecture (10 nodes, 9 edges each), every edge allowed. */
export function referenceCopies(n: number): Design {
  const copies = Math.ceil(n / REFERENCE_DESIGN.nodes.length);
  const nodes: unknown[] = [];
  const edges: unknown[] = [];
  for (let c = 0; c < copies; c++) {
    for (const node of REFERENCE_DESIGN.nodes) {
      if (nodes.length === n) break;
      nodes.push({ ...node, id: `${node.id}-${c}`, label: `${node.label ?? node.kind} ${c}` });
    }
    for (const e of REFERENCE_DESIGN.edges) edges.push({ ...e, id: `${e.id}-${c}`, source: `${e.source}-${c}`, target: `${e.target}-${c}` });
  }
  const ids = new Set(nodes.map((x) => (x as { id: string }).id));
  const r = parseDesign({
    format: 'stackcanvas.design',
    version: 1,
    name: `copies-${n}`,
    nodes,
    edges: edges.filter((e) => ids.has((e as { source: string }).source) && ids.has((e as { target: string }).target)),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.design;
}

export const benchmarks: Benchmark[] = [100, 1000].flatMap((n) => [
  {
    name: `toCloudFormation (template object), ${n} nodes`,
    setup: () => referenceCopies(n),
    run: (d: unknown) => toCloudFormation(d as Design),
    iterations: n > 100 ? 5 : 10,
  },
  { name: `toCfnYaml, ${n} nodes`, setup: () => referenceCopies(n), run: (d: unknown) => toCfnYaml(d as Design), iterations: n > 100 ? 5 : 10 },
  { name: `toCfnJson, ${n} nodes`, setup: () => referenceCopies(n), run: (d: unknown) => toCfnJson(d as Design), iterations: n > 100 ? 5 : 10 },
]);
