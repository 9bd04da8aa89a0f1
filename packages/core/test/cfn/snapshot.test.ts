import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../../src/index';
import { cfnTemplateText, exportStacks, toCfnJson, toCfnYaml } from '../../src/cfn/index';

// Reviewed by hand (see docs/cloudformation.md, "Reference template"). A change here is a change
// to what users deploy: review the diff, then update with `pnpm exec vitest run -u <this file>`.
describe('the reference architecture template', () => {
  it('YAML', async () => {
    await expect(toCfnYaml(REFERENCE_DESIGN)).toMatchFileSnapshot('./snapshots/web-caching.template.yaml');
  });
  it('JSON', async () => {
    await expect(toCfnJson(REFERENCE_DESIGN)).toMatchFileSnapshot('./snapshots/web-caching.template.json');
  });
  it('its us-east-1 companion (the web ACL for CloudFront), YAML', async () => {
    const companion = exportStacks(REFERENCE_DESIGN).usEast1!.template;
    await expect(cfnTemplateText(companion, 'yaml')).toMatchFileSnapshot('./snapshots/web-caching.template.us-east-1.yaml');
  });
});
