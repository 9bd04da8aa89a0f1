/**
 * Traffic mode in real Chromium (issue 14) on the reference architecture at 50,000 requests/s.
 * The numbers are docs/traffic-model.md's worked example, computed by hand there:
 * - the ALB behavior gets 20 % of the requests and CloudFront answers 30 % of them: 50,000 × 0.2 ×
 *   0.7 = 7,000 at the ALB; the database sees 6,300 reads × (1 − 0.9) + 700 writes = 1,330;
 * - its hit ratio lowered to 0: the ALB gets 10,000, the database 9,000 × 0.1 + 1,000 = 1,900;
 * - then the query cache raised to 99 %: the database sees 9,000 × 0.01 + 1,000 = 1,090.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CanvasPage, openCanvasEachTest } from './pages/canvas';

openCanvasEachTest(() => {});

const rps = (page: Page, id: string, kind: string) => new CanvasPage(page).node(id).getByTestId(`node-${kind}`);

/** Drags a range input's thumb from its current value to `value` with the mouse (one gesture). */
async function dragSlider(page: Page, slider: Locator, from: number, to: number): Promise<void> {
  const box = (await slider.boundingBox())!;
  const x = (v: number) => box.x + 8 + ((box.width - 16) * v) / 100;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x(from) + ((x(to) - x(from)) * i) / 10, y);
  await page.mouse.up();
}

test('lower the CloudFront hit ratio: the ALB and the database rise; raise the query cache: the database falls', async ({ page }) => {
  const alb = rps(page, 'alb', 'alb');
  const db = rps(page, 'db', 'rds');
  await expect(alb).not.toHaveAttribute('data-rps', /.*/);
  await page.getByTestId('traffic-mode').click();
  await expect(page.getByTestId('traffic-mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('traffic-panel')).toBeVisible();
  await expect(alb).toHaveAttribute('data-rps', '7000');
  await expect(db).toHaveAttribute('data-rps', '1330');
  await expect(rps(page, 'waf', 'waf')).toHaveAttribute('data-rps', '50000');
  await expect(page.getByTestId('canvas').locator('[data-testid="edge-rps"]').first()).toBeVisible();
  // One sentence per cache: CloudFront answers 82 % (41,000 of 50,000).
  await expect(page.getByTestId('traffic-summary').first()).toHaveText(
    '“CDN” served 82% of its requests at the edge (41,000/s); its origins receive 18% of all requests.',
  );

  await page.getByTestId('traffic-edge-cdn-alb-hitRatio').fill('0');
  await expect(alb).toHaveAttribute('data-rps', '10000');
  await expect(db).toHaveAttribute('data-rps', '1900');

  await page.getByTestId('traffic-node-querycache-hitRatio').fill('99');
  await expect(db).toHaveAttribute('data-rps', '1090');
  await expect(alb).toHaveAttribute('data-rps', '10000');

  // The entry rate doubles everything.
  await page.getByTestId('traffic-rps').fill('100000');
  await expect(alb).toHaveAttribute('data-rps', '20000');

  // The summaries in Korean too.
  await page.getByTestId('locale').selectOption('ko');
  await expect(page.getByTestId('traffic-summary').first()).toContainText('엣지에서 처리했습니다');

  // Off: no numbers on the canvas.
  await page.getByTestId('traffic-mode').click();
  await expect(alb).not.toHaveAttribute('data-rps', /.*/);
});

test('a slider drag is one undo step, and an overloaded database turns red', async ({ page }) => {
  await page.getByTestId('traffic-mode').click();
  const db = rps(page, 'db', 'rds');
  await expect(db).toHaveAttribute('data-rps', '1330');
  const slider = page.getByTestId('traffic-node-querycache-hitRatio');
  await expect(slider).toHaveValue('90');
  // Drag the query cache down to about 30 %: 6,300 reads × 0.7 + 700 = 5,110 > 2,000 queries/s.
  await dragSlider(page, slider, 90, 30);
  const dropped = Number(await slider.inputValue());
  expect(dropped).toBeLessThan(40);
  await expect(db).toHaveAttribute('data-overloaded', 'true');
  await expect(page.getByTestId('traffic-overloads')).toContainText('Orders DB');
  const rate = Number(await db.getAttribute('data-rps'));
  expect(rate).toBe(Math.round(6300 * (1 - dropped / 100) + 700));
  // One undo puts the whole drag back.
  await page.getByTestId('undo').click();
  await expect(slider).toHaveValue('90');
  await expect(db).toHaveAttribute('data-rps', '1330');
  await expect(db).toHaveAttribute('data-overloaded', 'false');
});

test('a slider change is drawn within one frame', async ({ page }) => {
  await page.getByTestId('traffic-mode').click();
  await expect(rps(page, 'db', 'rds')).toHaveAttribute('data-rps', '1330');
  // The Traffic tab is fetched when it opens.
  await expect(page.getByTestId('traffic-node-querycache-hitRatio')).toBeVisible();
  const timings = await page.evaluate(async () => {
    const slider = document.querySelector<HTMLInputElement>('[data-testid="traffic-node-querycache-hitRatio"]')!;
    const dbNode = document.querySelector('.react-flow__node[data-id="db"] [data-testid="node-rds"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const out: { ms: number; inFrame: boolean }[] = [];
    for (let i = 0; i < 20; i++) {
      const value = i % 2 ? 90 : 50 + i;
      const before = dbNode.getAttribute('data-rps');
      const start = performance.now();
      setValue.call(slider, String(value));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      // Whatever React does for the event happens before the next frame is painted.
      const inFrame = await new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(dbNode.getAttribute('data-rps') !== before)));
      out.push({ ms: performance.now() - start, inFrame });
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  });
  console.log(`slider → canvas: ${timings.map((t) => t.ms.toFixed(1)).join(', ')} ms (to the next frame)`);
  expect(timings.every((t) => t.inFrame)).toBe(true);
});
