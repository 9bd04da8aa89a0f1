/** Requests per second entering the design when none is given (`traffic FILE` without `--rps`). Apart from `model.ts` so the app's first load can read it without the model. */
export const DEFAULT_ENTRY_RPS = 50_000;
