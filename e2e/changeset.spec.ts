/**
 * The change-set preview in real Chromium (issue 12): mark the reference architecture as deployed,
 * change the DynamoDB table's partition key in the inspector, and see the data warning on the
 * table node and in the Change set tab; undo, and the change set is empty again. A malformed
 * deployed template is refused with a message and changes nothing; a deleted component is drawn
 * as a ghost. What to expect comes from CloudFormation's semantics (docs/changesets.md: KeySchema
 * replaces a table; the exported table has UpdateReplacePolicy Retain, finding SC-CS-004), not
 * from the app's code.
 */
import { REFERENCE_DESIGN, updateNodeProps } from '@stackcanvas/core';
import { toCfnYaml } from '@stackcanvas/core/cfn';
import { expect, test, type Page } from '@playwright/test';
import { type CanvasPage, openCanvasEachTest } from './pages/canvas';

let cp: CanvasPage;
/** Requests for core's change-set module (its replacement table is 34 KB gzip): the dev source or the built chunk. */
const CHANGESET_MODULE = /packages\/core\/src\/changeset\/|\/assets\/changeset-[\w-]+\.js/;
let loadedBeforeTab = false;
let requested: string[] = [];

openCanvasEachTest(
  async (opened) => {
    cp = opened;
    await expect(cp.nodes()).toHaveCount(10);
    loadedBeforeTab = requested.some((u) => CHANGESET_MODULE.test(u));
    await cp.page.getByTestId('tab-changeset').click();
  },
  (page) => {
    requested = [];
    page.on('request', (r) => requested.push(r.url()));
  },
);

const rows = (page: Page) => page.getByTestId('changeset-panel').getByTestId('change');
const row = (page: Page, logicalId: string) => page.getByTestId('changeset-panel').locator(`[data-testid="change"][data-logical-id="${logicalId}"]`);

async function markDeployed(page: Page) {
  await expect(page.getByTestId('baseline-status')).toHaveAttribute('data-source', 'none');
  await page.getByTestId('mark-deployed').click();
  await expect(page.getByTestId('baseline-status')).toHaveAttribute('data-source', 'marked');
  await expect(page.getByTestId('changeset-empty')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
}

test('mark as deployed, change the partition key: data warning on the table and in the tab; undo empties the change set', async ({ page }) => {
  await markDeployed(page);

  await cp.select('table');
  await page.getByTestId('inspector').getByTestId('prop-partitionKey').fill('sku');

  // The table is replaced (KeySchema requires replacement).
  await expect(row(page, 'CatalogTable')).toHaveAttribute('data-action', 'Modify');
  await expect(row(page, 'CatalogTable')).toHaveAttribute('data-replacement', 'True');
  // On the canvas: the table node is coloured replaced and carries the data badge.
  const tableNode = cp.node('table').getByTestId('node-dynamodb');
  await expect(tableNode).toHaveAttribute('data-change', 'replaced');
  const badge = cp.node('table').getByTestId('change-badge');
  await expect(badge).toHaveAttribute('data-severity', 'warning');
  await expect(badge).toHaveAttribute('data-codes', /SC-CS-004/);
  await expect(badge).toHaveAttribute('title', /CatalogTable \(AWS::DynamoDB::Table\) is replaced.*new one starts empty/);
  // In the tab: the finding says it plainly, and what Retain keeps.
  const finding = page.getByTestId('changeset-panel').locator('[data-testid="change-finding"][data-code="SC-CS-004"]');
  await expect(finding).toHaveAttribute('data-logical-id', 'CatalogTable');
  await expect(finding).toContainText('UpdateReplacePolicy Retain keeps the old table');
  // Property details on expand: the key schema, old and new, requires replacement.
  await row(page, 'CatalogTable').getByTestId('change-expand').click();
  const detail = page.getByTestId('changeset-panel').locator('[data-testid="change-detail"][data-path="Properties.KeySchema"]');
  await expect(detail).toHaveAttribute('data-replacement', 'True');
  await expect(detail).toContainText('"AttributeName":"pk"');
  await expect(detail).toContainText('"AttributeName":"sku"');
  // Filters: only replacements leaves the table.
  await page.getByTestId('changeset-filter-replacement').selectOption('True');
  await expect(rows(page)).toHaveCount(1);
  await page.getByTestId('changeset-filter-replacement').selectOption('all');
  // Korean: the same finding in the user's language.
  await page.getByTestId('locale').selectOption('ko');
  await expect(finding).toContainText('교체됩니다');
  await expect(badge).toHaveAttribute('title', /새 테이블은 비어 있는 상태로 시작합니다/);
  await page.getByTestId('locale').selectOption('en');

  // Undo the key change: nothing left to deploy.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('changeset-empty')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  await expect(cp.node('table').getByTestId('change-badge')).toHaveCount(0);
  await expect(tableNode).not.toHaveAttribute('data-change', /.+/);
  // The baseline travels with the design (autosaved in the design file).
  await cp.expectSaved((d) => !!(d as unknown as { baselines?: { dev?: unknown } }).baselines?.dev, 'baseline saved');
});

test('the change-set module is loaded with the tab, not with the app', async ({ page }) => {
  expect(loadedBeforeTab).toBe(false);
  await expect(page.getByTestId('baseline-status')).toBeVisible();
  await expect.poll(() => requested.some((u) => CHANGESET_MODULE.test(u))).toBe(true);
});

test('a malformed deployed template is refused with a message and changes nothing', async ({ page }) => {
  await markDeployed(page);
  const before = await cp.saved();
  const undoEnabled = await page.getByTestId('undo').isEnabled();
  await page
    .getByTestId('load-baseline')
    .setInputFiles({ name: 'stack.yaml', mimeType: 'application/yaml', buffer: Buffer.from('Resources:\n  Table: [unclosed\n') });
  const message = page.locator('[data-testid="message"][data-kind="error"]');
  await expect(message).toContainText('stack.yaml was not loaded as the deployed template');
  await expect(message).toContainText('malformed YAML');
  await expect(message).toContainText('Nothing changed.');
  await expect(page.getByTestId('baseline-status')).toHaveAttribute('data-source', 'marked');
  await expect(page.getByTestId('changeset-empty')).toBeVisible();
  // Nothing saved changed, and no undo step was made.
  await page.waitForTimeout(200);
  expect(await cp.saved()).toEqual(before);
  expect(await page.getByTestId('undo').isEnabled()).toBe(undoEnabled);
});

test('the deployed template of the stack, loaded from YAML, shows what this design changes', async ({ page }) => {
  // The stack runs the reference architecture with a smaller Auto Scaling maximum.
  const deployed = toCfnYaml(updateNodeProps(REFERENCE_DESIGN, 'web', { maxSize: 3 }));
  await page.getByTestId('changeset-env').selectOption('prod');
  await page.getByTestId('load-baseline').setInputFiles({ name: 'prod.template.yaml', mimeType: 'application/yaml', buffer: Buffer.from(deployed) });
  await expect(page.getByTestId('baseline-status')).toHaveAttribute('data-source', 'loaded');
  await expect(page.getByTestId('baseline-status')).toHaveAttribute('data-env', 'prod');
  // An Auto Scaling size is updated in place (MaxSize: replacement False).
  await expect(cp.node('web').getByTestId('node-asg')).toHaveAttribute('data-change', 'modified');
  await expect(page.getByTestId('changeset-panel').locator('[data-testid="change"][data-replacement="True"]')).toHaveCount(0);
  await expect(page.getByTestId('changeset-summary')).toBeVisible();
});

test('a deleted component is drawn as a ghost with its data loss, and comes back on undo', async ({ page }) => {
  await markDeployed(page);
  await cp.select('querycache');
  await page.keyboard.press('Delete');
  await expect(cp.node('querycache')).toHaveCount(0);
  await expect(row(page, 'QueryCache')).toHaveAttribute('data-action', 'Remove');
  await expect(row(page, 'QueryCache')).toHaveAttribute('data-replacement', 'null');
  const ghost = page.getByTestId('canvas').locator('[data-testid="ghost"][data-node-id="querycache"]');
  await expect(ghost).toBeVisible();
  await expect(ghost).toContainText('Query Cache');
  await expect(ghost.getByTestId('change-badge')).toHaveAttribute('data-data', 'lost');
  await expect(
    page.getByTestId('changeset-panel').locator('[data-testid="change-finding"][data-code="SC-CS-003"][data-logical-id="QueryCache"]'),
  ).toContainText('deleted');
  await page.getByTestId('undo').click();
  await expect(ghost).toHaveCount(0);
  await expect(page.getByTestId('changeset-empty')).toBeVisible();
});
