import { moveNodes, REFERENCE_DESIGN, updateNodeProps, setNodeLabel } from '@stackcanvas/core';
import { expect, it } from 'vitest';
import { diagnosticsFor, elementIndex, validationRuns } from './memo';

it('does not re-run the rules when only positions change, and does when props or labels do', () => {
  const first = diagnosticsFor(REFERENCE_DESIGN);
  const runs = validationRuns();
  const moved = moveNodes(REFERENCE_DESIGN, { web: { x: 999, y: 123 }, db: { x: -50, y: 40 } });
  expect(moved).not.toBe(REFERENCE_DESIGN);
  expect(diagnosticsFor(moved)).toBe(first);
  expect(validationRuns()).toBe(runs);

  const sticky = updateNodeProps(moved, 'alb', { stickiness: true });
  const after = diagnosticsFor(sticky);
  expect(validationRuns()).toBe(runs + 1);
  expect(after.map((d) => d.rule)).toContain('SC4002'); // sticky kept beside a session store

  const renamed = setNodeLabel(sticky, 'querycache', 'Session Store');
  expect(diagnosticsFor(renamed).map((d) => d.rule)).toContain('SC6005'); // two labels, one logical id
  expect(validationRuns()).toBe(runs + 2);
});

it('indexes the worst severity per node and per edge', () => {
  const sticky = updateNodeProps(REFERENCE_DESIGN, 'web', { minSize: 1 });
  const index = elementIndex(diagnosticsFor(sticky));
  expect(index.nodes.get('web')?.severity).toBe('warning');
  expect(index.nodes.get('web')?.items.map((d) => d.rule)).toContain('SC3003');
  expect(index.nodes.get('assets')).toBeUndefined();
});
