/**
 * In-process figures, timed in this process after warm-up: validation of 2,000 components and the
 * CloudFormation YAML of 1,000 (issue 16's targets), and how both grow with the design's size.
 * Every run gets a new design object (as after an edit in the app), so the per-design indexes
 * are rebuilt; `cold` is one run with new node objects too (as after opening a file).
 */
import { cfnTemplateText, toCfnYaml, toCloudFormation, validate, type Design } from '@stackcanvas/core';
import { generateDesign } from './designs';
import { sample, timeRuns, type Sample } from './stats';

export interface ScalePoint {
  readonly components: number;
  readonly time: Sample;
  readonly perComponentUs: number;
}

export interface InProcessResults {
  readonly validate2000: Sample;
  readonly validate2000Cold: Sample;
  readonly yaml1000: Sample;
  readonly template1000: Sample;
  readonly text1000: Sample;
  readonly json1000: Sample;
  readonly yamlBytes1000: number;
  readonly validateScale: readonly ScalePoint[];
  readonly yamlScale: readonly ScalePoint[];
}

/** Untimed runs first: the JIT compiles the hot paths (the app validates and exports many times). */
const WARMUP = 10;

const fresh = (d: Design): Design => ({ ...d });
const freshNodes = (d: Design): Design => ({ ...d, nodes: d.nodes.map((n) => ({ ...n })), edges: d.edges.map((e) => ({ ...e })) });

function scale(sizes: readonly number[], runs: number, f: (d: Design) => unknown): ScalePoint[] {
  return sizes.map((n) => {
    const d = generateDesign(n);
    const time = timeRuns(() => f(fresh(d)), runs, WARMUP);
    return { components: n, time, perComponentUs: (time.median * 1000) / n };
  });
}

export function measureInProcess(runs: number, log: (s: string) => void): InProcessResults {
  const d2000 = generateDesign(2000);
  const d1000 = generateDesign(1000);
  const validate2000 = timeRuns(() => validate(fresh(d2000)), runs * 3, WARMUP);
  const cold: number[] = [];
  for (let i = 0; i < runs + WARMUP; i++) {
    const d = freshNodes(d2000);
    const t0 = performance.now();
    validate(d);
    if (i >= WARMUP) cold.push(performance.now() - t0);
  }
  log(`  validate 2,000: ${validate2000.median.toFixed(1)} ms (new node objects: ${sample(cold).median.toFixed(1)} ms)`);
  const yaml1000 = timeRuns(() => toCfnYaml(fresh(d1000)), runs * 2, WARMUP);
  const template1000 = timeRuns(() => toCloudFormation(fresh(d1000)), runs * 2, WARMUP);
  const template = toCloudFormation(d1000);
  const text1000 = timeRuns(() => cfnTemplateText(template, 'yaml'), runs * 2, WARMUP);
  const json1000 = timeRuns(() => cfnTemplateText(template, 'json'), runs * 2, WARMUP);
  log(
    `  YAML of 1,000: ${yaml1000.median.toFixed(1)} ms (template object ${template1000.median.toFixed(1)} ms + text ${text1000.median.toFixed(1)} ms; JSON text ${json1000.median.toFixed(1)} ms)`,
  );
  const validateScale = scale([500, 1000, 2000, 4000], runs * 2, (d) => validate(d));
  const yamlScale = scale([250, 500, 1000, 2000], runs, (d) => toCfnYaml(d));
  for (const [name, points] of [
    ['validate', validateScale],
    ['YAML', yamlScale],
  ] as const) {
    log(`  ${name} scaling: ${points.map((p) => `${p.components}: ${p.time.median.toFixed(1)} ms (${p.perComponentUs.toFixed(1)} µs/component)`).join(', ')}`);
  }
  return {
    validate2000,
    validate2000Cold: sample(cold),
    yaml1000,
    template1000,
    text1000,
    json1000,
    yamlBytes1000: Buffer.byteLength(cfnTemplateText(template, 'yaml')),
    validateScale,
    yamlScale,
  };
}
