/**
 * The CDK tab in a real Chromium: the stack preview of the current design, the `export-cdk`
 * download (`<name>-cdk.zip`, byte-identical to the core's zip of the same design), and labels
 * that stay text.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink, parseDesign, REFERENCE_DESIGN, type Design } from '@stackcanvas/core';
import { cdkProjectZip, toCdkProject } from '@stackcanvas/core/cdk';

const HOSTILE_LABEL = `it's "q" \`\${window.pwned = 1}\` */ </script><img src=x onerror="window.pwned=1"> 세션`;

function hostileDesign(): Design {
  const r = parseDesign({
    format: 'stackcanvas.design',
    version: 1,
    name: 'hostile </script>',
    nodes: [
      { id: 'cdn', kind: 'cloudfront', label: HOSTILE_LABEL, position: { x: 0, y: 0 } },
      { id: 'site', kind: 's3', label: 'Site\u2028Bucket', position: { x: 300, y: 0 } },
    ],
    edges: [{ id: 'e1', source: 'cdn', target: 'site' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.design;
}

async function openCdkTab(page: Page) {
  await page.getByTestId('tab-cdk').click();
  // The generator is loaded on demand: give it time on a busy machine.
  await expect(page.getByTestId('cdk-preview')).toBeVisible({ timeout: 30_000 });
}

test('the CDK tab previews the stack of the design and downloads <name>-cdk.zip', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
  await openCdkTab(page);
  const project = toCdkProject(REFERENCE_DESIGN);
  const preview = page.getByTestId('cdk-preview');
  await expect(preview).toContainText('export class WebCachingStack extends cdk.Stack');
  await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toBe(project.files[project.stackPath]);

  // Any other file of the project can be previewed.
  await page.getByTestId('cdk-file').selectOption('cdk.json');
  await expect(preview).toContainText('"@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig": true');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cdk').click()]);
  expect(download.suggestedFilename()).toBe('web-caching-cdk.zip');
  const bytes = readFileSync((await download.path())!);
  expect(new Uint8Array(bytes)).toEqual(cdkProjectZip(project));
  expect(errors).toEqual([]);
});

test('hostile labels stay inert text in the preview, and the zip gets a safe file name', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const design = hostileDesign();
  const link = encodeShareLink(design, 'http://localhost/');
  await page.goto(`/${link.slice(link.indexOf('#'))}`);
  await expect(page.getByTestId('canvas').locator('.react-flow__node[data-id="cdn"]')).toBeVisible();
  await openCdkTab(page);
  const project = toCdkProject(design);
  const preview = page.getByTestId('cdk-preview');
  await expect(preview).toContainText("keepLabel(cdn, 'cdn', 'it\\'s \"q\" `${window.pwned = 1}` */ </script>");
  await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toBe(project.files[project.stackPath]);
  // Shown as text: no element was made from the label, and nothing ran.
  expect(await preview.locator('img, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['pwned'])).toBeUndefined();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-cdk').click()]);
  // The file name keeps no path or markup characters.
  expect(download.suggestedFilename()).toBe('hostile -script--cdk.zip');
  expect(errors).toEqual([]);
});

test('the preview follows edits: a label typed in the inspector and a changed engine', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await page.getByTestId('canvas').locator('.react-flow__node[data-id="sessions"]').click();
  const label = `Sessions 'x' \`\${1}\` */`;
  await page.getByTestId('node-label').fill(label);
  await page.getByTestId('prop-engine').selectOption('valkey');
  await openCdkTab(page);
  const preview = page.getByTestId('cdk-preview');
  await expect(preview).toContainText("keepLabel(sessions, 'sessions', 'Sessions \\'x\\' `${1}` */');");
  await expect(preview).toContainText("engine: 'valkey',");
  await expect(preview).toContainText("engineVersion: '9.0',");
  expect(errors).toEqual([]);
});

test('a design with errors still previews, with a warning that points to Diagnostics', async ({ page }) => {
  test.setTimeout(120_000);
  const r = parseDesign({
    format: 'stackcanvas.design',
    version: 1,
    name: 'no-origin',
    nodes: [{ id: 'cdn', kind: 'cloudfront', position: { x: 0, y: 0 } }],
    edges: [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const link = encodeShareLink(r.design, 'http://localhost/');
  await page.goto(`/${link.slice(link.indexOf('#'))}`);
  await openCdkTab(page);
  await expect(page.getByTestId('cdk-warning')).toContainText(/1 error/);
  await expect(page.getByTestId('cdk-preview')).toContainText('has no origin yet: connect it to an S3 bucket, a load balancer or an API.');
});
