/**
 * Importing: a CloudFormation template (YAML with short-form tags, or JSON) or a Stackcanvas
 * design file, from untrusted text. Nothing here throws: results are `{ ok: true, design,
 * warnings }` or `{ ok: false, error: ImportError }`.
 */
import { loadFacets } from '../catalog/index';
import { autoLayout } from '../layout/index';
import { DESIGN_FORMAT, type Design, type DesignError } from '../model/types';
import { parseDesign, summarizeErrors } from '../model/parse';
import { importError, type ImportError } from './errors';
import { expandedSize, loadUntrusted } from './load';
import { isRecord } from './props';
import { templateToDesign, type TemplateImportOptions, type TemplateImportResult } from './template';
import { findUnsafeKeys } from '../model/parse';

export * from './errors';
export { MAX_IMPORT_BYTES, MAX_EXPANDED_NODES, expandedSize, loadUntrusted } from './load';
export { MAX_RESOURCES, MAX_IMPORTED_EDGES, nodeIdFor, type TemplateImportOptions, type TemplateImportResult } from './template';
export { ownerProps } from './owners';
export { collectRefs, renameRefs } from './refs';

export type InputKind = 'design' | 'template' | 'unknown';

/** A design file that `parseDesign` refuses: its first error (with its catalogue entry) and how many more. */
function designRefusal(errors: readonly DesignError[]): { ok: false; error: ImportError } {
  const first = errors[0]!;
  const more = errors.length - 1;
  const detail = more
    ? { ...first.detail, en: `${first.path}: ${first.detail.en} (and ${more} more)`, ko: `${first.path}: ${first.detail.ko} (그 밖에 ${more}개)` }
    : { ...first.detail, en: `${first.path}: ${first.detail.en}`, ko: `${first.path}: ${first.detail.ko}` };
  return { ok: false, error: { code: 'invalid-design', message: summarizeErrors(errors), detail, path: first.path } };
}

/** Tells a design document from a CloudFormation template (after parsing). */
export function detect(value: unknown): InputKind {
  if (!isRecord(value)) return 'unknown';
  if (value['format'] === DESIGN_FORMAT) return 'design';
  if ('Resources' in value || 'AWSTemplateFormatVersion' in value) return 'template';
  return 'unknown';
}

export type ImportOutcome =
  | { readonly ok: true; readonly kind: 'design' | 'template'; readonly design: Design; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: ImportError };

function safeCopy(value: unknown): { ok: true; value: unknown; warnings: string[] } | { ok: false; error: ImportError } {
  if (expandedSize(value) === Infinity) return importError('alias-bomb', 'SC-I008');
  const unsafe = findUnsafeKeys(value);
  if (unsafe.length) return importError('unsafe', 'SC-I007', { path: unsafe[0]!.path, detail: unsafe[0]!.message }, unsafe[0]!.path);
  return { ok: true, value: JSON.parse(JSON.stringify(value)) as unknown, warnings: [] as string[] };
}

/** Text or an already-parsed object of a CloudFormation template → design. Never throws. */
export function importTemplate(input: string | object, options: TemplateImportOptions = {}): TemplateImportResult {
  try {
    const loaded = typeof input === 'string' ? loadUntrusted(input, 'template') : safeCopy(input);
    if (!loaded.ok) return loaded;
    const kind = detect(loaded.value);
    if (kind === 'design') return importError('not-a-template', 'SC-I009');
    if (!isRecord(loaded.value)) return importError('not-a-template', 'SC-I010');
    if (kind === 'unknown') return importError('not-a-template', 'SC-I011');
    const r = templateToDesign(loaded.value, options);
    return r.ok ? { ...r, warnings: [...loaded.warnings, ...r.warnings] } : r;
  } catch (e) {
    // A bug or an exhausted stack must still reach the user as one typed line.
    return importError('malformed', 'SC-I012', { what: 'template', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** A `*.stackcanvas.json` design file; the checks are `parseDesign`'s. Never throws. */
export function importDesignFile(text: string): TemplateImportResult {
  const result = parseDesign(text);
  if (!result.ok) return designRefusal(result.errors);
  return { ok: true, design: result.design, warnings: [] };
}

/**
 * How far an import has come, for a progress indicator: `parse` (reading `bytes` of text), `map`
 * (the template's `resources` → components), `layout` (elkjs on `nodes` and `edges`).
 */
export type ImportProgress =
  | { readonly stage: 'parse'; readonly bytes: number }
  | { readonly stage: 'map'; readonly resources: number }
  | { readonly stage: 'layout'; readonly nodes: number; readonly edges: number };

export type ProgressListener = (progress: ImportProgress) => void;

/** Any file a user may hand us: a design or a template, told apart by content. Never throws. */
export function importText(text: string, options: TemplateImportOptions = {}, onProgress?: ProgressListener): ImportOutcome {
  try {
    onProgress?.({ stage: 'parse', bytes: text.length });
    const loaded = loadUntrusted(text, 'file');
    if (!loaded.ok) return loaded;
    const kind = detect(loaded.value);
    if (kind === 'template' && isRecord(loaded.value)) {
      const resources = loaded.value['Resources'];
      onProgress?.({ stage: 'map', resources: isRecord(resources) ? Object.keys(resources).length : 0 });
    }
    if (kind === 'design') {
      const r = parseDesign(loaded.value);
      if (!r.ok) return designRefusal(r.errors);
      return { ok: true, kind, design: r.design, warnings: [] };
    }
    if (kind === 'unknown' || !isRecord(loaded.value)) {
      return importError('not-a-template', 'SC-I014');
    }
    const r = templateToDesign(loaded.value, options);
    return r.ok ? { ok: true, kind: 'template', design: r.design, warnings: [...loaded.warnings, ...r.warnings] } : r;
  } catch (e) {
    return importError('malformed', 'SC-I012', { what: 'file', detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Largest import laid out by elkjs; bigger ones keep the quick layered layout. */
export const MAX_ELK_NODES = 300;

/** `importText`, then the elkjs auto-layout for imported templates (designs keep their positions). */
export async function importAndLayout(text: string, options: TemplateImportOptions = {}, onProgress?: ProgressListener): Promise<ImportOutcome> {
  const result = importText(text, options, onProgress);
  if (!result.ok || result.kind === 'design') return result;
  // elkjs on a very large graph takes long; the layered grid is enough there.
  if (result.design.nodes.length > MAX_ELK_NODES) return result;
  onProgress?.({ stage: 'layout', nodes: result.design.nodes.length, edges: result.design.edges.length });
  try {
    const positions = await autoLayout(result.design);
    const design: Design = { ...result.design, nodes: result.design.nodes.map((n) => ({ ...n, position: positions[n.id] ?? n.position })) };
    return { ...result, design };
  } catch {
    return result; // the simple layered layout is already in place
  }
}

// The emitters and importers of every kind are loaded before anything here is called.
await loadFacets();
