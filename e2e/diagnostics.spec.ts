/**
 * Live validation in real Chromium (issue 4): the Diagnostics panel, badges on nodes and edges,
 * click-to-zoom, and the course chapter's sticky-session scenario built by hand on the canvas.
 * Expected rule ids and wording come from docs/rules.md and the chapter, not from the app code.
 */
import { expect, test, type Page } from '@playwright/test';
import { type CanvasPage, openCanvasEachTest } from './pages/canvas';

let cp: CanvasPage;

openCanvasEachTest(async (opened) => {
  cp = opened;
  await cp.page.getByTestId('tab-diagnostics').click();
});

function panel(page: Page) {
  return page.getByTestId('diagnostics');
}

function entries(page: Page, rule: string) {
  return panel(page).locator(`[data-testid="diagnostic"][data-rule="${rule}"]`);
}

test('the reference architecture shows no errors and no warnings', async ({ page }) => {
  await expect(panel(page).getByTestId('diagnostics-count-error')).toHaveAttribute('data-count', '0');
  await expect(panel(page).getByTestId('diagnostics-count-warning')).toHaveAttribute('data-count', '0');
  await expect(panel(page).locator('[data-testid="diagnostic"][data-severity="error"]')).toHaveCount(0);
  await expect(panel(page).locator('[data-testid="diagnostic"][data-severity="warning"]')).toHaveCount(0);
  // The WAF in front of CloudFront is explained: CLOUDFRONT scope, us-east-1.
  await expect(entries(page, 'SC2007')).toHaveAttribute('data-severity', 'info');
  await expect(entries(page, 'SC2007')).toContainText('us-east-1');
});

test('build the sticky-session design by hand: the session warning appears, then goes with an ElastiCache session store', async ({ page }) => {
  await cp.openBlank();
  await expect(panel(page).locator('[data-testid="diagnostic"]')).toHaveCount(0);

  await cp.dropFromPalette('alb', 120, 150);
  await cp.dropFromPalette('asg', 460, 150);
  // An ALB with no target is an error, shown on the node as a badge.
  await expect(entries(page, 'SC3001')).toHaveAttribute('data-severity', 'error');
  await expect(cp.node('alb').getByTestId('node-badge')).toHaveAttribute('data-severity', 'error');

  await cp.connect('alb', 'asg');
  await expect(cp.edges()).toHaveCount(1);
  await expect(entries(page, 'SC3001')).toHaveCount(0);

  // Turn sticky sessions on in the inspector.
  await cp.select('alb');
  const stickiness = page.getByTestId('inspector').getByTestId('prop-stickiness');
  await stickiness.check();
  await expect(stickiness).toBeChecked();

  const warning = entries(page, 'SC4001');
  await expect(warning).toHaveCount(1);
  await expect(warning).toHaveAttribute('data-severity', 'warning');
  await expect(warning).toContainText('lost on scale-in');
  await expect(warning).toContainText('ElastiCache');
  await expect(panel(page).getByTestId('diagnostics-count-warning')).not.toHaveAttribute('data-count', '0');
  await expect(cp.node('alb').getByTestId('node-badge')).toHaveAttribute('data-severity', 'warning');
  await expect(cp.canvas.locator('[data-edge-id="alb-asg"]').getByTestId('edge-badge')).toHaveAttribute('data-severity', 'warning');

  // The same warning in Korean, with the chapter's words.
  await page.getByTestId('locale').selectOption('ko');
  await expect(warning).toContainText('Scale In');
  await expect(warning).toContainText('세션');
  await page.getByTestId('locale').selectOption('en');

  // Clicking the entry selects the load balancer and the group.
  await warning.click();
  await expect(cp.node('alb')).toHaveClass(/selected/);
  await expect(cp.node('asg')).toHaveClass(/selected/);

  // Add the session store: ElastiCache with purpose "sessions", called by the group.
  await cp.dropFromPalette('elasticache', 460, 380);
  await cp.select('elasticache');
  await page.getByTestId('inspector').getByTestId('prop-purpose').selectOption('sessions');
  await cp.connect('asg', 'elasticache');
  await expect(cp.edges()).toHaveCount(2);

  await expect(entries(page, 'SC4001')).toHaveCount(0);
  // Stickiness is now unnecessary: said as info, not as a warning.
  await expect(entries(page, 'SC4002')).toHaveAttribute('data-severity', 'info');
  const saved = await cp.expectSaved((d) => d.edges.length === 2);
  expect(saved.nodes.find((n) => n.id === 'elasticache')?.props['purpose']).toBe('sessions');
});

test('clicking a diagnostic zooms the canvas to its nodes', async ({ page }) => {
  // Make the database single-AZ: a warning that points at one node far from the centre.
  await cp.select('db');
  await page.getByTestId('inspector').getByTestId('prop-multiAz').uncheck();
  const entry = entries(page, 'SC6001');
  await expect(entry).toHaveAttribute('data-severity', 'warning');
  await expect(cp.node('db').getByTestId('node-badge')).toHaveAttribute('data-severity', 'warning');
  await cp.pane.click({ position: { x: 5, y: 5 } }); // clear the selection
  const before = (await cp.node('db').boundingBox())!;
  await entry.click();
  await expect(cp.node('db')).toHaveClass(/selected/);
  // After the zoom the node is bigger on screen and near the canvas centre.
  await expect.poll(async () => (await cp.node('db').boundingBox())!.width).toBeGreaterThan(before.width * 1.05);
  const canvasBox = (await cp.canvas.boundingBox())!;
  await expect
    .poll(async () => {
      const b = (await cp.node('db').boundingBox())!;
      return Math.abs(b.x + b.width / 2 - (canvasBox.x + canvasBox.width / 2));
    })
    .toBeLessThan(canvasBox.width * 0.15);
});
