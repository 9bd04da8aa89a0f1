/**
 * `pnpm bench`: every figure of issue 16 in one run, written to docs/benchmarks.md.
 *
 *   pnpm bench                       everything; writes docs/benchmarks.md
 *   pnpm bench --runs 5              N runs per figure (default 3; the quick figures take more)
 *   pnpm bench --only cli,inprocess  some sections (cli, export, inprocess, browser, micro); prints, writes nothing
 *   pnpm bench --port 4180           the port of `vite preview` (default BENCH_PORT or 4173)
 *   pnpm bench validate              the micro-benchmarks of the bench/*.bench.ts files whose name holds "validate"
 *
 * Benchmarks are not tests: they report, they do not fail on time. `pnpm bench` first rebuilds
 * the CLI if a source changed (the root script), so the figures are those of the sources.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureBrowser, type BrowserResults } from './browser';
import { chromiumPath } from '../e2e/browser';
import { measureInProcess, type InProcessResults } from './inprocess';
import { machine } from './machine';
import { runMicro, type MicroResult } from './micro';
import { measureExportVsSynth, measureHelp, type ProcessResults } from './process';
import { renderReport } from './report';

const SECTIONS = ['cli', 'export', 'inprocess', 'browser', 'micro'] as const;
type Section = (typeof SECTIONS)[number];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    port: { type: 'string', default: process.env['BENCH_PORT'] ?? '4173' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const microFilter = positionals[0];
const only = (microFilter ? ['micro'] : values.only?.split(',').map((s) => s.trim())) as Section[] | undefined;
for (const s of only ?? []) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}"; sections: ${SECTIONS.join(', ')}`);
const wanted = (s: Section) => !only || only.includes(s);

const repoRoot = join(import.meta.dirname, '..');
const started = performance.now();
const log = (line: string) => console.log(line);
const info = machine(repoRoot, chromiumPath());
log(`${info.date}: ${info.cores} × ${info.cpu}, Node ${info.node}, pnpm ${info.pnpm}, ${info.chromium}; load ${info.loadBefore.join(' ')}`);

let help: Pick<ProcessResults, 'help' | 'nodeBaseline' | 'pnpmBaseline'> | undefined;
let exportVsSynth: Omit<ProcessResults, 'help' | 'nodeBaseline' | 'pnpmBaseline'> | undefined;
let inProcess: InProcessResults | undefined;
let browser: BrowserResults | { failed: string } | undefined;
let micro: MicroResult[] = [];

if (wanted('cli')) {
  log('\nCLI start-up (whole process through pnpm)');
  help = measureHelp(repoRoot, Math.max(10, runs * 3), log);
}
if (wanted('export')) {
  log('\nExport of 100 components vs cdk synth of its CDK app (whole processes, alternating)');
  exportVsSynth = measureExportVsSynth(repoRoot, 100, runs, log);
}
if (wanted('inprocess')) {
  log('\nIn process');
  inProcess = await measureInProcess(Math.max(9, runs * 5), log);
}
if (wanted('browser')) {
  log('\nChromium (built site, vite preview)');
  try {
    browser = await measureBrowser(repoRoot, Number(values.port), runs, log);
  } catch (e) {
    browser = { failed: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
    log(`  failed: ${browser.failed}`);
  }
}
if (wanted('micro')) {
  log('\nMicro-benchmarks');
  micro = await runMicro(microFilter, log);
}

info.loadAfter = loadavg().map((l) => Math.round(l * 100) / 100);
const seconds = (performance.now() - started) / 1000;
if (!only && help && exportVsSynth && inProcess && browser) {
  const file = join(repoRoot, 'docs/benchmarks.md');
  writeFileSync(file, renderReport(file, { machine: info, runs, process: { ...help, ...exportVsSynth }, inProcess, browser, micro, seconds }));
  log(`\nwrote docs/benchmarks.md (${Math.round(seconds)} s)`);
} else {
  log(`\ndone in ${Math.round(seconds)} s (a partial run writes no report)`);
}
