import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grouped } from '../src/model/numbers';

describe('grouped (thousands separators without Intl)', () => {
  it('writes what Intl writes for en-US, for whole numbers of any size and sign', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('rounds a fraction as the figures we print are rounded', () => {
    expect(grouped(1234.4)).toBe('1,234');
    expect(grouped(1234.5)).toBe('1,235');
    expect(grouped(999.6)).toBe('1,000');
    expect(grouped(0)).toBe('0');
    expect(grouped(-0.2)).toBe('0');
  });

  it('leaves what is not a finite number as JavaScript writes it', () => {
    expect(grouped(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(grouped(Number.NaN)).toBe('NaN');
  });
});
