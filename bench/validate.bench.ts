import { createValidationMemo, moveNodes, REFERENCE_DESIGN, validate, type Design } from '@stackcanvas/core';

const diagnosticsFor = createValidationMemo();
import type { Benchmark } from './micro';

/** `copies` copies of the reference architecture (10 nodes, 9 edges each): realistic, rule-rich. */
function referenceCopies(copies: number): Design {
  const nodes = [];
  const edges = [];
  for (let i = 0; i < copies; i++) {
    for (const n of REFERENCE_DESIGN.nodes)
      nodes.push({ ...n, id: `${n.id}-${i}`, label: `${n.label ?? n.id} ${i}`, position: { x: n.position.x + i * 1000, y: n.position.y } });
    for (const e of REFERENCE_DESIGN.edges) edges.push({ ...e, id: `${e.id}-${i}`, source: `${e.source}-${i}`, target: `${e.target}-${i}` });
  }
  return { ...REFERENCE_DESIGN, nodes, edges };
}

let step = 0;

/** A fresh design object per run, as after an edit in the app, so the graph index is rebuilt too. */
export const benchmarks: Benchmark[] = [
  ...[100, 1000].map((n) => ({
    name: `validate (all rules), ${n} nodes`,
    setup: () => referenceCopies(n / 10),
    run: (d: unknown) => validate({ ...(d as Design) }),
    iterations: 30,
  })),
  // What the app does on each drag step: a position-only change reuses the last result.
  {
    name: 'app diagnostics after a move (no re-validation), 1000 nodes',
    setup: () => {
      const d = referenceCopies(100);
      diagnosticsFor(d);
      return d;
    },
    run: (d: unknown) => {
      const design = d as Design;
      const moved = moveNodes(design, { 'web-7': { x: (step = (step + 1) % 1000), y: 5 } });
      return diagnosticsFor(moved);
    },
    iterations: 30,
  },
];
