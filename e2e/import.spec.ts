/**
 * Importing in a real Chromium: a CloudFormation template picked with `import-file` or dropped on
 * the canvas opens as a new design with its components and connections; a design file opens as
 * it is; a hostile file (alias bomb, prototype keys, garbage) is refused with a message and
 * leaves the current design and the saved designs exactly as they were.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLES, REFERENCE_DESIGN, serializeDesign } from '@stackcanvas/core';
import { savedDesigns } from './pages/canvas';

const HAND_WRITTEN = readFileSync(fileURLToPath(new URL('../packages/core/test/import/fixtures/hand-written-web-caching.yaml', import.meta.url)));
const SERVICE_KINDS = ['alb', 'asg', 'cloudfront', 'dax', 'dynamodb', 'elasticache', 'rds', 's3', 'waf'];

async function canvasKinds(page: Page): Promise<string[]> {
  const kinds = await page
    .getByTestId('canvas')
    .locator('.react-flow__node .service-node[data-testid^="node-"]')
    .evaluateAll((els) => els.map((el) => (el.getAttribute('data-testid') ?? '').slice('node-'.length)));
  return kinds.sort();
}

async function open(page: Page, errors: string[]) {
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('canvas').locator('.react-flow__node').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => canvasKinds(page)).toHaveLength(REFERENCE_DESIGN.nodes.length);
}

test.describe.configure({ timeout: 120_000 });

test('a hand-written CloudFormation template picked with import-file opens as a new design with its request path', async ({ page }) => {
  const errors: string[] = [];
  await open(page, errors);
  const input = page.getByTestId('import-file');
  await expect(input).toHaveAttribute('accept', '.json,.yaml,.yml,.template');
  await input.setInputFiles({ name: 'shop.template.yaml', mimeType: 'application/x-yaml', buffer: HAND_WRITTEN });

  // Nine components from their resource types, two other resources kept as generic nodes.
  await expect.poll(() => canvasKinds(page)).toEqual([...SERVICE_KINDS, 'cfn-resource', 'cfn-resource'].sort());
  await expect(page.getByTestId('canvas').locator('.react-flow__edge')).toHaveCount(10);
  const info = page.locator('[data-testid="message"][data-kind="info"]');
  await expect(info).toContainText('Imported "shop": 9 components, 2 other resources kept as they are, 10 connections.');
  // Laid out: no two nodes on the same spot.
  const boxes = await page
    .getByTestId('canvas')
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform));
  expect(new Set(boxes).size).toBe(boxes.length);
  // A new saved design named after the file; the reference design is still saved.
  await expect.poll(async () => Object.values(await savedDesigns(page)).some((t) => t.includes('"name": "shop"'))).toBe(true);
  expect(Object.values(await savedDesigns(page)).some((t) => t.includes(`"name": "${REFERENCE_DESIGN.name}"`))).toBe(true);
  expect(errors).toEqual([]);
});

test('a design file opens as it is', async ({ page }) => {
  const errors: string[] = [];
  await open(page, errors);
  const example = EXAMPLES.find((e) => e.id === 'dax-read-path')!.design;
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'dax.stackcanvas.json', mimeType: 'application/json', buffer: Buffer.from(serializeDesign(example)) });
  await expect.poll(() => canvasKinds(page)).toEqual(example.nodes.map((n) => n.kind).sort());
  for (const n of example.nodes) await expect(page.locator(`.react-flow__node[data-id="${n.id}"]`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('a template dropped on the canvas opens like a picked one', async ({ page }) => {
  const errors: string[] = [];
  await open(page, errors);
  const text =
    'Resources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      KeySchema: [{ AttributeName: id, KeyType: HASH }]\n  Topic:\n    Type: AWS::SNS::Topic\n';
  const drop = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'table.yaml', { type: 'application/x-yaml' }));
    return dt;
  }, text);
  const pane = page.getByTestId('canvas').locator('.react-flow__pane');
  await pane.dispatchEvent('dragover', { dataTransfer: drop });
  await pane.dispatchEvent('drop', { dataTransfer: drop });
  await expect.poll(() => canvasKinds(page)).toEqual(['cfn-resource', 'dynamodb']);
  await expect(page.locator('[data-testid="message"][data-kind="info"]')).toContainText('Imported "table"');
  expect(errors).toEqual([]);
});

const hostile: readonly (readonly [string, string, RegExp])[] = [
  [
    'lol.yaml',
    [
      'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`),
      'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: *a9',
    ].join('\n'),
    /lol\.yaml: the template expands to more than 1,000,000 values through YAML aliases|lol\.yaml: the file expands to more than 1,000,000 values through YAML aliases/,
  ],
  ['proto.json', '{"Resources":{"A":{"Type":"AWS::SNS::Topic","Properties":{"__proto__":{"polluted":true}}}}}', /proto\.json: .*"__proto__" is not allowed/],
  ['garbage.yaml', 'Resources: [\n  {', /garbage\.yaml: malformed YAML/],
  ['notes.json', '{"hello": "world"}', /notes\.json: this is neither a Stackcanvas design nor a CloudFormation template/],
  ['future.stackcanvas.json', '{"format":"stackcanvas.design","version":9,"nodes":[]}', /made by a newer Stackcanvas/],
];

for (const [name, content, message] of hostile) {
  test(`a hostile file (${name}) is refused with a message; the design and saved designs are untouched`, async ({ page }) => {
    const errors: string[] = [];
    await open(page, errors);
    await expect.poll(async () => Object.keys(await savedDesigns(page)).length).toBeGreaterThan(0);
    const before = { kinds: await canvasKinds(page), saved: await savedDesigns(page) };
    await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });
    const error = page.locator('[data-testid="message"][data-kind="error"]');
    await expect(error).toHaveText(message);
    expect(await canvasKinds(page)).toEqual(before.kinds);
    expect(await savedDesigns(page)).toEqual(before.saved);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
    expect(errors).toEqual([]);
  });
}
