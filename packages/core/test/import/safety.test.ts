import { describe, expect, it } from 'vitest';
import { expandedSize, importTemplate, importText, MAX_EXPANDED_NODES, MAX_IMPORTED_EDGES } from '../../src/import/index';

/** "Billion laughs": each level references the previous one ten times. */
function laughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) {
    const prev = `*a${i - 1}`;
    lines.push(`a${i}: &a${i} [${Array(10).fill(prev).join(', ')}]`);
  }
  lines.push(`Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: *a${levels}`);
  return lines.join('\n');
}

describe('safe loading of untrusted text', () => {
  it('refuses a billion laughs document quickly, before anything expands it', () => {
    const text = laughs(9); // 10^10 values once expanded; a few hundred bytes of text
    expect(text.length).toBeLessThan(1000);
    const start = performance.now();
    const r = importTemplate(text);
    const ms = performance.now() - start;
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('alias-bomb');
      expect(r.error.message).toMatch(/YAML aliases/);
    }
    expect(ms).toBeLessThan(1000);
  });

  it('accepts a few honest aliases (expanded within the budget)', () => {
    const text =
      'tags: &t [{ Key: team, Value: web }]\nResources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: { Tags: *t }\n  B:\n    Type: AWS::SNS::Topic\n    Properties: { Tags: *t }\n';
    const r = importText(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const [a, b] = r.design.nodes;
      expect(a!.props['properties']).toEqual({ Tags: [{ Key: 'team', Value: 'web' }] });
      // Not the same object any more: editing one node never edits the other.
      expect(a!.props['properties']).not.toBe(b!.props['properties']);
    }
  });

  it('measures expanded size linearly in distinct objects', () => {
    let v: unknown = ['x'];
    for (let i = 0; i < 40; i++) v = [v, v]; // 2^40 leaves, 41 distinct arrays
    expect(expandedSize(v)).toBe(Infinity);
    expect(expandedSize([[1, 2], [3]])).toBe(6);
    expect(MAX_EXPANDED_NODES).toBeGreaterThan(100_000);
  });

  it('refuses text over 5 MB without parsing it', () => {
    const text = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const r = importText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-large');
      expect(r.error.message).toMatch(/5\.0 MB; the limit is 5\.0 MB|is 5\.0 MB/);
    }
  });

  it.each([
    ['YAML', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      __proto__: { polluted: true }\n'],
    ['JSON', '{"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {"__proto__": {"polluted": true}}}}}'],
    ['JSON constructor', '{"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {"constructor": {"prototype": {"polluted": true}}}}}}'],
    ['an unknown tag', 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      X: !__proto__ { polluted: true }\n'],
  ])('refuses prototype-polluting keys in %s and changes no prototype', (_what, text) => {
    const r = importText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unsafe');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses absurd nesting with a path, and a parser stack overflow as malformed', () => {
    const deep = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: { X: ${'['.repeat(100)}1${']'.repeat(100)} }\n`;
    const r = importText(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/nested deeper than 64 levels|nesting exceeded/);
    const huge = `Resources: ${'['.repeat(200_000)}`;
    const r2 = importText(huge);
    expect(r2.ok).toBe(false);
  });

  it('refuses more resources than the limit', () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 2001; i++) resources[`R${i}`] = { Type: 'AWS::SNS::Topic' };
    const r = importTemplate({ Resources: resources });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/2001 resources; the limit is 2000/);
  });

  it("keeps unknown tags (e.g. Rain's !Rain::Embed) as plain data and says so", () => {
    const r = importText('Resources:\n  F:\n    Type: AWS::CloudFront::Function\n    Properties:\n      FunctionCode: !Rain::Embed code.js\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.design.nodes[0]!.props['properties']).toEqual({ FunctionCode: { 'Rain::Embed': 'code.js' } });
      expect(r.warnings.join()).toMatch(/unknown YAML tag !Rain::Embed/);
    }
  });
});

describe('bounded work on large templates', () => {
  it('a template where every resource depends on every other imports quickly with a bounded number of connections', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `R${i}`);
    const resources = Object.fromEntries(ids.map((id) => [id, { Type: 'AWS::SNS::Topic', DependsOn: ids.filter((x) => x !== id) }]));
    const text = JSON.stringify({ Resources: resources });
    expect(text.length).toBeLessThan(5 * 1024 * 1024);
    const start = performance.now();
    const r = importText(text);
    const ms = performance.now() - start;
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.design.nodes).toHaveLength(400);
      expect(r.design.edges.length).toBe(MAX_IMPORTED_EDGES);
      expect(r.warnings.join()).toMatch(/references between resources are not drawn \(at most 2000 connections\)/);
    }
    expect(ms).toBeLessThan(10_000);
  });
});
