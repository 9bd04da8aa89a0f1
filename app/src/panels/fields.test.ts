import { catalog, type PropSpec } from '@stackcanvas/core';
import { describe, expect, it } from 'vitest';
import { parseField } from './fields';

const replicas = catalog.elasticache.props['replicas']!; // integer 0..5
const pathPattern = catalog.cloudfront.connections[0]!.edgeProps!['pathPattern']!; // optional string with a pattern
const rootObject = catalog.cloudfront.props['defaultRootObject']!; // string with a default
const properties = catalog['cfn-resource'].props['properties']!; // json
const engine = catalog.elasticache.props['engine']!;

describe('parseField', () => {
  it('reads whole numbers within the limits and refuses the rest', () => {
    expect(parseField(replicas, '3', 'en')).toEqual({ ok: true, value: 3 });
    expect(parseField(replicas, '0', 'en')).toEqual({ ok: true, value: 0 });
    for (const bad of ['6', '-1', '2.5', '', 'abc', '1e1']) {
      const r = parseField(replicas, bad, 'en');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toBe('Enter a whole number from 0 to 5.');
    }
    const ko = parseField(replicas, '9', 'ko');
    expect(!ko.ok && ko.error).toBe('0부터 5까지의 정수를 입력하세요.');
  });
  it('an empty optional string clears it; a string must match its pattern', () => {
    expect(parseField(pathPattern, '', 'en')).toEqual({ ok: true, value: undefined });
    expect(parseField(pathPattern, '/static/*', 'en')).toEqual({ ok: true, value: '/static/*' });
    const bad = parseField(pathPattern, '/a b', 'en');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('/static/*');
    expect(parseField(rootObject, 'x'.repeat(256), 'en')).toEqual({ ok: false, error: 'At most 255 characters.' });
  });
  it('JSON must parse and carry no prototype keys', () => {
    expect(parseField(properties, '{"A": [1, 2]}', 'en')).toEqual({ ok: true, value: { A: [1, 2] } });
    expect(parseField(properties, '{', 'en').ok).toBe(false);
    const proto = parseField(properties, '{"__proto__": {"x": 1}}', 'en');
    expect(proto.ok).toBe(false);
    if (!proto.ok) expect(proto.error).toContain('__proto__');
  });
  it('enums accept only their options', () => {
    expect(parseField(engine, 'valkey', 'en')).toEqual({ ok: true, value: 'valkey' });
    expect(parseField(engine as PropSpec, 'mongodb', 'en').ok).toBe(false);
  });
});
