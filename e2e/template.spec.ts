/**
 * The Template tab in a real Chromium: the live, highlighted CloudFormation template of the
 * current design (YAML and JSON) in a virtualized code view (CodeMirror draws only the lines in
 * view, so the whole text is read the way a user takes it: select all, copy), scrolling to the
 * resources of the selected node, the downloads
 * `export-cfn-yaml` / `export-cfn-json`, the us-east-1 stack of a WAF in front of CloudFront, and a clear message (not a blank panel) when the design
 * cannot be exported.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink, parseDesign, REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { cfnTemplateText, exportStacks, loadCfnYaml, toCfnJson, toCfnYaml } from '@stackcanvas/core/cfn';

function designOf(raw: unknown): Design {
  const r = parseDesign(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The whole text of the code view, as a user copies it (Ctrl+A, Ctrl+C). */
async function copiedTemplate(page: Page): Promise<string> {
  await page.getByTestId('template-code').locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function openTemplateTab(page: Page) {
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-panel')).toBeVisible();
}

test('shows the live template of the design, highlighted, in YAML and JSON', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(code).toContainText('AWSTemplateFormatVersion: "2010-09-09"');
  // The code view is loaded lazily and colours the text.
  await expect(code.locator('.tok-propertyName').first()).toBeVisible();
  // Only the lines in view are drawn (virtualized), yet copying takes the whole template.
  expect(await code.locator('.cm-line').count()).toBeLessThan(toCfnYaml(REFERENCE_DESIGN).split('\n').length);
  const yamlText = await copiedTemplate(page);
  expect(yamlText).toContain('!GetAtt WebALB.DNSName');
  expect(yamlText.trimEnd()).toBe(toCfnYaml(REFERENCE_DESIGN).trimEnd());

  await page.getByTestId('template-format-json').click();
  await expect(code).toHaveAttribute('data-format', 'json');
  await expect(code).toContainText('"AWSTemplateFormatVersion": "2010-09-09"');
  const jsonText = await copiedTemplate(page);
  expect(JSON.parse(jsonText)).toEqual(loadCfnYaml(yamlText));
  expect(errors).toEqual([]);
});

test('follows edits of the design live', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="table"]')).toBeVisible();
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(code).toContainText('AWSTemplateFormatVersion');
  const tables = async () => (await copiedTemplate(page)).split('Type: AWS::DynamoDB::Table').length - 1;
  expect(await tables()).toBe(1);
  // Add a DynamoDB table from the palette (click adds at the viewport centre).
  await page.getByTestId('palette-dynamodb').click();
  await expect(page.getByTestId('canvas').locator('[data-testid="node-dynamodb"]')).toHaveCount(2);
  await expect.poll(tables, { timeout: 30_000 }).toBe(2);
});

test('selecting a node scrolls to its resources and marks them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(code).toContainText('AWSTemplateFormatVersion');
  const scrollBefore = await code.evaluate((el) => el.scrollTop);
  await page.locator('.react-flow__node[data-id="web"]').click();
  const marked = code.locator('.cfn-block--marked');
  await expect(marked.first()).toBeVisible();
  expect(await marked.evaluateAll((els) => els.every((e) => e.getAttribute('data-node-id') === 'web'))).toBe(true);
  expect(await marked.first().getAttribute('data-logical-id')).toBe('WebServers');
  const scrollAfter = await code.evaluate((el) => el.scrollTop);
  // The first resource of the node is scrolled into the code view.
  expect(scrollAfter).toBeGreaterThan(scrollBefore);
  const box = await code.boundingBox();
  const first = await marked.first().boundingBox();
  expect(first!.y).toBeGreaterThanOrEqual(box!.y - 1);
  expect(first!.y).toBeLessThan(box!.y + box!.height);
  // The view draws only the lines near the viewport: collect the marked resources page by page.
  const ids: string[] = [];
  for (let page_ = 0; page_ < 40; page_++) {
    for (const id of await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-logical-id')!))) if (!ids.includes(id)) ids.push(id);
    const moved = await code.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight;
      return el.scrollTop !== before;
    });
    if (!moved) break;
    await page.waitForTimeout(50);
  }
  expect(ids).toEqual([
    'WebServers',
    'WebServersCpuScaling',
    'WebServersInstanceProfile',
    'WebServersInstanceRole',
    'WebServersInstanceRolePolicy',
    'WebServersLaunchTemplate',
    'WebServersSecurityGroup',
    'WebServersSecurityGroupFromWebALB',
  ]);
  await expect(page.getByTestId('template-count')).toContainText('8');
});

test('a WAF in front of CloudFront: the us-east-1 stack is shown on demand and downloads as <name>.template.us-east-1.<ext>', async ({ page }) => {
  await page.goto('/');
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(page.getByTestId('template-us-east-1')).toBeVisible();
  await expect(code).toHaveAttribute('data-stack', 'main');
  const stacks = exportStacks(REFERENCE_DESIGN);
  // The main stack holds no web ACL resource (only a copy in its Metadata, for the importer) and no Region assertion.
  const mainText = await copiedTemplate(page);
  expect(mainText.trimEnd()).toBe(cfnTemplateText(stacks.main.template, 'yaml').trimEnd());
  const mainResources = (loadCfnYaml(mainText) as { Resources: Record<string, unknown> }).Resources;
  expect(Object.keys(mainResources)).toContain('CDN');
  expect(Object.keys(mainResources)).not.toContain('EdgeWAF');
  expect(mainText).not.toContain('UsEast1Only');
  await page.getByTestId('template-stack-us-east-1').click();
  await expect(code).toHaveAttribute('data-stack', 'usEast1');
  await expect(code).toContainText('AWSTemplateFormatVersion');
  const companion = stacks.usEast1!.template;
  const companionText = await copiedTemplate(page);
  expect(companionText.trimEnd()).toBe(cfnTemplateText(companion, 'yaml').trimEnd());
  expect(companionText).toContain('Scope: CLOUDFRONT');
  expect(companionText).toContain('UsEast1Only');
  expect(Object.keys((loadCfnYaml(companionText) as { Resources: Record<string, unknown> }).Resources)).toContain('EdgeWAF');
  const [yaml] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-us-east-1-yaml').click()]);
  expect(yaml.suggestedFilename()).toBe('web-caching.template.us-east-1.yaml');
  expect(readFileSync((await yaml.path())!, 'utf8')).toBe(cfnTemplateText(companion, 'yaml'));
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-us-east-1-json').click()]);
  expect(json.suggestedFilename()).toBe('web-caching.template.us-east-1.json');
  // Both stacks and the README with the deploy order, in one zip.
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-bundle').click()]);
  expect(bundle.suggestedFilename()).toBe('web-caching.templates.zip');
  const zip = readFileSync((await bundle.path())!);
  expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  for (const entry of ['web-caching.template.yaml', 'web-caching.template.us-east-1.yaml', 'README.md']) expect(zip.includes(Buffer.from(entry))).toBe(true);
  // The main downloads stay the main stack whichever stack is shown.
  const [main] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-yaml').click()]);
  expect(readFileSync((await main.path())!, 'utf8')).toBe(toCfnYaml(REFERENCE_DESIGN));
  await page.getByTestId('template-stack-main').click();
  await expect(code).toHaveAttribute('data-stack', 'main');
});

test('downloads <name>.template.yaml and <name>.template.json, the same text as the command line', async ({ page }) => {
  await page.goto('/');
  await openTemplateTab(page);
  const [yaml] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-yaml').click()]);
  expect(yaml.suggestedFilename()).toBe('web-caching.template.yaml');
  expect(readFileSync((await yaml.path())!, 'utf8')).toBe(toCfnYaml(REFERENCE_DESIGN));
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cfn-json').click()]);
  expect(json.suggestedFilename()).toBe('web-caching.template.json');
  expect(readFileSync((await json.path())!, 'utf8')).toBe(toCfnJson(REFERENCE_DESIGN));
});

test('a design that cannot be exported shows why, disables the downloads, and keeps the design', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const design = designOf({
    format: 'stackcanvas.design',
    version: 1,
    name: `cdn </script><img src=x onerror="window.pwned=1">`,
    nodes: [{ id: 'cdn', kind: 'cloudfront', label: `Edge <img src=x onerror="window.pwned=1">`, position: { x: 0, y: 0 } }],
    edges: [],
  });
  const link = encodeShareLink(design, 'http://localhost/');
  await page.goto(`/${link.slice(link.indexOf('#'))}`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="cdn"]')).toBeVisible();
  await openTemplateTab(page);
  await expect(page.getByTestId('template-error')).toContainText('has no origin');
  await expect(page.getByTestId('export-cfn-yaml')).toBeDisabled();
  await expect(page.getByTestId('export-cfn-json')).toBeDisabled();
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="cdn"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});
