/**
 * Importing a file the user picked or dropped: a design (`*.stackcanvas.json`) or a
 * CloudFormation template (YAML/JSON). All decoding is the core's (`importAndLayout`): size
 * limit, safe YAML with an alias budget, forbidden keys, then the template → design mapping and
 * the elkjs layout. A file of `IN_PROCESS_BYTES` or more is imported in a Web Worker
 * (`importInWorker.ts`) so the page stays responsive, with progress shown and a Cancel button
 * (`progress.ts`); a smaller one in process, where it takes less than a worker's start. Nothing
 * here throws; the caller opens the design as a new one, so nothing the user had is replaced.
 */
import { isGeneric, MAX_IMPORT_BYTES, type Design } from '@stackcanvas/core';
import type { ImportOutcome } from '@stackcanvas/core/import';
import { msg, type Message, type Text } from '../i18n/index';
import { importInWorker } from './importInWorker';
import { importActivity, setImportActivity } from './progress';
import { readFileText } from './readText';

export type ImportResult =
  | { readonly design: Design; readonly warnings: readonly string[]; readonly kind: 'design' | 'template' }
  | { readonly error: Message }
  /** The user cancelled the import: nothing changes. */
  | { readonly cancelled: true };

/**
 * Texts this long or longer are imported in the worker (a template of ~25 resources; 300 resources
 * with 1,000 references are ~180 KB of JSON and took 19.5 s of main thread before the worker).
 */
export const IN_PROCESS_BYTES = 16 * 1024;

async function importInProcess(text: string, name: string): Promise<ImportOutcome> {
  // The importer (and elkjs behind it) loads on the first import, not with the app.
  const { importAndLayout } = await import('@stackcanvas/core/import');
  return importAndLayout(text, { name });
}

/** The import of `text` in the worker, shown as the import under way; null when the worker cannot run. */
async function importShown(fileName: string, text: string, name: string): Promise<ImportOutcome | 'cancelled' | null> {
  importActivity()?.cancel(); // one import at a time: a file dropped during an import replaces it
  const run = importInWorker(text, name, (progress) => setImportActivity({ file: fileName, progress, cancel: run.cancel }));
  setImportActivity({ file: fileName, progress: null, cancel: run.cancel });
  try {
    return await run.outcome;
  } finally {
    setImportActivity(null);
  }
}

/** `shop.template.yaml` → `shop`: the design's name for an imported template. */
export function designNameFromFile(fileName: string): string {
  const stem = fileName.replace(/(\.(ya?ml|json|template|stackcanvas))+$/i, '').trim();
  return stem.slice(0, 100) || 'imported';
}

/**
 * Reads `file` as a design or a template. A refusal is a message in both languages: the Korean one
 * leads with what the refusal means (by the importer's error code), then core's detail, which is
 * English until core's error catalogue gives it in both languages.
 */
export async function importFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return { error: msg('importTooLarge', { file: file.name, size: mb(file.size), limit: mb(MAX_IMPORT_BYTES) }) };
  }
  const read = await readFileText(file);
  if ('error' in read) return { error: read.error };
  const text = read.text;
  const name = designNameFromFile(file.name);
  const inWorker = text.length >= IN_PROCESS_BYTES && typeof Worker !== 'undefined' ? await importShown(file.name, text, name) : null;
  if (inWorker === 'cancelled') return { cancelled: true };
  const result = inWorker ?? (await importInProcess(text, name));
  if (!result.ok) return { error: msg('importFailed', { file: file.name, lead: msg(`importLead.${result.error.code}`), detail: result.error.detail }) };
  return { design: result.design, warnings: result.warnings, kind: result.kind };
}

/** The confirmation shown after an import: what each component holds of the template, then the first notes. */
export function importSummary(result: Extract<ImportResult, { design: Design }>): Message {
  const { design, warnings } = result;
  if (result.kind === 'design') return msg('importedDesign', { name: design.name });
  const generic = design.nodes.filter((n) => isGeneric(n.kind)).length;
  const components = design.nodes.length - generic;
  const edges = design.edges.length;
  const counts = msg('importedTemplate', {
    name: design.name,
    components: components === 1 ? msg('importComponentsOne') : msg('importComponents', { n: components }),
    generic: generic === 1 ? msg('importGenericOne') : msg('importGeneric', { n: generic }),
    edges: edges === 1 ? msg('importEdgesOne') : msg('importEdges', { n: edges }),
  });
  // Which resources each component holds (kept as the template has them).
  const holdings = design.nodes
    .filter((n) => n.imported)
    .map((n) => `${n.label ?? n.id}: ${n.imported!.resources.join(', ')}`)
    .join('; ');
  const summary = holdings ? msg('importHoldings', { summary: counts, holdings }) : counts;
  if (!warnings.length) return summary;
  const notes = `${warnings.slice(0, 3).join('; ')}${warnings.length > 3 ? '; …' : ''}`;
  return msg('importNotes', { summary, count: warnings.length, notes });
}

/** Minimal store surface the import needs (the app's zustand store satisfies it). */
export interface ImportTarget {
  openAsNewDesign(design: Design): void;
  notify(text: Text, kind?: 'error' | 'info'): void;
}

/** Imports `file` and opens it as a new design, or says why not; the current design is untouched on failure. */
export async function openImportedFile(file: File, target: () => ImportTarget): Promise<boolean> {
  const result = await importFile(file);
  const s = target();
  if ('cancelled' in result) {
    s.notify(msg('importCancelled', { file: file.name }), 'info');
    return false;
  }
  if ('error' in result) {
    s.notify(result.error, 'error');
    return false;
  }
  // The import is done here (in the worker for a large file); what follows is the canvas drawing it.
  performance.mark('stackcanvas:import-open');
  s.openAsNewDesign(result.design);
  s.notify(importSummary(result), 'info');
  return true;
}
