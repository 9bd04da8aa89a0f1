import { expect, it } from 'vitest';
import { connect, createValidationMemo, moveNodes, REFERENCE_DESIGN, removeElements, updateEdgeProps } from '../../src/index';

it('re-validates on structural changes only, never on moves', () => {
  const memo = createValidationMemo();
  const first = memo(REFERENCE_DESIGN);
  expect(memo.runs()).toBe(1);
  const moved = moveNodes(REFERENCE_DESIGN, { cdn: { x: 5, y: 5 } });
  expect(memo(moved)).toBe(first);
  expect(memo(moveNodes(moved, { db: { x: 1, y: 2 } }))).toBe(first);
  expect(memo.runs()).toBe(1);

  // An edge prop (a path pattern) is structural.
  const pattern = updateEdgeProps(moved, 'cdn-assets', { pathPattern: 'static/*' });
  memo(pattern);
  expect(memo.runs()).toBe(2);
  // So is removing an edge, which here leaves the ALB without targets.
  const cut = removeElements(pattern, { edges: ['alb-web'] });
  expect(memo(cut).map((d) => d.rule)).toContain('SC3001');
  expect(memo.runs()).toBe(3);
});

it('a reconnected design is validated again', () => {
  const memo = createValidationMemo();
  const cut = removeElements(REFERENCE_DESIGN, { edges: ['web-querycache'] });
  expect(memo(cut).map((d) => d.rule)).toContain('SC5004'); // a cache no one reads
  const again = connect(cut, 'web', 'querycache');
  if (!again.ok) throw new Error(`connect refused: ${again.reason}`);
  expect(memo(again.design).map((d) => d.rule)).not.toContain('SC5004');
  expect(memo.runs()).toBe(2);
});
