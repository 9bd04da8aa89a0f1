/**
 * The export's walk for the references of each resource (`refsIn`, straight into a set) against
 * the importer's reading of a reference (`collectRefs`): the same names in the same order, for
 * random values full of intrinsics, Sub strings with variables, pseudo parameters, `${!Literal}`
 * escapes and Sub variable maps, and for every resource of the example templates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refsIn } from '../../src/cfn/imported';
import { toCloudFormation } from '../../src/cfn/index';
import { EXAMPLES } from '../../src/examples';
import { collectRefs } from '../../src/import/refs';

const name = fc.constantFrom('A', 'Web', 'Web.Arn', 'AWS::Region', 'AWS::StackName', ' B ', 'C.D.E', '', 'toString', '__proto__', 'X');
const subText = fc
  .array(
    fc.oneof(
      name.map((n) => `\${${n}}`),
      name.map((n) => `\${!${n}}`),
      fc.constantFrom('text', '$', '{', '}', '${', ' ', '.', '${}', '$${A}'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const value = fc.letrec<{ tree: unknown; intrinsic: unknown }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'r' },
    fc.oneof(name, subText, fc.integer(), fc.boolean(), fc.constant(null)),
    tie('intrinsic'),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(name, fc.constantFrom('Ref', 'Fn::GetAtt', 'Fn::Sub')), tie('tree'), { maxKeys: 3 }),
  ),
  intrinsic: fc.oneof(
    fc.record({ Ref: fc.oneof(name, tie('tree')) }),
    fc.record({ 'Fn::GetAtt': fc.oneof(name, fc.array(fc.oneof(name, tie('tree')), { maxLength: 3 }), tie('tree')) }),
    fc.record({
      'Fn::Sub': fc.oneof(subText, fc.tuple(subText, fc.dictionary(name, tie('tree'), { maxKeys: 3 })), fc.tuple(subText), tie('tree')),
    }),
  ),
}));

describe('refsIn', () => {
  it('finds what collectRefs finds, in the same order, without duplicates', () => {
    fc.assert(
      fc.property(value.tree, (v) => {
        expect([...refsIn(v)]).toEqual([...new Set(collectRefs(v))]);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with collectRefs on every resource of the example templates', () => {
    let compared = 0;
    for (const e of EXAMPLES) {
      for (const r of Object.values(toCloudFormation(e.design).Resources)) {
        expect([...refsIn(r)]).toEqual([...new Set(collectRefs(r))]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
