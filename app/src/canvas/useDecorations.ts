/**
 * The canvas' decorations (`decorations.ts`): the traffic model's numbers while traffic mode is on
 * (computed from the live design: a slider move is drawn in the same frame), and the change set
 * while it is shown on the canvas (from the deferred design, see `useChangeSet`).
 */
import type { Design, Locale } from '@stackcanvas/core';
import { useMemo } from 'react';
import { useChangeSet } from '../panels/useChangeSet';
import { useAppStore, useAppStoreApi } from '../store/provider';
import { createDecorator, type Decorations } from './decorations';

export function useCanvasDecorations(design: Design, locale: Locale): Decorations {
  const store = useAppStoreApi();
  const trafficMode = useAppStore((s) => s.trafficMode);
  const entryRps = useAppStore((s) => s.entryRps);
  const onCanvas = useAppStore((s) => s.changesOnCanvas);
  const changes = useChangeSet();
  const traffic = useMemo(() => (trafficMode ? store.getState().trafficFor(design, entryRps) : null), [store, trafficMode, design, entryRps]);
  const view = onCanvas && changes.status === 'ready' ? changes.view : null;
  const decorate = useMemo(createDecorator, []);
  return useMemo(() => decorate(design, locale, traffic, view), [decorate, design, locale, traffic, view]);
}
