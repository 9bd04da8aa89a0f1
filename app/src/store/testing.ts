/**
 * A clock and timers that move only when a test says so: `createAppStore({ storage, now:
 * clock.now, timers: clock.timers })`, then `clock.advance(ms)` runs the timers that fall due, in
 * order, with `now()` at each one's time.
 */
import type { Timers } from './types';

export interface ManualClock {
  now(): number;
  readonly timers: Timers;
  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  advance(ms: number): void;
  /** Timers not run or cleared yet. */
  pending(): number;
}

export function manualClock(start = 1_000_000): ManualClock {
  let time = start;
  let seq = 0;
  const queue = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => time,
    timers: {
      setTimeout: (run, ms) => {
        const id = ++seq;
        queue.set(id, { at: time + Math.max(0, ms), run });
        return id;
      },
      clearTimeout: (handle) => void queue.delete(handle as number),
    },
    advance(ms) {
      const end = time + ms;
      for (;;) {
        let next: [number, { at: number; run: () => void }] | undefined;
        for (const entry of queue) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        queue.delete(next[0]);
        time = next[1].at;
        next[1].run();
      }
      time = end;
    },
    pending: () => queue.size,
  };
}
