/**
 * In-process figures: validation of 2,000 components and the CloudFormation YAML of 1,000 (issue
 * 16's targets), their parts, and how both grow with the design's size.
 *
 * Every run gets a new design object (as after an edit in the app), so the per-design indexes are
 * rebuilt; "new node objects" copies the nodes too (as after opening a file). The cases run in
 * interleaved rounds after warm-up rounds (the JIT compiles the hot paths first, as in the app), so
 * a burst of load from another process falls on all of them alike. Each run is timed twice: wall
 * time, and the CPU time of this process (user + system), which a shared machine inflates far
 * less: the targets are judged on CPU time, with wall time beside it. The functions timed are the
 * core bundled and minified as the CLI ships it (shipped-core.ts).
 */
import type { CfnTemplate, Design } from '@stackcanvas/core';
import { generateDesign } from './designs';
import { loadShippedCore } from './shipped-core';
import { sample, type Sample } from './stats';

export interface Timing {
  readonly wall: Sample;
  readonly cpu: Sample;
}

export interface ScalePoint {
  readonly components: number;
  readonly time: Timing;
  /** CPU microseconds per component. */
  readonly perComponentUs: number;
}

export interface InProcessResults {
  readonly rounds: number;
  readonly validate2000: Timing;
  readonly validate2000Cold: Timing;
  readonly yaml1000: Timing;
  readonly template1000: Timing;
  readonly text1000: Timing;
  readonly json1000: Timing;
  readonly yamlBytes1000: number;
  readonly validateScale: readonly ScalePoint[];
  readonly yamlScale: readonly ScalePoint[];
}

interface Case {
  readonly key: string;
  readonly run: () => unknown;
}

const WARMUP_ROUNDS = 8;

const fresh = (d: Design): Design => ({ ...d });
const freshNodes = (d: Design): Design => ({ ...d, nodes: d.nodes.map((n) => ({ ...n })), edges: d.edges.map((e) => ({ ...e })) });

export async function measureInProcess(rounds: number, log: (s: string) => void): Promise<InProcessResults> {
  const { validate, cfnTemplateText, toCfnYaml, toCloudFormation } = await loadShippedCore();
  const designs = new Map<number, Design>();
  const design = (n: number) => designs.get(n) ?? designs.set(n, generateDesign(n)).get(n)!;
  const template: CfnTemplate = toCloudFormation(design(1000));
  const validateSizes = [500, 1000, 2000, 4000];
  const yamlSizes = [250, 500, 1000, 2000];
  const cases: Case[] = [
    { key: 'validate2000', run: () => validate(fresh(design(2000))) },
    { key: 'validate2000Cold', run: () => validate(freshNodes(design(2000))) },
    { key: 'yaml1000', run: () => toCfnYaml(fresh(design(1000))) },
    { key: 'template1000', run: () => toCloudFormation(fresh(design(1000))) },
    { key: 'text1000', run: () => cfnTemplateText(template, 'yaml') },
    { key: 'json1000', run: () => cfnTemplateText(template, 'json') },
    ...validateSizes.filter((n) => n !== 2000).map((n) => ({ key: `validate${n}`, run: () => validate(fresh(design(n))) })),
    ...yamlSizes.filter((n) => n !== 1000).map((n) => ({ key: `yaml${n}`, run: () => toCfnYaml(fresh(design(n))) })),
  ];
  const wall = new Map<string, number[]>(cases.map((c) => [c.key, []]));
  const cpu = new Map<string, number[]>(cases.map((c) => [c.key, []]));
  for (let r = 0; r < WARMUP_ROUNDS + rounds; r++) {
    for (const c of cases) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      c.run();
      const t = performance.now() - t0;
      const used = process.cpuUsage(c0);
      if (r < WARMUP_ROUNDS) continue;
      wall.get(c.key)!.push(t);
      cpu.get(c.key)!.push((used.user + used.system) / 1000);
    }
  }
  const timing = (key: string): Timing => ({ wall: sample(wall.get(key)!), cpu: sample(cpu.get(key)!) });
  const point = (n: number, key: string): ScalePoint => {
    const time = timing(key);
    return { components: n, time, perComponentUs: (time.cpu.median * 1000) / n };
  };
  const results: InProcessResults = {
    rounds,
    validate2000: timing('validate2000'),
    validate2000Cold: timing('validate2000Cold'),
    yaml1000: timing('yaml1000'),
    template1000: timing('template1000'),
    text1000: timing('text1000'),
    json1000: timing('json1000'),
    yamlBytes1000: Buffer.byteLength(cfnTemplateText(template, 'yaml')),
    validateScale: validateSizes.map((n) => point(n, `validate${n}`)),
    yamlScale: yamlSizes.map((n) => point(n, `yaml${n}`)),
  };
  const f = (t: Timing) => `${t.cpu.median.toFixed(1)} ms CPU (wall ${t.wall.median.toFixed(1)} ms)`;
  log(`  validate 2,000: ${f(results.validate2000)}; with new node objects ${f(results.validate2000Cold)}`);
  log(`  YAML of 1,000: ${f(results.yaml1000)} = template object ${f(results.template1000)} + text ${f(results.text1000)}; JSON text ${f(results.json1000)}`);
  for (const [name, points] of [
    ['validate', results.validateScale],
    ['YAML', results.yamlScale],
  ] as const) {
    log(`  ${name} scaling: ${points.map((p) => `${p.components}: ${f(p.time)}, ${p.perComponentUs.toFixed(1)} µs/component`).join('; ')}`);
  }
  return results;
}
