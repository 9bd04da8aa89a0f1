import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cfnStacksZip, cfnTemplateText, exportStacks } from '../../src/cfn/index';
import { REFERENCE_DESIGN } from '../../src/examples';
import { loadCfnYaml } from '../../src/cfn/yaml';

describe('the download of a design with a us-east-1 stack', () => {
  const stacks = exportStacks(REFERENCE_DESIGN);

  it('holds both templates, as exported, and a README with the deploy order', () => {
    const files = unzipSync(cfnStacksZip('web-caching', stacks, 'yaml'));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'web-caching.template.us-east-1.yaml', 'web-caching.template.yaml']);
    expect(strFromU8(files['web-caching.template.yaml']!)).toBe(cfnTemplateText(stacks.main.template, 'yaml'));
    expect(strFromU8(files['web-caching.template.us-east-1.yaml']!)).toBe(cfnTemplateText(stacks.usEast1!.template, 'yaml'));
    const readme = strFromU8(files['README.md']!);
    // The us-east-1 stack is deployed first, in us-east-1; the main stack then takes each of its outputs.
    const first = readme.indexOf('--region us-east-1');
    const second = readme.indexOf('--template-file web-caching.template.yaml');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const companion = loadCfnYaml(strFromU8(files['web-caching.template.us-east-1.yaml']!)) as { Outputs: Record<string, unknown> };
    const main = loadCfnYaml(strFromU8(files['web-caching.template.yaml']!)) as { Parameters: Record<string, unknown> };
    const passed = Object.keys(companion.Outputs).filter((o) => o in main.Parameters);
    expect(passed.length).toBeGreaterThan(0);
    for (const p of passed) expect(readme.slice(second)).toContain(`${p}="$${p.toUpperCase()}"`);
  });

  it('is the same bytes for the same design (fixed entry times)', () => {
    expect(cfnStacksZip('web-caching', exportStacks(REFERENCE_DESIGN), 'json')).toEqual(cfnStacksZip('web-caching', stacks, 'json'));
  });
});
