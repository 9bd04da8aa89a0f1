/**
 * The change set of this store's design against a baseline, computed at most once per change of
 * either: the export is already memoized on structure (`exportMemo.ts`, so moving nodes never
 * reaches here), and an edit that leaves the template text unchanged (a traffic assumption, a
 * label-free prop the export ignores) reuses the last diff instead of running it again.
 */
import type { ChangeSet } from '@stackcanvas/core/changeset';
import type { CfnTemplate } from '@stackcanvas/core';

export type ChangesetModule = typeof import('@stackcanvas/core/changeset');

export interface DiffMemo {
  (baseline: Readonly<Record<string, unknown>>, template: CfnTemplate, changeset: ChangesetModule): ChangeSet;
  /** How many times the diff actually ran (for tests). */
  readonly runs: () => number;
}

export function createDiffMemo(): DiffMemo {
  let last: { baseline: object; template: CfnTemplate; text: string | null; set: ChangeSet } | null = null;
  let runs = 0;
  const memo = (baseline: Readonly<Record<string, unknown>>, template: CfnTemplate, changeset: ChangesetModule): ChangeSet => {
    if (last && last.baseline === baseline) {
      if (last.template === template) return last.set;
      const text = JSON.stringify(template);
      last.text ??= JSON.stringify(last.template);
      if (text === last.text) {
        last = { ...last, template, text };
        return last.set;
      }
    }
    runs++;
    const set = changeset.diffTemplates(baseline, template);
    last = { baseline, template, text: null, set };
    return set;
  };
  return Object.assign(memo, { runs: () => runs });
}
