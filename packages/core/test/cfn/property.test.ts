/**
 * Property test over random designs built from the catalog (every kind, every prop within its
 * limits, any allowed edge): the export either refuses with a CfnExportError or gives a template
 * whose references all resolve and whose resources match the CloudFormation schemas, and the same
 * design always gives the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Design } from '../../src/index';
import { CfnExportError, exportCloudFormation, toCfnJson } from '../../src/cfn/index';
import { designArb } from './fixtures';
import { schemaProblems } from './oracles';

/** Every Ref, Sub variable, DependsOn, Condition and literal FindInMap of a template resolves. */
function danglingReferences(t: Record<string, any>): string[] {
  const out: string[] = [];
  const resources = t['Resources'] ?? {};
  const names = new Set([...Object.keys(resources), ...Object.keys(t['Parameters'] ?? {})]);
  const conditions = new Set(Object.keys(t['Conditions'] ?? {}));
  const known = (n: string) => n.startsWith('AWS::') || names.has(n);
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x) => walk(x, where));
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o['Ref'] === 'string' && !known(o['Ref'])) out.push(`${where}: Ref ${o['Ref']}`);
    const s = o['Fn::Sub'];
    const text = typeof s === 'string' ? s : Array.isArray(s) ? s[0] : undefined;
    const vars = Array.isArray(s) ? Object.keys((s[1] ?? {}) as object) : [];
    if (typeof text === 'string') {
      for (const m of text.matchAll(/\$\{([^}!]+)\}/g)) {
        const name = m[1]!.split('.')[0]!;
        if (!known(name) && !vars.includes(name)) out.push(`${where}: Sub \${${m[1]}}`);
      }
    }
    const iff = o['Fn::If'];
    if (Array.isArray(iff) && !conditions.has(iff[0] as string)) out.push(`${where}: If ${String(iff[0])}`);
    const fim = o['Fn::FindInMap'];
    if (Array.isArray(fim) && typeof fim[0] === 'string' && !(fim[0] in (t['Mappings'] ?? {}))) out.push(`${where}: FindInMap ${fim[0]}`);
    Object.values(o).forEach((x) => walk(x, where));
  };
  for (const [id, r] of Object.entries(resources) as [string, Record<string, unknown>][]) {
    for (const d of ([] as unknown[]).concat(r['DependsOn'] ?? [])) if (!(String(d) in resources)) out.push(`${id}: DependsOn ${String(d)}`);
    if (typeof r['Condition'] === 'string' && !conditions.has(r['Condition'])) out.push(`${id}: Condition ${r['Condition']}`);
    walk(r['Properties'], id);
  }
  walk(t['Outputs'], 'Outputs');
  walk(t['Conditions'], 'Conditions');
  return out;
}

describe('random designs', () => {
  it('export to a template whose references resolve and whose resources match the schemas, or refuse clearly', () => {
    let exported = 0;
    fc.assert(
      fc.property(designArb, (design) => {
        if (!design) return;
        let t;
        try {
          t = exportCloudFormation(design).template;
        } catch (e) {
          expect(e).toBeInstanceOf(CfnExportError);
          expect((e as CfnExportError).nodes.length).toBeGreaterThan(0);
          return;
        }
        exported++;
        expect(danglingReferences(t as Record<string, any>)).toEqual([]);
        expect(schemaProblems(t)).toEqual([]);
        expect(toCfnJson(design)).toBe(toCfnJson(JSON.parse(JSON.stringify(design)) as Design));
      }),
      { numRuns: 150, seed: 20261125 },
    );
    expect(exported).toBeGreaterThan(50);
  }, 300_000);
});

describe('the reference checker', () => {
  it('finds dangling Ref, Sub, If, FindInMap, DependsOn and Condition', () => {
    const t = {
      Parameters: { P: {} },
      Conditions: { C: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } },
      Resources: {
        A: {
          Type: 'X',
          DependsOn: ['Gone'],
          Condition: 'Nope',
          Properties: {
            a: { Ref: 'Missing' },
            b: { 'Fn::Sub': '${Lost.Arn}-${AWS::Region}-${P}' },
            c: { 'Fn::If': ['NoCond', 1, 2] },
            d: { 'Fn::FindInMap': ['NoMap', 'a', 'b'] },
          },
        },
      },
    };
    expect(danglingReferences(t)).toEqual([
      'A: DependsOn Gone',
      'A: Condition Nope',
      'A: Ref Missing',
      'A: Sub ${Lost.Arn}',
      'A: If NoCond',
      'A: FindInMap NoMap',
    ]);
  });
});
