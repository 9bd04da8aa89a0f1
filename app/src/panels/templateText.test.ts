import { REFERENCE_DESIGN } from '@stackcanvas/core';
import { loadCfnYaml, toCfnJson, toCfnYaml } from '@stackcanvas/core/cfn';
import { describe, expect, it } from 'vitest';
import { resourceRanges } from './templateText';

describe('resourceRanges', () => {
  for (const format of ['yaml', 'json'] as const) {
    it(`gives each resource of the ${format} template its own text, which parses back to that resource`, () => {
      const text = format === 'yaml' ? toCfnYaml(REFERENCE_DESIGN) : toCfnJson(REFERENCE_DESIGN);
      const resources = (JSON.parse(toCfnJson(REFERENCE_DESIGN)) as { Resources: Record<string, unknown> }).Resources;
      const ranges = resourceRanges(text, format);
      expect(ranges.map((r) => r.logicalId)).toEqual(Object.keys(resources));
      for (const [i, r] of ranges.entries()) {
        if (i > 0) expect(r.from).toBeGreaterThan(ranges[i - 1]!.to);
        const slice = text.slice(r.from, r.to);
        // The slice is one `LogicalId: {...}` entry: wrapped as a map, it parses to that resource.
        const parsed =
          format === 'yaml' ? loadCfnYaml(slice.replace(/^ {2}/gm, '')) : (JSON.parse(`{${slice.trim().replace(/,$/, '')}}`) as Record<string, unknown>);
        expect(parsed).toEqual({ [r.logicalId]: resources[r.logicalId] });
      }
    });
  }
});
