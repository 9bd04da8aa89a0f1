import { describe, expect, it } from 'vitest';
import { formatMegabytes, memoizeOnStructure, moveNodes, REFERENCE_DESIGN, renameDesign, setNodeLabel, updateNodeProps, utf8SizeOver } from '../src/index';

describe('memoizeOnStructure', () => {
  it('reuses the result across moves and recomputes on labels, props and the name', () => {
    const memo = memoizeOnStructure((d) => ({ nodes: d.nodes.length, name: d.name }));
    const first = memo(REFERENCE_DESIGN);
    const moved = moveNodes(REFERENCE_DESIGN, { web: { x: 1, y: 2 }, db: { x: 3, y: 4 } });
    expect(memo(moved)).toBe(first);
    expect(memo.runs()).toBe(1);
    memo(setNodeLabel(moved, 'web', 'App'));
    expect(memo.runs()).toBe(2);
    memo(updateNodeProps(moved, 'web', { minSize: 3 }));
    expect(memo.runs()).toBe(3);
    expect(memo(renameDesign(moved, 'other')).name).toBe('other');
    expect(memo.runs()).toBe(4);
  });
});

describe('utf8SizeOver', () => {
  it('counts bytes, not characters, and says nothing within the limit', () => {
    expect(utf8SizeOver('abc', 100)).toBeUndefined();
    expect(utf8SizeOver('가나', 5)).toBe(6); // 3 bytes each: over a limit of 5 with 2 characters
    expect(utf8SizeOver('가나', 6)).toBeUndefined();
    expect(utf8SizeOver('ab', 5)).toBeUndefined();
    expect(utf8SizeOver('x'.repeat(11), 10)).toBe(11);
    expect(formatMegabytes(6 * 1024 * 1024)).toBe('6.0 MB');
  });
});
