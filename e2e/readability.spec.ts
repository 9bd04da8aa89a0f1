/**
 * Readable by default (issue 15), measured in real Chromium at the configured 1440×900 window:
 * after "Zoom to fit" on the reference architecture every text of the diagram renders at 11 px or
 * more (CSS font size × zoom) and the diagram spans at least 70 % of the canvas' width or height;
 * a blank design starts at 100 %; the panels fold away and the minimap is a remembered choice;
 * the Template tab keeps its room with a component selected. The numbers go to the annotations.
 */
import { expect, test } from '@playwright/test';
import { type CanvasPage, openCanvasEachTest } from './pages/canvas';
import { diagramSpan, diagramTextSizes, settledViewport, viewport } from './pages/diagram';

let cp: CanvasPage;

openCanvasEachTest((opened) => {
  cp = opened;
});

for (const locale of ['en', 'ko'] as const) {
  test(`${locale}: after Zoom to fit every label renders at 11 px or more and the diagram spans 70 % of the canvas`, async ({ page }, info) => {
    expect(page.viewportSize()).toEqual({ width: 1440, height: 900 });
    await page.getByTestId('locale').selectOption(locale);
    // Zoom in first, so the fit has to do something.
    await cp.pane.click({ position: { x: 10, y: 10 } });
    await page
      .getByTestId('canvas')
      .getByRole('button', { name: locale === 'en' ? 'Zoom in' : '확대' })
      .click();
    await page.getByTestId('fit-view').click();
    const vp = await settledViewport(page);
    const sizes = await diagramTextSizes(page);
    const labels = sizes.filter((s) => s.role === 'node label');
    const edgeLabels = sizes.filter((s) => s.role === 'edge label');
    // Every component's label and every connection's label is there, and measured.
    expect(labels.map((s) => s.text).join(' ')).toContain('Session Store');
    expect(new Set(labels.map((s) => s.text)).size).toBeGreaterThanOrEqual(10);
    expect(edgeLabels).toHaveLength(9);
    const { diagram, canvas } = await diagramSpan(page);
    const span = { width: diagram.width / canvas.width, height: diagram.height / canvas.height };
    const min = (role?: string) => Math.min(...sizes.filter((s) => !role || s.role === role).map((s) => s.rendered));
    const report = {
      locale,
      zoom: Math.round(vp.zoom * 1000) / 1000,
      minNodeLabelPx: Math.round(min('node label') * 100) / 100,
      minKindPx: Math.round(min('kind') * 100) / 100,
      minEdgeLabelPx: Math.round(min('edge label') * 100) / 100,
      minAnyTextPx: Math.round(min() * 100) / 100,
      spanWidth: Math.round(span.width * 1000) / 1000,
      spanHeight: Math.round(span.height * 1000) / 1000,
    };
    console.log('readability', JSON.stringify(report));
    info.annotations.push({ type: 'readability', description: JSON.stringify(report) });
    for (const s of sizes) expect(s.rendered, `${s.role} "${s.text}"`).toBeGreaterThanOrEqual(11);
    expect(Math.max(span.width, span.height)).toBeGreaterThanOrEqual(0.7);
    // And the whole diagram is on screen.
    expect(diagram.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(diagram.y).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(diagram.x + diagram.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(diagram.y + diagram.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  });
}

test('a blank design starts at 100 %, however the previous one was zoomed', async ({ page }) => {
  await page.getByTestId('fit-view').click();
  expect((await settledViewport(page)).zoom).not.toBeCloseTo(1, 2);
  await page.getByTestId('new-design').click();
  await expect(cp.nodes()).toHaveCount(0);
  await expect.poll(async () => (await viewport(page)).zoom).toBe(1);
  const vp = await viewport(page);
  expect([vp.x, vp.y]).toEqual([0, 0]);
});

test('with a component selected, the Template tab keeps most of the side panel', async ({ page }) => {
  await cp.select('web');
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-code')).toBeVisible();
  const panel = (await page.locator('.tab-panel').boundingBox())!;
  const side = (await page.locator('.side-panel').boundingBox())!;
  console.log('template panel', JSON.stringify({ height: panel.height, sidePanel: side.height }));
  expect(panel.height).toBeGreaterThan(400);
  expect(panel.height).toBeGreaterThan(side.height / 2);
});

test('the palette and the side panel fold away and stay folded; the minimap is off until asked for', async ({ page }) => {
  const width = async () => (await cp.canvas.boundingBox())!.width;
  const full = await width();
  await page.getByTestId('palette-collapse').click();
  await expect(page.getByTestId('palette-dynamodb')).toHaveCount(0);
  await page.getByTestId('side-collapse').click();
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await expect.poll(width).toBeGreaterThan(full + 450);
  await expect(cp.canvas.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByTestId('view-menu').click();
  await page.getByTestId('toggle-minimap').check();
  await expect(cp.canvas.locator('.react-flow__minimap')).toBeVisible();
  await page.reload();
  await expect(cp.nodes().first()).toBeVisible();
  await expect(page.getByTestId('palette-expand')).toBeVisible();
  await expect(page.getByTestId('side-expand')).toBeVisible();
  await expect(cp.canvas.locator('.react-flow__minimap')).toBeVisible();
  await page.getByTestId('palette-expand').click();
  await page.getByTestId('side-expand').click();
  await expect(page.getByTestId('palette-dynamodb')).toBeVisible();
  await expect(page.getByTestId('inspector')).toBeVisible();
  await expect.poll(width).toBe(full);
});

test('every toolbar control fits a 1440 px window, in English and in Korean', async ({ page }) => {
  for (const locale of ['en', 'ko'] as const) {
    await page.getByTestId('locale').selectOption(locale);
    const fit = await page.locator('.toolbar').evaluate((tb) => ({ scroll: tb.scrollWidth, client: tb.clientWidth }));
    console.log('toolbar', locale, JSON.stringify(fit));
    expect(fit.scroll, locale).toBeLessThanOrEqual(fit.client);
    await expect(page.getByTestId('shortcuts')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('locale')).toBeInViewport({ ratio: 1 });
  }
});

test('edges can be followed: no route runs through a node, and on the fan-out each label sits by the target it names', async ({ page }) => {
  await page.getByTestId('fit-view').click();
  await settledViewport(page);
  const report = await page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect();
    const nodes = Array.from(document.querySelectorAll('.react-flow__node')).map((n) => ({ id: n.getAttribute('data-id')!, r: rect(n) }));
    return Array.from(document.querySelectorAll('.react-flow__edge')).map((edge) => {
      const id = edge.getAttribute('data-id')!;
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const m = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let d = 0; d <= length; d += 4) {
        const p = path.getPointAtLength(d);
        points.push({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
      }
      // Nodes the route passes through, 3 px inside their border (the route starts and ends on one).
      const through = nodes
        .filter(({ r }) => points.some((p) => p.x > r.left + 3 && p.x < r.right - 3 && p.y > r.top + 3 && p.y < r.bottom - 3))
        .map((n) => n.id);
      const label = document.querySelector(`.edge-label[data-edge-id="${id}"]`)!;
      const l = rect(label);
      return { id, through, label: { x: l.x + l.width / 2, y: l.y + l.height / 2 }, end: points[points.length - 1]!, start: points[0]! };
    });
  });
  expect(report).toHaveLength(9);
  for (const e of report) expect(e.through, e.id).toEqual([]);
  // The four edges out of the Auto Scaling group: each label is much nearer its arrow head than the group.
  const doc = await cp.saved();
  const fan = doc.edges.filter((e) => e.source === 'web');
  expect(fan).toHaveLength(4);
  for (const f of fan) {
    const e = report.find((r) => r.id === f.id)!;
    const toEnd = Math.hypot(e.label.x - e.end.x, e.label.y - e.end.y);
    const toStart = Math.hypot(e.label.x - e.start.x, e.label.y - e.start.y);
    expect(toEnd, f.id).toBeLessThan(toStart / 2);
  }
  // No shared trunk: the routes leave the group at four different points.
  const starts = new Set(fan.map((f) => Math.round(report.find((r) => r.id === f.id)!.start.x)));
  expect(starts.size).toBe(4);
});
