import { KINDS, parseDesign } from '@stackcanvas/core';
import type { Benchmark } from './micro';

/** A design of `n` nodes, a chain of allowed edges where possible. */
export function syntheticDesign(n: number): string {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: KINDS[i % KINDS.length], position: { x: i * 10, y: 0 } }));
  const edges = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: node.id }));
  return JSON.stringify({ format: 'stackcanvas.design', version: 1, name: `synthetic-${n}`, nodes, edges });
}

export const benchmarks: Benchmark[] = [100, 1000].map((n) => ({
  name: `parseDesign, ${n} nodes`,
  setup: () => syntheticDesign(n),
  run: (text) => parseDesign(text as string),
}));
