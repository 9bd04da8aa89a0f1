/** What the canvas shows, measured in the page: zoom, rendered text sizes, boxes on screen. */
import type { Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The React Flow viewport: translation and zoom (its CSS transform). */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const m = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}

/** Waits until the viewport stops moving (a fit animates for 300 ms). */
export async function settledViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  let last = await viewport(page);
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const next = await viewport(page);
    if (Math.abs(next.zoom - last.zoom) < 1e-6 && Math.abs(next.x - last.x) < 0.01 && Math.abs(next.y - last.y) < 0.01) return next;
    last = next;
  }
  return last;
}

export interface TextSize {
  text: string;
  /** CSS font size × zoom, in px. */
  rendered: number;
  /** Which part of the diagram: node label, kind, edge label, box title… */
  role: string;
}

/** Every visible text of the diagram (nodes, edge labels, VPC and subnet titles) with its rendered size. */
export async function diagramTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const vp = document.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(vp).transform).a;
    const roleOf = (el: Element) =>
      el.closest('.sc-badge')
        ? 'badge'
        : el.closest('.service-node__label')
          ? 'node label'
          : el.closest('.service-node__kind')
            ? 'kind'
            : el.closest('.edge-label')
              ? 'edge label'
              : el.closest('.subnet-lane__name')
                ? 'AZ lane'
                : el.closest('.subnet-row__title')
                  ? 'subnet title'
                  : el.closest('.vpc-frame__title')
                    ? 'VPC title'
                    : 'other';
    const out: { text: string; rendered: number; role: string }[] = [];
    const walker = document.createTreeWalker(vp, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.sr-only')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none' || !el.getClientRects().length) continue;
      out.push({ text, rendered: parseFloat(style.fontSize) * zoom, role: roleOf(el) });
    }
    return out;
  });
}

/** The on-screen box around the nodes, the VPC frame and the edge labels, and the canvas' box. */
export async function diagramSpan(page: Page): Promise<{ diagram: Box; canvas: Box }> {
  return page.evaluate(() => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const el of Array.from(document.querySelectorAll('.react-flow__node, .vpc-frame, .edge-label'))) {
      const r = el.getBoundingClientRect();
      if (!r.width) continue;
      minX = Math.min(minX, r.left);
      minY = Math.min(minY, r.top);
      maxX = Math.max(maxX, r.right);
      maxY = Math.max(maxY, r.bottom);
    }
    const c = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return { diagram: { x: minX, y: minY, width: maxX - minX, height: maxY - minY }, canvas: { x: c.x, y: c.y, width: c.width, height: c.height } };
  });
}

/** Points of an SVG path made of M/L/Q commands (the routes the canvas draws), corners included. */
export function pathPoints(d: string): { x: number; y: number }[] {
  const nums = d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i]!, y: nums[i + 1]! });
  return out;
}

export const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
