/**
 * Core's traffic model (`@stackcanvas/core/traffic`), fetched when traffic mode is first turned on
 * or the Traffic tab first opens: it is not part of the first load. Both wait for it before they
 * show, so `trafficModel()` always answers where a traffic result is drawn.
 */
export type TrafficModule = typeof import('@stackcanvas/core/traffic');

let model: TrafficModule | undefined;
let loading: Promise<TrafficModule> | undefined;

/** The loaded model, or undefined before `loadTrafficModel()` has resolved. */
export function trafficModel(): TrafficModule | undefined {
  return model;
}

export function loadTrafficModel(): Promise<TrafficModule> {
  return (loading ??= import('@stackcanvas/core/traffic').then(
    (m) => (model = m),
    (e: unknown) => {
      loading = undefined; // a later attempt may work
      throw e;
    },
  ));
}
