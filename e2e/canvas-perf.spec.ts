/**
 * A 1,000-node design: it opens, a node drags without stutter, and the drag is one undo step.
 * The numbers go to the test's annotations (and stdout); the bounds are loose because the
 * machine is shared, but a drag that re-rendered the whole graph per mouse move would fail them.
 */
import { expect, test } from '@playwright/test';
import { startFrameRecorder, stopFrameRecorder } from './browser';
import { CanvasPage } from './pages/canvas';

function bigDesign(n: number) {
  const kinds = ['alb', 'asg', 'elasticache', 'rds'];
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: kinds[i % 4],
    label: `Node ${i}`,
    position: { x: (i % 40) * 260, y: Math.floor(i / 40) * 120 },
    props: {},
  }));
  const edges = [];
  for (let i = 0; i + 1 < n; i += 4) edges.push({ id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, props: {} });
  for (let i = 1; i + 1 < n; i += 4) edges.push({ id: `f${i}`, source: `n${i}`, target: `n${i + 1}`, props: {} });
  return { format: 'stackcanvas.design', version: 1, name: 'big', nodes, edges };
}

test('a 1,000-node design drags without stutter, as one undo step', async ({ page }, info) => {
  test.setTimeout(240_000);
  const design = bigDesign(1000);
  await page.addInitScript((text) => {
    if (localStorage.getItem('stackcanvas.current')) return;
    localStorage.setItem('stackcanvas.design.d1', text);
    localStorage.setItem('stackcanvas.designs', JSON.stringify([{ id: 'd1', name: 'big', updatedAt: 1 }]));
    localStorage.setItem('stackcanvas.current', 'd1');
  }, JSON.stringify(design));
  const cp = new CanvasPage(page);
  const t0 = Date.now();
  await page.goto('/');
  // Opening is slow only on a loaded machine (dev server, 2 shared cores); the drag is what is measured.
  await expect(cp.nodes().first()).toBeVisible({ timeout: 120_000 });
  const openMs = Date.now() - t0;
  // Let the initial fit settle, and outlast a reload the dev server may do on a cold start
  // (it re-optimizes dependencies): the page must keep a marker for 1.5 s.
  for (let attempt = 0; attempt < 5; attempt++) {
    await expect(cp.nodes().first()).toBeVisible({ timeout: 120_000 });
    await page.evaluate(() => ((window as unknown as { __stable: boolean }).__stable = true));
    await page.waitForTimeout(1500);
    if (await page.evaluate(() => (window as unknown as { __stable?: boolean }).__stable === true)) break;
  }
  // Drag the node nearest the centre of the canvas (the big design opens centred at a readable zoom).
  const canvasBox = (await cp.canvas.boundingBox())!;
  const id = await page.evaluate(
    ({ cx, cy }) => {
      let best = '';
      let bestD = Infinity;
      for (const el of Array.from(document.querySelectorAll('.react-flow__node'))) {
        const r = el.getBoundingClientRect();
        const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
        if (d < bestD) [best, bestD] = [el.getAttribute('data-id')!, d];
      }
      return best;
    },
    { cx: canvasBox.x + canvasBox.width / 2, cy: canvasBox.y + canvasBox.height / 2 },
  );
  const index = Number(id.slice(1));
  // Where the node is once the design is open, as drawn (flow coordinates of its transform): opening
  // settles the layout (the rows of a large design move apart) without saving, so neither the file's
  // positions nor the saved ones are where the drag starts.
  const flowPosition = async () =>
    cp.node(id).evaluate((el) => {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((el as HTMLElement).style.transform)!;
      return { x: Number(m[1]), y: Number(m[2]) };
    });
  const start = await flowPosition();
  const box = (await cp.node(id).boundingBox())!;
  const renderedNodes = await cp.nodes().count();
  await startFrameRecorder(page);
  await page.evaluate(() => {
    // Which node elements the drag touches: only the dragged one should change.
    const touched = new Set<string>();
    (window as unknown as { __touched: Set<string> }).__touched = touched;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('.react-flow__node');
        touched.add(el?.getAttribute('data-id') ?? (r.type === 'childList' ? 'childList' : 'other'));
      }
    }).observe(document.querySelector('.react-flow__nodes')!, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const moveTimes: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const s = Date.now();
    await page.mouse.move(x + i * 4, y + i * 2);
    moveTimes.push(Date.now() - s);
  }
  await page.mouse.up();
  const frames = await stopFrameRecorder(page);
  const touched = await page.evaluate(() => [...(window as unknown as { __touched: Set<string> }).__touched].sort());
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  const moves = [...moveTimes].sort((a, b) => a - b);
  const summary = {
    nodes: 1000,
    edges: design.edges.length,
    openMs,
    frames: frames.length,
    frameMedianMs: Math.round(pct(0.5) * 10) / 10,
    frameP95Ms: Math.round(pct(0.95) * 10) / 10,
    mouseMoveMedianMs: moves[30],
    mouseMoveMaxMs: moves[59],
    renderedNodes,
    nodeElementsTouched: touched.length,
  };
  console.log('perf', JSON.stringify(summary));
  info.annotations.push({ type: 'perf', description: JSON.stringify(summary) });
  // The structural check (machine-independent): the DOM of no other node changed during the drag
  // (it sees DOM work such as re-measuring or re-mounting, not a React render that changes nothing).
  expect(touched).toEqual([id]);
  // Loose timing bounds: the machine is shared; a drag that re-rendered every node would miss them.
  expect(pct(0.5)).toBeLessThan(50);
  expect(pct(0.95)).toBeLessThan(400);
  // The drag is one undo step: one undo puts the node back.
  const moved = await cp.expectSaved((d) => d.nodes[index]!.position.x !== start.x, 'node moved');
  expect(moved.nodes[index]!.position.x - start.x).toBeGreaterThan(100);
  await cp.press('ControlOrMeta+z');
  await cp.expectSaved((d) => d.nodes[index]!.position.x === start.x && d.nodes[index]!.position.y === start.y, 'back after one undo');
});
