/**
 * The two kinds added as plugins (API Gateway, Lambda) in real Chromium: they reach the palette
 * with their AWS icons through the catalog alone, and the VPC frame follows the network plan: a
 * function is drawn inside the VPC exactly when it calls something that lives there.
 */
import { expect, test } from '@playwright/test';
import { type CanvasPage, openCanvasEachTest } from './pages/canvas';

let cp: CanvasPage;

openCanvasEachTest((opened) => {
  cp = opened;
});

test('the palette offers API Gateway and Lambda with their own icons, in both languages', async ({ page }) => {
  const icon = (kind: string) => page.getByTestId(`palette-${kind}`).locator('img');
  for (const kind of ['apigateway', 'lambda']) {
    await expect(page.getByTestId(`palette-${kind}`)).toBeVisible();
    // The image loaded (an SVG with a size), and it is not another kind's icon nor the fallback.
    await expect.poll(() => icon(kind).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  const sources = await page.locator('[data-testid^="palette-"][role="button"] img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
  expect(new Set(sources).size).toBe(sources.length);
  await page.getByTestId('palette-search').fill('Lambda');
  await expect(page.getByTestId('palette-lambda')).toBeVisible();
  await expect(page.getByTestId('palette-apigateway')).toHaveCount(0);
  await page.getByTestId('palette-search').fill('스테이지 캐시');
  await expect(page.getByTestId('palette-apigateway')).toBeVisible();
});

test('the serverless example: the VPC frame holds the function and DAX, not the API, CloudFront or the table', async ({ page }) => {
  await page.getByTestId('designs').click();
  await page.getByTestId('template-serverless-read-path').click();
  await expect(cp.nodes()).toHaveCount(5);
  const frame = cp.canvas.getByTestId('vpc-frame');
  await expect(frame).toBeVisible();
  const inside = async (id: string) => {
    const f = (await frame.boundingBox())!;
    const n = (await cp.node(id).boundingBox())!;
    return n.x >= f.x && n.y >= f.y && n.x + n.width <= f.x + f.width && n.y + n.height <= f.y + f.height;
  };
  for (const id of ['reader', 'dax']) expect(await inside(id), id).toBe(true);
  for (const id of ['cdn', 'api', 'products']) expect(await inside(id), id).toBe(false);
  await expect(page.locator('[data-testid="diagnostic"][data-severity="error"]')).toHaveCount(0);
});

test('a function joins the VPC frame when it is connected to DAX, and leaves it when the edge goes', async ({ page }) => {
  await cp.openBlank();
  await cp.dropFromPalette('lambda', 200, 200);
  await expect(cp.canvas.getByTestId('node-lambda')).toHaveCount(1);
  await expect(cp.canvas.getByTestId('vpc-frame')).toHaveCount(0);
  await cp.dropFromPalette('dynamodb', 700, 200);
  const [fn, table] = (await cp.expectSaved((d) => d.nodes.length === 2)).nodes.sort((a, b) => a.position.x - b.position.x);
  await cp.connect(fn!.id, table!.id);
  await cp.expectSaved((d) => d.edges.length === 1);
  // DynamoDB is reached through its AWS endpoint: still no VPC.
  await expect(cp.canvas.getByTestId('vpc-frame')).toHaveCount(0);
  await cp.dropFromPalette('dax', 700, 420);
  const dax = (await cp.expectSaved((d) => d.nodes.length === 3)).nodes.find((n) => n.kind === 'dax')!;
  const frame = cp.canvas.getByTestId('vpc-frame');
  await expect(frame).toHaveCount(1);
  const covers = async (id: string) => {
    const f = (await frame.boundingBox())!;
    const n = (await cp.node(id).boundingBox())!;
    return n.x >= f.x && n.x + n.width <= f.x + f.width && n.y >= f.y && n.y + n.height <= f.y + f.height;
  };
  expect(await covers(fn!.id)).toBe(false);
  await cp.connect(fn!.id, dax.id);
  await cp.expectSaved((d) => d.edges.length === 2);
  await expect.poll(() => covers(fn!.id)).toBe(true);
  await page.keyboard.press('Control+z');
  await cp.expectSaved((d) => d.edges.length === 1);
  await expect.poll(() => covers(fn!.id)).toBe(false);
});
