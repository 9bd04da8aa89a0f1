/**
 * The Template tab in a real Chromium: the live, highlighted CloudFormation template of the
 * current design (YAML and JSON), scrolling to the resources of the selected node, the downloads
 * `export-cfn-yaml` / `export-cfn-json`, the us-east-1 stack of a WAF in front of CloudFront, and a
 * clear message (not a blank panel) when the design cannot be exported.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  cfnTemplateText,
  encodeShareLink,
  exportStacks,
  loadCfnYaml,
  parseDesign,
  REFERENCE_DESIGN,
  toCfnJson,
  toCfnYaml,
  type Design,
} from '@stackcanvas/core';

function designOf(raw: unknown): Design {
  const r = parseDesign(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
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
  await expect(code).toContainText('!GetAtt WebALB.DNSName');
  // highlight.js is loaded lazily and then colours the text.
  await expect(code.locator('.hljs-attr').first()).toBeVisible();
  const yamlText = (await code.textContent())!;
  expect(yamlText.trimEnd()).toBe(toCfnYaml(REFERENCE_DESIGN).trimEnd());

  await page.getByTestId('template-format-json').click();
  await expect(code).toHaveAttribute('data-format', 'json');
  const jsonText = (await code.textContent())!;
  expect(JSON.parse(jsonText)).toEqual(loadCfnYaml(yamlText));
  expect(errors).toEqual([]);
});

test('follows edits of the design live', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="table"]')).toBeVisible();
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(code).toContainText('CatalogTable:');
  const tables = code.locator('[data-testid="template-resource"]', { hasText: 'Type: AWS::DynamoDB::Table' });
  await expect(tables).toHaveCount(1);
  // Add a DynamoDB table from the palette (click adds at the viewport centre).
  await page.getByTestId('palette-dynamodb').click();
  await expect(page.getByTestId('canvas').locator('[data-testid="node-dynamodb"]')).toHaveCount(2);
  await expect(tables).toHaveCount(2, { timeout: 30_000 });
});

test('selecting a node scrolls to its resources and marks them', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(code).toContainText('WebServersSecurityGroup:');
  const scrollBefore = await code.evaluate((el) => el.scrollTop);
  await page.locator('.react-flow__node[data-id="web"]').click();
  const marked = code.locator('.cfn-block--marked');
  await expect(marked.first()).toBeVisible();
  const ids = await marked.evaluateAll((els) => els.map((e) => e.getAttribute('data-logical-id')));
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
  expect(await marked.evaluateAll((els) => els.every((e) => e.getAttribute('data-node-id') === 'web'))).toBe(true);
  // The first resource of the node is scrolled into the code view.
  const scrollAfter = await code.evaluate((el) => el.scrollTop);
  expect(scrollAfter).toBeGreaterThan(scrollBefore);
  const box = await code.boundingBox();
  const first = await marked.first().boundingBox();
  expect(first!.y).toBeGreaterThanOrEqual(box!.y - 1);
  expect(first!.y).toBeLessThan(box!.y + box!.height);
  await expect(page.getByTestId('template-count')).toContainText('8');
});

test('a WAF in front of CloudFront: the us-east-1 stack is shown on demand and downloads as <name>.template.us-east-1.<ext>', async ({ page }) => {
  await page.goto('/');
  await openTemplateTab(page);
  const code = page.getByTestId('template-code');
  await expect(page.getByTestId('template-us-east-1')).toBeVisible();
  await expect(code).toHaveAttribute('data-stack', 'main');
  // The main stack holds no web ACL resource (only a copy in its Metadata, for the importer) and no Region assertion.
  const webAcl = code.locator('[data-testid="template-resource"][data-logical-id="EdgeWAF"]');
  await expect(code.locator('[data-testid="template-resource"][data-logical-id="CDN"]')).toHaveCount(1);
  await expect(webAcl).toHaveCount(0);
  await expect(code).not.toContainText('UsEast1Only');
  await page.getByTestId('template-stack-us-east-1').click();
  await expect(code).toHaveAttribute('data-stack', 'usEast1');
  await expect(webAcl).toHaveCount(1);
  await expect(code).toContainText('Scope: CLOUDFRONT');
  await expect(code).toContainText('UsEast1Only');
  const companion = exportStacks(REFERENCE_DESIGN).usEast1!.template;
  expect((await code.textContent())!.trimEnd()).toBe(cfnTemplateText(companion, 'yaml').trimEnd());
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
