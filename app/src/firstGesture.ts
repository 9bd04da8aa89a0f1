/**
 * Parts of the UI that only a gesture opens (dialogs, the inspector's forms, the file importer)
 * are not part of the first load: they are fetched at the user's first gesture, the pointer moved
 * or pressed, a key, a touch or a wheel, which comes before the click or key that opens them.
 */
const GESTURES = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Runs `load` once, at the first gesture on `target`; returns the function that cancels it. */
export function atFirstGesture(load: () => Promise<unknown>, target: EventTarget = window): () => void {
  const stop = () => {
    for (const type of GESTURES) target.removeEventListener(type, run, true);
  };
  function run() {
    stop();
    load().catch(() => undefined); // fetched again when actually opened
  }
  for (const type of GESTURES) target.addEventListener(type, run, { capture: true, passive: true });
  return stop;
}
