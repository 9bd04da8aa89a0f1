/**
 * The micro-benchmarks: every `bench/*.bench.ts` module exports `benchmarks`, each timed after two
 * warm-up runs. They report, they do not fail on time.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sample, type Sample } from './stats';

export interface Benchmark {
  readonly name: string;
  /** Prepared once, outside the timing. */
  setup?(): unknown;
  run(input: unknown): unknown;
  /** Runs to time (after two warm-up runs). @default 10 */
  readonly iterations?: number;
}

export interface MicroResult {
  readonly file: string;
  readonly name: string;
  readonly time: Sample;
}

export async function runMicro(filter?: string, log: (line: string) => void = console.log): Promise<MicroResult[]> {
  const dir = import.meta.dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  const results: MicroResult[] = [];
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
      const time = sample(times);
      results.push({ file, name: b.name, time });
      log(`  ${b.name.padEnd(60)} ${time.median.toFixed(2).padStart(9)} ms (p95 ${time.p95.toFixed(2)}, n=${time.n})`);
    }
  }
  return results;
}
