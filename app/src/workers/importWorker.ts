/**
 * The import worker: core's importer (parse, classify, map) and the elkjs layout off the main
 * thread, so importing a template of hundreds of resources leaves the page responsive. One worker
 * per import: it answers `ImportRequest` with `progress` messages (stage and counts), then one
 * `done` with core's outcome as it is (a design, or the importer's typed error: the main thread
 * words it exactly as for an import in process). Cancelling terminates the worker.
 *
 * The handler is installed before anything is awaited (the importer's entry awaits every kind's
 * facets at module level; a message arriving during a top-level await would find no handler).
 */
import type { ImportOutcome, ImportProgress } from '@stackcanvas/core/import';

export interface ImportRequest {
  readonly text: string;
  readonly name: string;
}

export type ImportWorkerMessage =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly outcome: ImportOutcome }
  /** The worker could not run the importer at all (the caller imports in process, which says why). */
  | { readonly type: 'failed' };

const post = (m: ImportWorkerMessage) => self.postMessage(m);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { text, name } = event.data;
  try {
    const { importAndLayout } = await import('@stackcanvas/core/import');
    const outcome = await importAndLayout(text, { name }, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', outcome });
  } catch {
    post({ type: 'failed' });
  }
};
