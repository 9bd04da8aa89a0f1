/**
 * How the text of a node and of an edge label is laid out, decided once for both the canvas and
 * the image export: the same font sizes, the same line breaks. The canvas renders the lines this
 * module computes (it does not let CSS wrap), so the SVG and PNG exports show exactly what the
 * canvas shows. Sizes are chosen so the reference architecture at "Zoom to fit" on a 1440×900
 * window renders no text below 11 px (docs/ui.md, e2e/readability.spec.ts).
 */

export interface TextStyle {
  /** CSS font size in px. */
  readonly size: number;
  readonly weight: number;
  readonly lineHeight: number;
  readonly maxLines: number;
}

/** The node card: icon at the left, label (bold) over the kind's name (muted). Mirrors `.service-node` in styles.css. */
export const NODE_TEXT = {
  label: { size: 15, weight: 600, lineHeight: 18, maxLines: 2 },
  kind: { size: 13, weight: 400, lineHeight: 16, maxLines: 2 },
  /** Width of the text column: 180 px card − 10 px padding − 36 px icon − 8 px gap − 8 px padding. */
  width: 118,
  paddingX: 10,
  icon: 36,
  gap: 8,
} as const;

/** An edge label: one line on a rounded box. Mirrors `.edge-label`. */
export const EDGE_LABEL = { size: 13, weight: 400, paddingX: 6, height: 20 } as const;

/** Titles of the VPC frame, subnet rows and AZ lanes. Mirror `.vpc-frame__title`, `.subnet-row__title`, `.subnet-lane__name`. */
export const BOX_TEXT = { vpc: 14, row: 13, lane: 13 } as const;

export type Measure = (text: string, size: number, weight: number) => number;

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
/** The font last set on `context` (setting it costs a font parse even when unchanged). */
let contextFont = '';

/** The app's font stack (from the root element), for measuring and for the SVG export. */
export function fontFamily(): string {
  if (!family && typeof document !== 'undefined') family = getComputedStyle(document.documentElement).fontFamily;
  return family || 'system-ui, sans-serif';
}

/** Text width in px in the app's font, by the browser's own text measuring (an estimate without a DOM). */
export const measureText: Measure = (text, size, weight) => {
  if (context === undefined) context = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!context) return text.length * size * 0.6;
  const font = `${weight} ${size}px ${fontFamily()}`;
  if (font !== contextFont) context.font = contextFont = font;
  return context.measureText(text).width;
};

export interface Lines {
  /** The lines to draw; joined they give the text back (each but the last keeps its trailing space), unless `truncated`. */
  readonly lines: readonly string[];
  /** The text did not fit in `maxLines`: the last line ends with "…". */
  readonly truncated: boolean;
}

const cache = new Map<string, Lines>();

/** Greedy line breaking at spaces (a word longer than a line is broken between characters), at most `maxLines`. */
export function wrapText(text: string, width: number, style: TextStyle, measure: Measure = measureText): Lines {
  const key = `${style.size}/${style.weight}/${width}/${style.maxLines}/${text}`;
  const hit = measure === measureText ? cache.get(key) : undefined;
  if (hit) return hit;
  const fits = (s: string) => measure(s.trimEnd(), style.size, style.weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )/)) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line: break it between characters.
    let rest = word;
    while (rest && !fits(rest)) {
      let n = 1;
      while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line || !lines.length) lines.push(line);
  let result: Lines = { lines, truncated: false };
  if (lines.length > style.maxLines) {
    const kept = lines.slice(0, style.maxLines);
    let last = kept[kept.length - 1]!.trimEnd();
    while (last && !fits(`${last}…`)) last = last.slice(0, -1);
    kept[kept.length - 1] = `${last}…`;
    result = { lines: kept, truncated: true };
  }
  if (measure === measureText) {
    if (cache.size > 5000) cache.clear();
    cache.set(key, result);
  }
  return result;
}

const labelWidths = new Map<string, number>();

/** Width of an edge label's box (kept per text with the browser's measure: a design repeats its few meanings on many edges). */
export function edgeLabelWidth(text: string, measure: Measure = measureText): number {
  const hit = measure === measureText ? labelWidths.get(text) : undefined;
  if (hit !== undefined) return hit;
  const width = Math.ceil(measure(text, EDGE_LABEL.size, EDGE_LABEL.weight)) + 2 * EDGE_LABEL.paddingX + 2;
  if (measure === measureText) {
    if (labelWidths.size > 5000) labelWidths.clear();
    labelWidths.set(text, width);
  }
  return width;
}
