/** Small statistics and formatting helpers for the benchmark report. */

/** The median and the spread of N samples (milliseconds unless said otherwise). */
export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p95: number;
  readonly n: number;
  readonly all: readonly number[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The median of an even count is the mean of the two middle samples. */
export function sample(values: readonly number[]): Sample {
  const all = [...values].sort((a, b) => a - b);
  const mid = all.length >> 1;
  const median = all.length % 2 ? all[mid]! : (all[mid - 1]! + all[mid]!) / 2;
  return { median, min: all[0]!, max: all[all.length - 1]!, p95: percentile(all, 0.95), n: all.length, all };
}

/** Times `fn` `runs` times after `warmup` untimed runs. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): Sample {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return sample(times);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
}

/** `median ms (min–max, N runs)` */
export function spread(s: Sample, unit: (v: number) => string = ms): string {
  return `${unit(s.median)} (${unit(s.min)}–${unit(s.max)}, n=${s.n})`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
