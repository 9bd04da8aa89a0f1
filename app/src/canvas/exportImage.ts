/**
 * The diagram as an image, drawn from the design and the layout (`scene.ts`: node boxes, the VPC
 * frame and subnet rows, the edge routes the canvas draws), never by screenshotting the DOM.
 *
 * - SVG: standalone vector art (xmlns, width/height/viewBox) that editors open (Inkscape, Figma):
 *   one `<path>` per connection (the arrow heads are polygons), every text a `<text>`, the AWS
 *   icons embedded as `<image>` data URLs; no `foreignObject`, no script, no external reference.
 * - PNG: that SVG rendered to a canvas at 2× (at most 8192 px a side).
 * - Copy image: the PNG put on the clipboard (`navigator.clipboard.write` with a ClipboardItem).
 *
 * Colours are the theme's (read from the CSS variables), so the picture matches the canvas.
 */
import { catalog, routePath, type Design, type Locale, type Point, type Rect } from '@stackcanvas/core';
import { translate } from '../i18n/index';
import { nodeLabel } from '../i18n/labels';
import { iconUrl } from './icons';
import { buildScene, type Scene } from './scene';
import { BOX_TEXT, EDGE_LABEL, NODE_TEXT, fontFamily, type Lines } from './textLayout';
import { TIER_ICON, TIER_TITLE, azName } from './VpcFrame';

const MARGIN = 40;
const MAX_SIDE = 4096;
const PNG_SCALE = 2;
const NODE_RADIUS = 8;

/** The colours of the current theme, as the canvas shows them. */
export interface Palette {
  readonly background: string;
  readonly panel: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly danger: string;
  readonly edge: string;
  readonly edgeLabel: string;
  readonly vpc: string;
  readonly publicSubnet: string;
  readonly privateSubnet: string;
}

export function themePalette(): Palette {
  const root = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  // React Flow's own edge colour, from its element (light and dark differ).
  const flow = document.querySelector('.react-flow');
  const edge = (flow && getComputedStyle(flow).getPropertyValue('--xy-edge-stroke-default').trim()) || '#b1b1b7';
  return {
    background: v('--bg', '#ffffff'),
    panel: v('--panel', '#ffffff'),
    text: v('--text', '#16191f'),
    muted: v('--muted', '#5f6b7a'),
    border: v('--border', '#d5dbdb'),
    danger: v('--danger', '#d91515'),
    edge,
    edgeLabel: v('--edge-label-bg', '#ffffff'),
    vpc: v('--vpc-frame', '#8c4fff'),
    publicSubnet: v('--subnet-public', '#6b8e12'),
    privateSubnet: v('--subnet-private', '#00878a'),
  };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * An icon URL (a file URL in development, a percent-encoded data URL when Vite inlined it) as a
 * base64 data URL, the form every SVG editor reads.
 */
async function dataUrl(url: string): Promise<string> {
  if (url.startsWith('data:') && url.slice(0, url.indexOf(',')).endsWith(';base64')) return url;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`icon ${url.slice(0, 80)}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** Baseline of a line of text of `size` px centred in a line box of `lineHeight` starting at `top` (as CSS places it). */
export type Baseline = (top: number, lineHeight: number, size: number, weight: number) => number;

export const cssBaseline: Baseline = (top, lineHeight, size, weight) => {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return top + lineHeight / 2 + size * 0.35;
  ctx.font = `${weight} ${size}px ${fontFamily()}`;
  const m = ctx.measureText('Hg');
  const ascent = m.fontBoundingBoxAscent || size * 0.9;
  const descent = m.fontBoundingBoxDescent || size * 0.25;
  return top + (lineHeight - (ascent + descent)) / 2 + ascent;
};

export interface SvgOptions {
  readonly locale: Locale;
  readonly subnets: boolean;
  readonly palette: Palette;
  /** Icon path (the catalog's) → data URL. */
  readonly icons: ReadonlyMap<string, string>;
  readonly font: string;
  readonly baseline: Baseline;
  /** The scene, when the caller built it already (`buildScene`). */
  readonly scene?: Scene;
}

export interface DiagramSvg {
  readonly svg: string;
  /** Size in CSS pixels (1 unit of the diagram = 1 px, unless the diagram is larger than 4096 px). */
  readonly width: number;
  readonly height: number;
}

/** The standalone SVG document of the diagram. */
export function diagramSvg(design: Design, options: SvgOptions): DiagramSvg {
  const { palette: c, font, baseline, locale } = options;
  const scene = options.scene ?? buildScene(design, { locale, subnets: options.subnets });
  const view: Rect = {
    x: scene.bounds.x - MARGIN,
    y: scene.bounds.y - MARGIN,
    width: scene.bounds.width + 2 * MARGIN,
    height: scene.bounds.height + 2 * MARGIN,
  };
  const scale = Math.min(1, MAX_SIDE / view.width, MAX_SIDE / view.height);
  const width = Math.ceil(view.width * scale);
  const height = Math.ceil(view.height * scale);
  const family = escapeXml(font.replace(/"/g, "'"));
  const icon = (path: string) => options.icons.get(path) ?? '';
  const out: string[] = [];
  const text = (x: number, y: number, size: number, weight: number, fill: string, content: string, extra = '') =>
    `<text x="${n(x)}" y="${n(y)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}"${extra}>${escapeXml(content)}</text>`;
  const image = (path: string, x: number, y: number, size: number) =>
    `<image x="${n(x)}" y="${n(y)}" width="${size}" height="${size}" xlink:href="${escapeXml(icon(path))}"/>`;

  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${width}" height="${height}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" font-family="${family}">`,
    `<title>${escapeXml(design.name)}</title>`,
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="${escapeXml(c.background)}"/>`,
  );

  // The VPC frame, then its subnet rows and Availability Zone lanes (as the canvas draws them, behind everything).
  if (scene.boxes) {
    const v = scene.boxes.vpc;
    out.push(
      `<g id="vpc">`,
      `<rect x="${n(v.x + 1)}" y="${n(v.y + 1)}" width="${n(v.width - 2)}" height="${n(v.height - 2)}" rx="4" fill="${escapeXml(c.vpc)}" fill-opacity="0.04" stroke="${escapeXml(c.vpc)}" stroke-width="2"/>`,
      image('architecture-group/VirtualprivatecloudVPC', v.x + 10, v.y + 5, 20),
      text(v.x + 36, baseline(v.y + 5, 20, BOX_TEXT.vpc, 600), BOX_TEXT.vpc, 600, c.vpc, translate(locale, 'vpcTitle')),
      `</g>`,
    );
    for (const row of scene.boxes.rows) {
      const r = row.rect;
      const colour = row.tier === 'public' ? c.publicSubnet : c.privateSubnet;
      out.push(
        `<g class="subnet-row" data-tier="${row.tier}">`,
        `<rect x="${n(r.x + 0.5)}" y="${n(r.y + 0.5)}" width="${n(r.width - 1)}" height="${n(r.height - 1)}" rx="3" fill="${escapeXml(colour)}" fill-opacity="0.06" stroke="${escapeXml(colour)}" stroke-opacity="0.7"/>`,
        image(TIER_ICON[row.tier], r.x + 9, r.y + 1 + 5, 18),
        text(r.x + 33, baseline(r.y + 1, 28, BOX_TEXT.row, 600), BOX_TEXT.row, 600, colour, translate(locale, TIER_TITLE[row.tier])),
      );
      for (const lane of row.lanes) {
        const l = lane.rect;
        if (lane.az > 0) {
          out.push(
            `<rect x="${n(l.x + 1)}" y="${n(l.y + 1)}" width="${n(l.width - 2)}" height="${n(l.height - 1)}" fill="${escapeXml(colour)}" fill-opacity="0.05"/>`,
            `<line x1="${n(l.x + 1)}" y1="${n(l.y + 1.5)}" x2="${n(l.x + l.width - 1)}" y2="${n(l.y + 1.5)}" stroke="${escapeXml(colour)}" stroke-opacity="0.7" stroke-dasharray="3 3"/>`,
          );
        }
        const mid = l.y + 1 + l.height / 2;
        out.push(text(l.x + 9, baseline(mid - 9, 18, BOX_TEXT.lane, 400), BOX_TEXT.lane, 400, colour, translate(locale, 'azLane', { az: azName(lane.az) })));
      }
      out.push(`</g>`);
    }
  }

  // Connections: one path each, along the route the canvas draws, with its arrow head.
  out.push(`<g id="connections" fill="none">`);
  for (const e of scene.edges) {
    const stroke = e.allowed ? c.edge : c.danger;
    const dash = e.allowed ? '' : ' stroke-dasharray="5 4"';
    out.push(`<path d="${routePath(e.route.points)}" stroke="${escapeXml(stroke)}" stroke-width="1"${dash} data-edge-id="${escapeXml(e.id)}"/>`);
    out.push(arrowHead(e.route.points, stroke));
  }
  out.push(`</g>`);
  out.push(`<g id="connection-labels">`);
  for (const e of scene.edges) {
    if (!e.label) continue;
    const { x, y } = e.route.label;
    const w = e.labelWidth;
    const h = EDGE_LABEL.height;
    out.push(
      `<rect x="${n(x - w / 2 + 0.5)}" y="${n(y - h / 2 + 0.5)}" width="${n(w - 1)}" height="${n(h - 1)}" rx="4" fill="${escapeXml(c.edgeLabel)}" stroke="${escapeXml(c.border)}"/>`,
      text(
        x,
        baseline(y - h / 2 + 1, 18, EDGE_LABEL.size, EDGE_LABEL.weight),
        EDGE_LABEL.size,
        EDGE_LABEL.weight,
        c.muted,
        e.label,
        ` text-anchor="middle" data-edge-id="${escapeXml(e.id)}"`,
      ),
    );
  }
  out.push(`</g>`);

  // Components: the card, the AWS icon, the label over the kind's name.
  out.push(`<g id="components">`);
  for (const node of scene.nodes) {
    const r = node.rect;
    out.push(
      `<g class="component" data-id="${escapeXml(node.node.id)}" data-kind="${escapeXml(node.node.kind)}">`,
      // The whole name, also when the card shows it cut ("…").
      `<title>${escapeXml(`${nodeLabel(node.node, locale)} (${catalog[node.node.kind].name[locale]})`)}</title>`,
      `<rect x="${n(r.x + 0.5)}" y="${n(r.y + 0.5)}" width="${n(r.width - 1)}" height="${n(r.height - 1)}" rx="${NODE_RADIUS}" fill="${escapeXml(c.panel)}" stroke="${escapeXml(c.border)}"/>`,
      image(node.icon, r.x + NODE_TEXT.paddingX, r.y + (r.height - NODE_TEXT.icon) / 2, NODE_TEXT.icon),
    );
    const textX = r.x + NODE_TEXT.paddingX + NODE_TEXT.icon + NODE_TEXT.gap;
    const total = node.label.lines.length * NODE_TEXT.label.lineHeight + node.kind.lines.length * NODE_TEXT.kind.lineHeight;
    let top = r.y + (r.height - total) / 2;
    const block = (lines: Lines, style: typeof NODE_TEXT.label | typeof NODE_TEXT.kind, fill: string, cls: string) => {
      const spans = lines.lines.map((line, i) => {
        const y = baseline(top + i * style.lineHeight, style.lineHeight, style.size, style.weight);
        return `<tspan x="${n(textX)}" y="${n(y)}">${escapeXml(line)}</tspan>`;
      });
      out.push(
        `<text class="${cls}" font-size="${style.size}" font-weight="${style.weight}" fill="${escapeXml(fill)}" xml:space="preserve">${spans.join('')}</text>`,
      );
      top += lines.lines.length * style.lineHeight;
    };
    block(node.label, NODE_TEXT.label, c.text, 'label');
    block(node.kind, NODE_TEXT.kind, c.muted, 'kind');
    out.push(`</g>`);
  }
  out.push(`</g>`, `</svg>`);
  return { svg: out.join('\n'), width, height };
}

/** React Flow's closed arrow (markerEnd, 16 px) as a polygon at the end of the route. */
function arrowHead(points: readonly Point[], fill: string): string {
  const end = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const len = Math.hypot(end.x - before.x, end.y - before.y) || 1;
  const ux = (end.x - before.x) / len;
  const uy = (end.y - before.y) / len;
  // The marker's polyline is (-5,-4) (0,0) (-5,4) in a 20-unit box drawn 16 px wide: × 0.8.
  const back = 4;
  const half = 3.2;
  const bx = end.x - ux * back;
  const by = end.y - uy * back;
  const pts = [
    [bx - uy * half, by + ux * half],
    [end.x, end.y],
    [bx + uy * half, by - ux * half],
  ];
  return `<polygon points="${pts.map(([x, y]) => `${n(x!)},${n(y!)}`).join(' ')}" fill="${escapeXml(fill)}" stroke="${escapeXml(fill)}" stroke-linejoin="round"/>`;
}

/** Every icon the diagram uses, as data URLs. */
async function iconsFor(design: Design, subnets: boolean): Promise<Map<string, string>> {
  const paths = new Set<string>(['architecture-group/VirtualprivatecloudVPC']);
  if (subnets) for (const p of Object.values(TIER_ICON)) paths.add(p);
  for (const node of design.nodes) paths.add(catalog[node.kind].icon);
  const entries = await Promise.all([...paths].map(async (p) => [p, await dataUrl(iconUrl(p))] as const));
  return new Map(entries);
}

/** The SVG of the design as the canvas shows it now (theme, language, subnet boxes). */
export async function renderSvg(design: Design, locale: Locale, subnets: boolean): Promise<DiagramSvg> {
  return diagramSvg(design, { locale, subnets, palette: themePalette(), icons: await iconsFor(design, subnets), font: fontFamily(), baseline: cssBaseline });
}

/** The SVG rendered to a PNG at 2×. */
export async function svgToPng({ svg, width, height }: DiagramSvg, scale = PNG_SCALE): Promise<Blob> {
  const s = Math.min(scale, 8192 / width, 8192 / height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * s);
    canvas.height = Math.round(height * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
