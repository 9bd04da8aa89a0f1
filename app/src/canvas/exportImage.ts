/**
 * The diagram as PNG or SVG (html-to-image renders the React Flow viewport, fitted to the
 * nodes and the VPC frame). Labels stay text nodes in the DOM that is rendered, never markup.
 */
import { vpcFrame, type Design } from '@stackcanvas/core';
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';

const MARGIN = 40;
const MAX_SIDE = 4096;

/** A file name from the design name: no path separators or characters that file systems refuse. */
export function fileBaseName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what file systems refuse
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || 'design';
}

export function download(filename: string, href: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(filename, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function renderDiagram(format: 'png' | 'svg', design: Design, nodes: readonly Node[]): Promise<string> {
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportEl) throw new Error('the canvas is not shown');
  let bounds = nodes.length ? getNodesBounds([...nodes]) : { x: 0, y: 0, width: 400, height: 300 };
  const frame = vpcFrame(design);
  if (frame) {
    const x = Math.min(bounds.x, frame.x);
    const y = Math.min(bounds.y, frame.y);
    bounds = {
      x,
      y,
      width: Math.max(bounds.x + bounds.width, frame.x + frame.width) - x,
      height: Math.max(bounds.y + bounds.height, frame.y + frame.height) - y,
    };
  }
  const scale = Math.min(1, MAX_SIDE / (bounds.width + 2 * MARGIN), MAX_SIDE / (bounds.height + 2 * MARGIN));
  const width = Math.ceil((bounds.width + 2 * MARGIN) * scale);
  const height = Math.ceil((bounds.height + 2 * MARGIN) * scale);
  const vp = getViewportForBounds(bounds, width, height, scale, scale, MARGIN / Math.max(width, height));
  const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
  const options = {
    backgroundColor: background,
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})` },
    // Handles and badges of the validation are UI, not diagram.
    filter: (el: HTMLElement) => !el.classList?.contains('react-flow__handle'),
  };
  // html-to-image is loaded on the first export only: it is not needed to draw the canvas.
  const { toPng, toSvg } = await import('html-to-image');
  return format === 'png' ? toPng(viewportEl, options) : toSvg(viewportEl, options);
}
