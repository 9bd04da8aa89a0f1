/**
 * `pnpm bench`: runs every `bench/*.bench.ts` module and prints a table of numbers. Benchmarks are
 * not tests: they report, they do not fail on time. Each module exports `benchmarks`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Benchmark {
  readonly name: string;
  /** Prepared once, outside the timing. */
  setup?(): unknown;
  run(input: unknown): unknown;
  /** Runs to time (after two warm-up runs). @default 10 */
  readonly iterations?: number;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const only = process.argv[2];
const dir = join(import.meta.dirname, '.');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
console.log(`node ${process.version}, ${files.length} benchmark file(s)\n`);
console.log(`${'benchmark'.padEnd(56)} ${'median ms'.padStart(10)} ${'p90 ms'.padStart(10)} ${'runs'.padStart(5)}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { benchmarks: Benchmark[] };
  for (const b of mod.benchmarks) {
    const input = b.setup?.();
    for (let i = 0; i < 2; i++) b.run(input);
    const times: number[] = [];
    for (let i = 0; i < (b.iterations ?? 10); i++) {
      const t0 = performance.now();
      b.run(input);
      times.push(performance.now() - t0);
    }
    times.sort((a, c) => a - c);
    console.log(
      `${b.name.padEnd(56)} ${percentile(times, 0.5).toFixed(2).padStart(10)} ${percentile(times, 0.9).toFixed(2).padStart(10)} ${String(times.length).padStart(5)}`,
    );
  }
}
