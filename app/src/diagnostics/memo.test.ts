import { moveNodes, REFERENCE_DESIGN, updateNodeProps, setNodeLabel, validate } from '@stackcanvas/core';
import { expect, it } from 'vitest';
import { createDiagnosticsMemo } from './memo';
import { REFERENCE_DIAGNOSTICS } from 'virtual:stackcanvas/reference-diagnostics';

it('does not re-run the rules when only positions change, and does when props or labels do', () => {
  const memo = createDiagnosticsMemo(validate);
  const first = memo.diagnosticsFor(REFERENCE_DESIGN);
  const runs = memo.runs();
  const moved = moveNodes(REFERENCE_DESIGN, { web: { x: 999, y: 123 }, db: { x: -50, y: 40 } });
  expect(moved).not.toBe(REFERENCE_DESIGN);
  expect(memo.diagnosticsFor(moved)).toBe(first);
  expect(memo.runs()).toBe(runs);

  const sticky = updateNodeProps(moved, 'alb', { stickiness: true });
  const after = memo.diagnosticsFor(sticky);
  expect(memo.runs()).toBe(runs + 1);
  expect(after.map((d) => d.rule)).toContain('SC4002'); // sticky kept beside a session store

  const renamed = setNodeLabel(sticky, 'querycache', 'Session Store');
  expect(memo.diagnosticsFor(renamed).map((d) => d.rule)).toContain('SC6005'); // two labels, one logical id
  expect(memo.runs()).toBe(runs + 2);
});

it('indexes the worst severity per node and per edge, once per result', () => {
  const memo = createDiagnosticsMemo(validate);
  const diagnostics = memo.diagnosticsFor(updateNodeProps(REFERENCE_DESIGN, 'web', { minSize: 1 }));
  const index = memo.elementIndex(diagnostics);
  expect(index.nodes.get('web')?.severity).toBe('warning');
  expect(index.nodes.get('web')?.items.map((d) => d.rule)).toContain('SC3003');
  expect(index.nodes.get('assets')).toBeUndefined();
  expect(memo.elementIndex(diagnostics)).toBe(index);
});

it('two memos (two stores) keep their own caches', () => {
  const a = createDiagnosticsMemo(validate);
  const b = createDiagnosticsMemo(validate);
  a.diagnosticsFor(REFERENCE_DESIGN);
  expect([a.runs(), b.runs()]).toEqual([1, 0]);
});

it('without rules given, shows the reference architecture from the build-time result and loads the rules for anything else', async () => {
  expect(REFERENCE_DIAGNOSTICS).toEqual(validate(REFERENCE_DESIGN));
  let ready = 0;
  const memo = createDiagnosticsMemo(undefined, () => void ready++);
  expect(memo.diagnosticsFor(REFERENCE_DESIGN)).toBe(REFERENCE_DIAGNOSTICS);
  expect(memo.runs()).toBe(0);
  const sticky = updateNodeProps(REFERENCE_DESIGN, 'alb', { stickiness: true });
  await memo.prepare(sticky);
  expect(ready).toBe(1);
  expect(memo.diagnosticsFor(sticky)).toEqual(validate(sticky));
  expect(memo.runs()).toBe(1);
});

it('when the rules cannot be fetched, says so once for designs that need them, and does not fetch again', async () => {
  let fetches = 0;
  let ready = 0;
  const failing = () => (fetches++, Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  const memo = createDiagnosticsMemo(undefined, () => void ready++, failing);
  const sticky = updateNodeProps(REFERENCE_DESIGN, 'alb', { stickiness: true });
  await expect(memo.prepare(sticky)).resolves.toBeUndefined(); // start-up goes on without them
  expect(memo.loadFailure(sticky)?.message).toBe('Failed to fetch dynamically imported module');
  expect(ready).toBe(1); // the views ask again, and see the failure
  expect(memo.diagnosticsFor(sticky)).toEqual([]);
  memo.diagnosticsFor(setNodeLabel(sticky, 'alb', 'Front'));
  await memo.prepare(sticky);
  expect(fetches).toBe(1);
  // The reference design keeps its build-time result: nothing is missing there.
  expect(memo.loadFailure(REFERENCE_DESIGN)).toBeNull();
  expect(memo.diagnosticsFor(REFERENCE_DESIGN)).toBe(REFERENCE_DIAGNOSTICS);
  expect(memo.runs()).toBe(0);
});
