/**
 * Where each resource is in a template's text, on the exporter's own layout (YAML: two-space keys
 * under `Resources:`; JSON: four-space keys under `"Resources": {`). Pure and DOM-free: the
 * template worker runs it beside the exporter, so the main thread never walks a large text.
 */

export type TemplateFormat = 'yaml' | 'json';

/** The design's main stack, or its us-east-1 companion (resources that exist only there). */
export type TemplateStack = 'main' | 'usEast1';

/** One piece of the template text: a resource (with its logical id) or the text between resources. */
export interface TemplateBlock {
  readonly text: string;
  readonly logicalId?: string;
}

/** A resource of the `Resources` section: its logical id and its text as offsets `[from, to)` (`from` starts its key line). */
export interface ResourceRange {
  readonly logicalId: string;
  readonly from: number;
  readonly to: number;
}

const patterns = (format: TemplateFormat) => ({
  start: format === 'yaml' ? /^ {2}([A-Za-z0-9]+):\s*$/ : /^ {4}"([A-Za-z0-9]+)": \{\s*$/,
  sectionStart: format === 'yaml' ? /^Resources:\s*$/ : /^ {2}"Resources": \{\s*$/,
  sectionEnd: format === 'yaml' ? /^\S/ : /^ {2}\}/,
});

/** The resources of the template text, in text order, each from its key line to the end of its last line. */
export function resourceRanges(text: string, format: TemplateFormat): ResourceRange[] {
  const { start, sectionStart, sectionEnd } = patterns(format);
  const out: ResourceRange[] = [];
  let current: { logicalId: string; from: number } | undefined;
  let inResources = false;
  let pos = 0;
  const close = (end: number) => {
    if (current) out.push({ logicalId: current.logicalId, from: current.from, to: end });
    current = undefined;
  };
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    if (!inResources) {
      if (sectionStart.test(line)) inResources = true;
    } else if (sectionEnd.test(line)) {
      close(Math.max(pos - 1, 0));
      inResources = false;
    } else {
      const m = start.exec(line);
      if (m) {
        close(Math.max(pos - 1, 0));
        current = { logicalId: m[1]!, from: pos };
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  close(text.length);
  return out;
}

/**
 * Splits a template's text into blocks, one per resource of the `Resources` section and one for
 * each stretch between them. Blocks joined with newlines give the text back.
 */
export function splitTemplate(text: string, format: TemplateFormat): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  let pos = 0;
  for (const r of resourceRanges(text, format)) {
    if (r.from > pos) blocks.push({ text: text.slice(pos, r.from - 1) });
    blocks.push({ text: text.slice(r.from, r.to), logicalId: r.logicalId });
    pos = r.to + 1;
  }
  if (pos <= text.length) blocks.push({ text: text.slice(pos) });
  return blocks;
}
