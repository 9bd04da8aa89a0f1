/**
 * A part the app loads on demand that cannot be fetched (the connection is down, or the site was
 * redeployed while the tab was open), simulated by aborting the dev server's module request: the
 * part shows a notice saying which part, why and whether the design is saved, with Reload, and
 * the rest of the app keeps working; a dialog's notice floats and closes. A render error shows
 * the app's own error screen (Try again, Reload) instead of a blank page. Rules and traffic-model
 * failures are covered by unit tests (`memo.test.ts`, `trafficLoad.test.ts`): the dev server
 * loads the rules at start.
 */
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_DESIGN } from '@stackcanvas/core';
import { CanvasPage } from './pages/canvas';

/** The dev server's URL of an app module (`/src/…`) or of one of core's (`/@fs/…/packages/core/src/…`). */
const INSPECTOR_FORMS = /\/src\/panels\/InspectorForms\.tsx(\?|$)/;
const SHORTCUTS_SHEET = /\/src\/ShortcutsSheet\.tsx(\?|$)/;
const CDK_GENERATOR = /\/packages\/core\/src\/cdk\/index\.ts(\?|$)/;
const CHANGESET = /\/packages\/core\/src\/changeset\/index\.ts(\?|$)/;
const IMPORTER = /\/src\/import\/importFile\.ts(\?|$)/;
const EMPTY_HINT = /\/src\/EmptyHint\.tsx(\?|$)/;

const SAVED = 'Your design is saved in this browser: reload the page to continue where you were.';

async function open(page: Page, errors: string[]): Promise<CanvasPage> {
  page.on('pageerror', (e) => errors.push(e.message));
  const cp = new CanvasPage(page);
  await cp.goto();
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length);
  return cp;
}

test.describe.configure({ timeout: 90_000 });

test('the inspector forms not fetched: the inspector says so, the canvas still edits, and Reload reopens the saved design', async ({ page }) => {
  const errors: string[] = [];
  await page.route(INSPECTOR_FORMS, (route) => route.abort('internetdisconnected'));
  const cp = await open(page, errors);
  await cp.select('web');
  const notice = page.getByTestId('inspector').getByTestId('load-failed');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText('The inspector form could not be loaded.');
  await expect(notice).toContainText('The connection may be down, or a newer version of the site was published');
  await expect(notice).toContainText(SAVED);
  await expect(notice).not.toContainText('Failed to fetch'); // no technical detail, no stack trace
  await expect(notice).not.toContainText('InspectorForms');
  // The rest of the app works: the selected node is deleted, and the deletion is saved.
  await cp.press('Delete');
  await expect(cp.node('web')).toHaveCount(0);
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length - 1);
  await cp.expectSaved((d) => !d.nodes.some((n) => n.id === 'web'));
  // Another selection shows the same notice (the part stays unavailable until the page is reloaded).
  await cp.select('db');
  await expect(notice).toBeVisible();

  await Promise.all([page.waitForEvent('load'), notice.getByTestId('load-failed-reload').click()]);
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length - 1);
  await expect(cp.node('web')).toHaveCount(0);
  await expect(cp.node('db')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the shortcuts sheet not fetched: its notice floats over the app without moving the canvas, and Close dismisses it', async ({ page }) => {
  const errors: string[] = [];
  await page.route(SHORTCUTS_SHEET, (route) => route.abort('internetdisconnected'));
  const cp = await open(page, errors);
  const before = await cp.canvas.boundingBox();
  await page.getByTestId('shortcuts').click();
  const notice = page.getByTestId('load-failed');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The keyboard shortcuts sheet could not be loaded.');
  await expect(notice).toHaveClass(/load-failed--floating/);
  expect(await notice.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await cp.canvas.boundingBox()).toEqual(before);
  await notice.getByTestId('load-failed-close').click();
  await expect(notice).toHaveCount(0);
  // Opened again: the notice again, and the app around it unchanged.
  await cp.pane.click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('?');
  await expect(notice).toBeVisible();
  await notice.getByTestId('load-failed-close').click();
  await expect(notice).toHaveCount(0);
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length);
  expect(errors).toEqual([]);
});

test('the CDK generator not fetched: the CDK tab shows the notice, without a Retry that cannot work', async ({ page }) => {
  const errors: string[] = [];
  await page.route(CDK_GENERATOR, (route) => route.abort('internetdisconnected'));
  const cp = await open(page, errors);
  await page.getByTestId('tab-cdk').click();
  const notice = page.getByTestId('cdk-load-failed');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The CDK generator could not be loaded.');
  await expect(notice.getByTestId('load-failed-reload')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  // The other tabs still work.
  await page.getByTestId('tab-diagnostics').click();
  await expect(page.getByTestId('diagnostics')).toBeVisible();
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length);
  expect(errors).toEqual([]);
});

test('the change-set comparison not fetched: the Change set tab shows the notice (changeset-error), its baseline controls stay', async ({ page }) => {
  const errors: string[] = [];
  await page.route(CHANGESET, (route) => route.abort('internetdisconnected'));
  await open(page, errors);
  await page.getByTestId('tab-changeset').click();
  const notice = page.getByTestId('changeset-error');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The change set comparison could not be loaded.');
  await expect(notice).toContainText(SAVED);
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expect(page.getByTestId('mark-deployed')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the importer not fetched: importing a file says so and the current design stays', async ({ page }) => {
  const errors: string[] = [];
  await page.route(IMPORTER, (route) => route.abort('internetdisconnected'));
  const cp = await open(page, errors);
  const name = await page.getByTestId('design-name').inputValue();
  const yaml = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
  await page.getByTestId('import-file').setInputFiles({ name: 'bucket.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(yaml) });
  const error = page.locator('[data-testid="message"][data-kind="error"]');
  await expect(error).toContainText('The importer could not be loaded');
  await expect(error).toContainText('"bucket.yaml" was not opened; the current design is unchanged.');
  await expect(cp.nodes()).toHaveCount(REFERENCE_DESIGN.nodes.length);
  await expect(page.getByTestId('design-name')).toHaveValue(name);
  await expect(page.getByTestId('import-file')).toBeEnabled(); // can be picked again
  expect(errors).toEqual([]);
});

/**
 * A render error without a test hook in the app: the dev server's EmptyHint module is replaced by
 * one that throws while the page's session says so (`render-fails` = 1).
 */
async function failRendering(page: Page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('render-fails') === null) sessionStorage.setItem('render-fails', '1');
  });
  await page.route(EMPTY_HINT, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "export function EmptyHint() { if (sessionStorage.getItem('render-fails') === '1') throw new Error('a render error on purpose'); return null; }",
    }),
  );
}

test('a render error shows the error screen, not a blank page; Try again renders the app again', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await failRendering(page);
  await page.goto('/');
  const failed = page.getByTestId('app-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('Something went wrong while showing Stackcanvas.');
  await expect(failed).toContainText('Your design is saved in this browser.');
  await expect(failed).not.toContainText('a render error on purpose');
  await expect(failed.getByTestId('app-failed-reload')).toBeVisible();
  // Still failing: the screen again, not a blank page.
  await failed.getByTestId('app-failed-try-again').click();
  await expect(failed).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('render-fails', '0'));
  await failed.getByTestId('app-failed-try-again').click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByTestId('canvas').locator('.react-flow__node')).toHaveCount(REFERENCE_DESIGN.nodes.length);
  expect(errors).toEqual([]);
});

test('a render error: Reload opens the app again with the design', async ({ page }) => {
  await failRendering(page);
  await page.goto('/');
  const failed = page.getByTestId('app-failed');
  await expect(failed).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('render-fails', '0'));
  await Promise.all([page.waitForEvent('load'), failed.getByTestId('app-failed-reload').click()]);
  await expect(page.getByTestId('canvas').locator('.react-flow__node')).toHaveCount(REFERENCE_DESIGN.nodes.length);
  await expect(failed).toHaveCount(0);
});

test('a render error inside a part loaded on demand is not taken for a failed fetch: it reaches the error screen', async ({ page }) => {
  const errors: string[] = [];
  await page.route(INSPECTOR_FORMS, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "export function NodeInspector() { throw new Error('a bug in the form'); } export function EdgeInspector() { return null; }",
    }),
  );
  const cp = await open(page, errors);
  await cp.select('web');
  await expect(page.getByTestId('app-failed')).toBeVisible();
  await expect(page.getByTestId('load-failed')).toHaveCount(0);
  expect(errors).toEqual([]);
});
