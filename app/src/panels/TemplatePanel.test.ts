import { REFERENCE_DESIGN } from '@stackcanvas/core';
import { toCfnJson, toCfnYaml } from '@stackcanvas/core/cfn';
import { describe, expect, it } from 'vitest';
import { splitTemplate } from './TemplatePanel';

describe('splitTemplate', () => {
  for (const format of ['yaml', 'json'] as const) {
    it(`cuts the ${format} template into one block per resource and loses no text`, () => {
      const text = format === 'yaml' ? toCfnYaml(REFERENCE_DESIGN) : toCfnJson(REFERENCE_DESIGN);
      const blocks = splitTemplate(text, format);
      expect(blocks.map((b) => b.text).join('\n')).toBe(text);
      const ids = blocks.flatMap((b) => (b.logicalId ? [b.logicalId] : []));
      const expected = Object.keys((JSON.parse(toCfnJson(REFERENCE_DESIGN)) as { Resources: object }).Resources);
      expect(ids).toEqual(expected);
      const dax = blocks.find((b) => b.logicalId === 'CatalogDAX')!;
      expect(dax.text).toContain('AWS::DAX::Cluster');
      expect(dax.text).not.toContain('AWS::DAX::ParameterGroup');
    });
  }

  it('does not take keys outside Resources (Outputs, Parameters) for resources', () => {
    const yaml = 'Parameters:\n  EnvironmentName:\n    Type: String\nResources:\n  A:\n    Type: X\nOutputs:\n  B:\n    Value: 1\n';
    expect(
      splitTemplate(yaml, 'yaml')
        .filter((b) => b.logicalId)
        .map((b) => b.logicalId),
    ).toEqual(['A']);
  });
});
