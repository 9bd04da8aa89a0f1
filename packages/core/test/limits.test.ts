/** Export limits (issue 17): an empty design is refused the same way everywhere; CloudFormation's quotas are warned about. */
import { describe, expect, it } from 'vitest';
import { cfnTemplateText, exportStacks } from '../src/cfn/index';
import { importTemplate } from '../src/import/index';
import { CFN_MAX_INLINE_TEMPLATE_BYTES, CFN_MAX_RESOURCES, estimatedResourceCount, exportReadiness, templateLimits } from '../src/limits/index';
import { parseDesign } from '../src/model/parse';
import type { Design } from '../src/model/types';

function design(nodes: unknown[]): Design {
  const r = parseDesign({ format: 'stackcanvas.design', version: 2, name: 'limits', nodes });
  if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
  return r.design;
}

const buckets = (n: number) => design(Array.from({ length: n }, (_, i) => ({ id: `b${i}`, kind: 's3', label: `Bucket ${i}` })));

describe('an empty design', () => {
  it('has no template: the export writes `Resources: {}`, which CloudFormation and our importer refuse, so the export refuses it first', () => {
    const empty = design([]);
    const text = cfnTemplateText(exportStacks(empty).main.template, 'yaml');
    expect(text).toMatch(/^Resources: \{\}$/m);
    const back = importTemplate(text);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.error.message).toBe('the template has no resources');
    const [d] = exportReadiness(empty);
    expect(d).toMatchObject({ rule: 'SC-X023', severity: 'error' });
    expect(d!.message.en).toBe('the design has no components; a CloudFormation template needs at least one resource: add a component before exporting');
    expect(d!.message.ko).toMatch(/구성 요소가 없습니다/);
  });

  it('one component is enough', () => {
    expect(exportReadiness(buckets(1))).toEqual([]);
  });
});

describe("CloudFormation's quotas", () => {
  it('warns before generating when the design is sure to pass 500 resources', () => {
    expect(estimatedResourceCount(buckets(CFN_MAX_RESOURCES))).toBe(CFN_MAX_RESOURCES);
    expect(exportReadiness(buckets(CFN_MAX_RESOURCES))).toEqual([]);
    const [d] = exportReadiness(buckets(CFN_MAX_RESOURCES + 1));
    expect(d).toMatchObject({ rule: 'SC-X024', severity: 'warning' });
    expect(d!.message.en).toBe(
      'the template has at least 501 resources; CloudFormation accepts at most 500 in one stack: split the design into several stacks',
    );
  });

  it('the estimate is a lower bound of the resources exported', () => {
    for (const d of [
      buckets(3),
      design([
        { id: 'w', kind: 'asg' },
        { id: 'c', kind: 'elasticache' },
      ]),
    ]) {
      const resources = Object.keys(exportStacks(d).main.template.Resources).length;
      expect(estimatedResourceCount(d)).toBeLessThanOrEqual(resources);
    }
  });

  it('measures the template written: the resource count, 51,200 bytes inline and 1 MB through S3', () => {
    const small = exportStacks(buckets(2)).main.template;
    expect(templateLimits(small, cfnTemplateText(small, 'yaml'))).toEqual([]);
    const big = exportStacks(buckets(600)).main.template;
    const text = cfnTemplateText(big, 'json');
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThan(CFN_MAX_INLINE_TEMPLATE_BYTES);
    const found = templateLimits(big, text);
    expect(found.map((d) => d.rule)).toEqual(['SC-X024', bytes > 1_000_000 ? 'SC-X026' : 'SC-X025']);
    const count = Object.keys(big.Resources).length; // each bucket brings its policy, and the shared log bucket
    expect(count).toBeGreaterThan(600);
    expect(found[0]!.message.en).toMatch(new RegExp(`^the template has ${count.toLocaleString('en-US')} resources;`));
    expect(found[1]!.message.en).toContain(`the template is ${bytes.toLocaleString('en-US')} bytes`);
    // Multi-byte text counts in bytes, as CloudFormation counts it.
    expect(templateLimits({ Resources: {} }, 'é'.repeat(26_000)).map((d) => d.rule)).toEqual(['SC-X025']);
    expect(templateLimits({ Resources: {} }, 'x'.repeat(1_000_001)).map((d) => d.rule)).toEqual(['SC-X026']);
  });
});
