/**
 * Traffic mode (the what-if of docs/traffic-model.md on the canvas): whether it is on, the entry
 * rate, and the edits of the traffic assumptions. The assumptions are design props (core
 * `updateNodeProps` / `updateEdgeProps`), so a slider is a design edit: one undo step per drag
 * (`gesture`), arrow keys on a slider merge like typing in a field. The entry rate is not part of
 * the design (the CLI's `--rps`): it is UI state here.
 */
import { DEFAULT_ENTRY_RPS, updateEdgeProps, updateNodeProps, type Design, type TrafficResult } from '@stackcanvas/core';
import { msg } from '../../i18n/index';
import { loadTrafficModel, trafficModel } from '../trafficModel';
import type { Slice } from '../types';

/** The element a traffic assumption is on. */
export type TrafficTarget = { readonly node: string } | { readonly edge: string };

/** Largest entry rate the input takes (the CLI's `--rps` limit). */
export const MAX_ENTRY_RPS = 1_000_000_000;

export interface TrafficMemo {
  /** The model's result for (design, rate); the same object while neither changes. */
  (design: Design, entryRps: number): TrafficResult;
  readonly runs: () => number;
}

export function createTrafficMemo(): TrafficMemo {
  let last: { design: Design; rps: number; result: TrafficResult } | null = null;
  let runs = 0;
  const memo = (design: Design, rps: number) => {
    if (last && last.design === design && last.rps === rps) return last.result;
    const model = trafficModel();
    if (!model) throw new Error('the traffic model is asked before it is loaded (loadTrafficModel)');
    runs++;
    last = { design, rps, result: model.computeTraffic(design, { entryRps: rps }) };
    return last.result;
  };
  return Object.assign(memo, { runs: () => runs });
}

export interface TrafficSlice {
  readonly trafficMode: boolean;
  /** Requests per second entering the design. @default 50000 */
  readonly entryRps: number;
  readonly trafficFor: TrafficMemo;

  setTrafficMode(on: boolean): void;
  /** Sets the entry rate; anything that is not a number from 0 to 1,000,000,000 is ignored. */
  setEntryRps(rps: number): void;
  /**
   * Sets one traffic assumption. Calls with the same `gesture` (a slider drag) after the first
   * are merged into its undo step; without one, repeated edits of the same prop merge like typing.
   */
  setTrafficProp(target: TrafficTarget, name: string, value: number, gesture?: number): void;
  /** A new gesture id for `setTrafficProp` (a slider drag starts). */
  beginTrafficGesture(): number;
}

export const createTrafficSlice: Slice<TrafficSlice> = (deps) => (set, get) => {
  let lastGesture: number | undefined;
  let gestures = 0;
  let wantedMode = false;
  return {
    trafficMode: false,
    entryRps: DEFAULT_ENTRY_RPS,
    trafficFor: createTrafficMemo(),

    setTrafficMode: (trafficMode) => {
      wantedMode = trafficMode;
      // Turned on: the canvas shows the model's figures, so the mode waits for the model (fetched once).
      if (!trafficMode || trafficModel()) set({ trafficMode });
      else
        loadTrafficModel().then(
          () => void (wantedMode && set({ trafficMode: true })),
          // Not fetched (the connection, or a newer version of the site): the mode stays off, and says why.
          () => {
            if (!wantedMode) return;
            wantedMode = false;
            get().notify(msg('trafficLoadFailed'), 'error');
          },
        );
    },
    setEntryRps: (rps) => {
      if (Number.isFinite(rps) && rps >= 0 && rps <= MAX_ENTRY_RPS) set({ entryRps: rps });
    },
    setTrafficProp: (target, name, value, gesture) => {
      const s = get();
      const patch = { [name]: value };
      const next = 'node' in target ? updateNodeProps(s.design, target.node, patch) : updateEdgeProps(s.design, target.edge, patch);
      const id = 'node' in target ? `node:${target.node}` : `edge:${target.edge}`;
      if (gesture !== undefined && gesture === lastGesture) {
        // The rest of one drag: no new undo step.
        deps.history().pause();
        s.commit(next);
        deps.history().resume();
        return;
      }
      lastGesture = gesture;
      s.commit(next, gesture === undefined ? `traffic:${id}:${name}` : undefined);
    },
    beginTrafficGesture: () => ++gestures,
  };
};
