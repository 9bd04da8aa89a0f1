/**
 * An import in a Web Worker running core (`workers/importWorker.ts`): the text goes in, progress
 * comes back, then core's outcome. `cancel()` terminates the worker at once (whatever stage it is
 * in) and the outcome is `'cancelled'`; null when the worker could not run the importer (the caller
 * then imports in process, which gives the same outcome or the same message).
 */
import type { ImportOutcome, ImportProgress } from '@stackcanvas/core/import';
import type { ImportRequest, ImportWorkerMessage } from '../workers/importWorker';

export interface WorkerImport {
  readonly outcome: Promise<ImportOutcome | 'cancelled' | null>;
  readonly cancel: () => void;
}

export function importInWorker(text: string, name: string, onProgress: (p: ImportProgress) => void): WorkerImport {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { outcome: Promise.resolve(null), cancel: () => undefined };
  }
  let settle: (r: ImportOutcome | 'cancelled' | null) => void = () => undefined;
  const outcome = new Promise<ImportOutcome | 'cancelled' | null>((resolve) => {
    settle = (r) => {
      worker.terminate();
      settle = () => undefined;
      resolve(r);
    };
  });
  worker.onmessage = (e: MessageEvent<ImportWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.progress);
    else settle(m.type === 'done' ? m.outcome : null);
  };
  worker.onmessageerror = () => settle(null);
  worker.onerror = (e) => {
    e.preventDefault();
    settle(null);
  };
  const request: ImportRequest = { text, name };
  worker.postMessage(request);
  return { outcome, cancel: () => settle('cancelled') };
}
