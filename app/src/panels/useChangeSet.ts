/**
 * The change set of the current design against the active environment's baseline, for the Change
 * set tab and the canvas. It follows a deferred copy of the design (`useDeferredValue`), so an edit
 * is drawn first and the diff comes after; moving nodes never reaches the diff (the export is
 * memoized on structure) and an edit the template does not see reuses the last diff.
 */
import type { Baseline, Design, EnvironmentName } from '@stackcanvas/core';
import type { Text } from '../i18n/index';
import { useDeferredValue, useMemo } from 'react';
import type { AppStore } from '../store/createAppStore';
import type { ChangesetModule } from '../store/diffMemo';
import { useAppStore, useAppStoreApi } from '../store/provider';
import { activeEnvironment, changeView, formerNodesFrom, type ChangeView } from './changeView';

export type ChangeState =
  /** The change-set module is not loaded yet (the tab loads it). */
  | { readonly status: 'loading'; readonly env: EnvironmentName }
  | { readonly status: 'no-baseline'; readonly env: EnvironmentName }
  | { readonly status: 'export-failed'; readonly env: EnvironmentName; readonly baseline: Baseline; readonly message: Text | string }
  | { readonly status: 'ready'; readonly env: EnvironmentName; readonly baseline: Baseline; readonly view: ChangeView };

/** The change state of `design` in `store` (pure apart from the store's memos and undo history). */
export function changeStateOf(store: AppStore, design: Design, chosen: EnvironmentName | null, changeset: ChangesetModule | null): ChangeState {
  const env = activeEnvironment(design, chosen);
  if (!changeset) return { status: 'loading', env };
  const baseline = design.baselines?.[env];
  if (!baseline) return { status: 'no-baseline', env };
  const s = store.getState();
  if (!s.cfnModule) return { status: 'loading', env };
  const generated = s.cfnExport(design, s.cfnModule);
  if (!generated.ok) return { status: 'export-failed', env, baseline, message: generated.message };
  const set = s.diffFor(baseline.template, generated.template, changeset);
  const former = () => {
    const h = store.temporal.getState();
    return formerNodesFrom(design, [...h.pastStates].reverse().concat(h.futureStates));
  };
  return { status: 'ready', env, baseline, view: changeView(set, design, generated.owners, baseline.template, former) };
}

export function useChangeSet(): ChangeState {
  const store = useAppStoreApi();
  const live = useAppStore((s) => s.design);
  const design = useDeferredValue(live);
  const changeset = useAppStore((s) => s.changesetModule);
  const chosen = useAppStore((s) => s.changeEnv);
  return useMemo(() => changeStateOf(store, design, chosen, changeset), [store, design, chosen, changeset]);
}
