/**
 * The references a template value makes (`collectRefs`, and `refSet`, which the export asks of
 * every resource): Ref, Fn::GetAtt, `${X}` / `${X.Attr}` in Fn::Sub, without pseudo parameters,
 * `${!Literal}` escapes or a Sub's own variables; hand-written cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectRefs, refSet, SUB_VAR, subVariable } from '../../src/import/refs';

/**
 * The walk as first written (one key list per object, a callback per reference): the plain
 * statement of what a reference is, which the export's fast walk must match on every value.
 */
function referenceWalk(value: unknown, out: string[] = []): string[] {
  const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  const subNames = (text: string, vars: Record<string, unknown> | undefined) => {
    for (const m of text.matchAll(SUB_VAR)) {
      const { name } = subVariable(m[1]!);
      if (name && !name.startsWith('AWS::') && !(vars && Object.prototype.propertyIsEnumerable.call(vars, name))) out.push(name);
    }
  };
  if (Array.isArray(value)) {
    for (const item of value) referenceWalk(item, out);
    return out;
  }
  if (!isRecord(value)) return out;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0]!;
    const inner = value[key];
    if (key === 'Ref' && typeof inner === 'string') {
      if (!inner.startsWith('AWS::')) out.push(inner);
      return out;
    }
    if (key === 'Fn::GetAtt') {
      if (typeof inner === 'string') out.push(inner.split('.')[0]!);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') {
        out.push(inner[0]);
        for (let i = 1; i < inner.length; i++) referenceWalk(inner[i], out);
      }
      return out;
    }
    if (key === 'Fn::Sub') {
      if (typeof inner === 'string') subNames(inner, undefined);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') {
        const vars = isRecord(inner[1]) ? inner[1] : undefined;
        subNames(inner[0], vars);
        if (vars) referenceWalk(vars, out);
      } else referenceWalk(inner, out);
      return out;
    }
  }
  for (const key of keys) referenceWalk(value[key], out);
  return out;
}

const value = {
  A: { Ref: 'Web' },
  B: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
  C: { 'Fn::GetAtt': 'Cache.RedisEndpoint.Port' },
  D: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Bucket}/${!Literal}/${ Web.Arn }' },
  E: { 'Fn::Sub': ['${Local}-${Queue}', { Local: { Ref: 'Param' } }] },
  F: [{ Ref: 'AWS::Region' }, { Ref: 'Web' }, { Ref: 'Db', Other: 1 }], // the last is no Ref: it has another key
  G: { 'Fn::Sub': 'no variables here' },
};

describe('references in a template value', () => {
  it('collectRefs: every reference in order, with duplicates; pseudo parameters, escapes and Sub variables left out', () => {
    expect(collectRefs(value)).toEqual(['Web', 'Db', 'Cache', 'Bucket', 'Web', 'Queue', 'Param', 'Web']);
  });

  it('refSet: the same, once each, in order of first appearance, added to a given set', () => {
    expect([...refSet(value)]).toEqual(['Web', 'Db', 'Cache', 'Bucket', 'Queue', 'Param']);
    const out = new Set(['Earlier']);
    expect(refSet({ Ref: 'Web' }, out)).toBe(out);
    expect([...out]).toEqual(['Earlier', 'Web']);
  });

  it('collectRefs (the fast walk the export runs on every resource) finds what the plain walk finds, in the same order with the same repeats, on any value (intrinsics of every shape, well-formed or not)', () => {
    const name = fc.constantFrom('Web', 'Db', 'AWS::Region', 'Bucket', 'toString', 'Web.Arn', '');
    const text = fc
      .array(
        fc.oneof(
          name.map((n) => `\${${n}}`),
          fc.constantFrom('${!Lit}', 'x', '-', '${ Db.Port }'),
          // Fragments the scanner of Sub strings must read as the regex does: `${}`, an unclosed `${`, `$${`, a `${` inside a variable, line breaks.
          fc.constantFrom('${', '}', '$', '{', '!', '${}', '${!', '\n', ' ', '.', 'Web'),
        ),
        { maxLength: 8 },
      )
      .map((parts) => parts.join(''));
    const { value: arbitrary } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(name, text, fc.integer(), fc.boolean(), fc.constant(null)),
        name.map((n) => ({ Ref: n })),
        fc.oneof(name, fc.tuple(name, tie('value')), fc.array(tie('value'), { maxLength: 3 }), tie('value')).map((a) => ({ 'Fn::GetAtt': a })),
        fc
          .oneof(text, fc.tuple(text, fc.dictionary(name, tie('value'), { maxKeys: 2 })), fc.array(tie('value'), { maxLength: 3 }), tie('value'))
          .map((a) => ({ 'Fn::Sub': a })),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('Ref', 'Fn::GetAtt', 'Fn::Sub', 'Properties', 'Tags', 'Value'), tie('value'), { maxKeys: 3 }),
      ),
    }));
    fc.assert(
      fc.property(arbitrary, (v) => {
        expect(collectRefs(v)).toEqual(referenceWalk(v));
        expect([...refSet(v)]).toEqual([...new Set(referenceWalk(v))]);
      }),
      { numRuns: 2000, seed: 16 },
    );
  });

  it('a name that only looks like a Sub variable name is not one ("toString", "__proto__")', () => {
    expect(collectRefs({ 'Fn::Sub': ['${toString}-${__proto__}', {}] })).toEqual(['toString', '__proto__']);
  });

  it('subVariable: the name before the first dot, the attribute after it', () => {
    expect(subVariable(' Web.Arn ')).toEqual({ name: 'Web', attribute: 'Arn' });
    expect(subVariable('Db.Endpoint.Address')).toEqual({ name: 'Db', attribute: 'Endpoint.Address' });
    expect(subVariable('Bucket')).toEqual({ name: 'Bucket', attribute: undefined });
  });
});
