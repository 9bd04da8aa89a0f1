/**
 * The import under way, if any: which file, how far it has come (core's `ImportProgress`, from
 * the import worker) and how to cancel it. One at a time; the toolbar's import button shows it
 * (`data-testid="import-progress"`, `import-cancel`), whichever way the file came (picked or dropped).
 */
import type { ImportProgress } from '@stackcanvas/core/import';
import { useSyncExternalStore } from 'react';

export interface ImportActivity {
  readonly file: string;
  /** null until the worker reports its first stage (the file is being read, the worker starting). */
  readonly progress: ImportProgress | null;
  readonly cancel: () => void;
}

let current: ImportActivity | null = null;
const listeners = new Set<() => void>();

export function importActivity(): ImportActivity | null {
  return current;
}

export function setImportActivity(activity: ImportActivity | null): void {
  current = activity;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportActivity(): ImportActivity | null {
  return useSyncExternalStore(subscribe, importActivity, importActivity);
}
