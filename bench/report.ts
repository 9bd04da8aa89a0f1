/**
 * docs/benchmarks.md: the hand-written head (everything above `MARKER` in the file, kept as it
 * is), then the figures of one run.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { BrowserResults, Failure, JsFile } from './browser';
import type { InProcessResults, ScalePoint, Timing } from './inprocess';
import type { Machine } from './machine';
import type { MicroResult } from './micro';
import type { ProcessResults } from './process';
import { kb, ms, spread, type Sample } from './stats';

export interface Results {
  readonly machine: Machine;
  readonly runs: number;
  readonly process: ProcessResults;
  readonly inProcess: InProcessResults;
  readonly browser: BrowserResults | Failure;
  readonly micro: readonly MicroResult[];
  readonly seconds: number;
}

const isFailure = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'failed' in x;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const gzipTotal = (files: readonly JsFile[]) => files.reduce((a, f) => a + f.gzip, 0);

function linearity(points: readonly ScalePoint[]): string {
  const per = points.map((p) => p.perComponentUs);
  const ratio = Math.max(...per) / Math.min(...per);
  return `${ratio.toFixed(2)}× between the smallest and largest cost per component`;
}

/** CPU time first (what the targets are judged on), wall time beside. */
function timing(t: Timing): string {
  return `${spread(t.cpu)} CPU; wall ${ms(t.wall.median)}`;
}

function scaleTable(title: string, points: readonly ScalePoint[]): string[] {
  return [
    `| ${title} | CPU time: median (min–max, n) | wall time: median | CPU per component |`,
    '|---|---|---|---|',
    ...points.map((p) => `| ${p.components.toLocaleString('en')} | ${spread(p.time.cpu)} | ${ms(p.time.wall.median)} | ${p.perComponentUs.toFixed(1)} µs |`),
  ];
}

function row(figure: string, target: string, measured: string, met: boolean | string): string {
  return `| ${figure} | ${target} | ${measured} | ${typeof met === 'string' ? met : verdict(met)} |`;
}

export const MARKER = '<!-- Everything below is written by `pnpm bench` (bench/run.ts); edit the text above by hand. -->';

/** The hand-written head of the report file, or a stub when the file or its marker is missing. */
function headOf(file: string): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = text.indexOf(MARKER);
  return at < 0 ? '# Benchmarks\n\nWritten by `pnpm bench`.' : text.slice(0, at).trimEnd();
}

export function renderReport(file: string, r: Results): string {
  const head = headOf(file);
  const m = r.machine;
  const p = r.process;
  const ip = r.inProcess;
  const b = r.browser;
  const ratio = p.synth.median / p.exportYaml.median;
  const lines: string[] = [
    head,
    '',
    MARKER,
    '',
    `## Results of ${m.date}`,
    '',
    `Commit ${m.commit}; ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}, pnpm ${m.pnpm}, ${m.chromium}.`,
    `Load average (1, 5, 15 min) ${m.loadBefore.join(', ')} before and ${(m.loadAfter ?? []).join(', ')} after the ${Math.round(r.seconds)} s run`,
    '(the machine is shared: a load above the 2 cores slows every figure).',
    '',
    '| Figure (issue 16) | Target | Measured: median (min–max, n) | |',
    '|---|---|---|---|',
    row('`pnpm --silent stackcanvas --help`, whole process', '≤ 300 ms', spread(p.help), p.help.median <= 300),
    row(
      `export of a ${p.components}-component design vs \`cdk synth\` of its CDK app, whole processes`,
      '≥ 20×',
      `**${ratio.toFixed(1)}×**: export ${spread(p.exportYaml)}, synth ${spread(p.synth)}`,
      ratio >= 20,
    ),
    row('validate 2,000 components, in process', '≤ 20 ms', timing(ip.validate2000), ip.validate2000.cpu.median <= 20),
    row('CloudFormation YAML of 1,000 components, in process', '≤ 50 ms', timing(ip.yaml1000), ip.yaml1000.cpu.median <= 50),
  ];
  if (isFailure(b)) {
    lines.push(row('Chromium figures', '', `not measured: ${b.failed}`, '–'));
  } else {
    const fl = gzipTotal(b.firstLoad.observed);
    const cell = <T>(x: T | Failure, f: (v: T) => string) => (isFailure(x) ? `failed: ${x.failed}` : f(x));
    const ok = <T>(x: T | Failure, f: (v: T) => boolean) => (isFailure(x) ? false : f(x));
    lines.push(
      row(
        'drag with 1,000 components: median frame',
        '≤ 16.7 ms',
        cell(b.drag1000, (d) => spread(d.median)),
        ok(b.drag1000, (d) => d.median.median <= 16.7),
      ),
      row(
        'drag with 1,000 components: 95th-percentile frame',
        '≤ 33 ms',
        cell(b.drag1000, (d) => spread(d.p95)),
        ok(b.drag1000, (d) => d.p95.median <= 33),
      ),
      row(
        'open a 1,000-component share link until interactive',
        '≤ 1 s',
        cell(b.link1000, (l) => spread(l.open)),
        ok(b.link1000, (l) => l.open.median <= 1000),
      ),
      row(
        'Template tab shows a 1,000-component template after the click',
        '≤ 300 ms',
        cell(b.template1000, (t) => spread(t)),
        ok(b.template1000, (t) => t.median <= 300),
      ),
      row(
        'a 5,000-component design opens and drags',
        'opens and drags',
        isFailure(b.open5000) || isFailure(b.drag5000)
          ? `failed: ${isFailure(b.open5000) ? b.open5000.failed : (b.drag5000 as Failure).failed}`
          : `interactive ${spread(b.open5000.open)} after the file pick; drag median frame ${ms(b.drag5000.median.median)}, p95 ${ms(b.drag5000.p95.median)}`,
        !isFailure(b.open5000) && !isFailure(b.drag5000) ? 'opens and drags' : false,
      ),
      row('first-load JavaScript, gzip', '≤ 180 KB', `${kb(fl)} in ${b.firstLoad.observed.length} files`, fl <= 180 * 1024),
    );
  }

  lines.push(
    '',
    '## Details',
    '',
    '### Command line',
    `- Start-up baselines in the same run: \`node -e 0\` ${spread(p.nodeBaseline)}; \`pnpm --silent exec node -e 0\` ${spread(p.pnpmBaseline)}.`,
    `- The ${p.components}-component design (seed 1) exports to ${p.exportResources} resources; its CDK app synthesizes ${p.synthResources}.`,
    `  \`stackcanvas export --to cdk\` (writing the app) took ${spread(p.exportCdk)}.`,
    '- `cdk synth` is timed as the app command of the exported cdk.json (`npx tsx bin/<name>.ts`) with its context,',
    '  which is what the aws-cdk CLI runs; the CLI itself (not installed here: no network) adds its own start-up on top.',
    '',
    '### In process',
    `- ${ip.rounds} interleaved rounds after warm-up; CPU time of the process, wall time beside.`,
    `- Validation of 2,000 components with new node objects (as after opening a file): ${timing(ip.validate2000Cold)}.`,
    `- YAML of 1,000 components = template object ${timing(ip.template1000)} + text ${timing(ip.text1000)}`,
    `  (${kb(ip.yamlBytes1000)} of YAML; the same template as JSON text: ${timing(ip.json1000)}).`,
    `- Validation scales linearly (${linearity(ip.validateScale)}); so does the YAML export (${linearity(ip.yamlScale)}):`,
    '',
    ...scaleTable('validate, components', ip.validateScale),
    '',
    ...scaleTable('CloudFormation YAML, components', ip.yamlScale),
  );

  if (!isFailure(b)) {
    lines.push(
      '',
      '### Chromium',
      `- Each figure is the median of ${b.runs} runs, each in a new browser context.`,
      isFailure(b.link1000)
        ? ''
        : `- The 1,000-component share link is ${kb(b.link1000.bytes)} long; its first node is drawn after ${spread(b.link1000.firstNode)}.`,
      isFailure(b.open5000) ? '' : `- The 5,000-component design's first node is drawn ${spread(b.open5000.firstNode)} after the file pick.`,
      isFailure(b.drag1000) ? '' : `- A drag is 60 mouse steps (${b.drag1000.frames} animation frames in the first run).`,
      '',
      '| JavaScript fetched on opening the app | bytes | gzip |',
      '|---|---|---|',
      ...b.firstLoad.observed.map((f) => `| \`${f.path}\` | ${kb(f.bytes)} | ${kb(f.gzip)} |`),
      `| **total** | ${kb(b.firstLoad.observed.reduce((a, f) => a + f.bytes, 0))} | **${kb(gzipTotal(b.firstLoad.observed))}** |`,
      '',
      `The entry and its modulepreload links in \`dist/index.html\`: ${kb(gzipTotal(b.firstLoad.entry))} gzip (${b.firstLoad.entry.map((f) => `\`${f.path}\``).join(', ')}).`,
    );
  }

  lines.push(
    '',
    '### Micro-benchmarks (`bench/*.bench.ts`)',
    '',
    '| benchmark | median | p95 | n |',
    '|---|---|---|---|',
    ...r.micro.map((x) => `| ${x.name} | ${ms(x.time.median)} | ${ms(x.time.p95)} | ${x.time.n} |`),
    '',
  );
  return `${lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n')}\n`;
}

export type { Sample };
