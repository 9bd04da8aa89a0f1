/**
 * Round trips through the real exporter and importer:
 * - a template imported then exported with no edit comes back the same, compared as parsed
 *   documents: the same logical ids, types, attributes and properties, and the same Parameters,
 *   Conditions, Mappings, Rules, Outputs, Metadata, Transform and description (the AWS samples,
 *   a hand-written template, a template of odd features, and the export of every design of the
 *   CloudFormation matrix, in YAML and JSON);
 * - cfn-lint finds no error in a re-export that the original did not have;
 * - a design exported, imported and exported again gives the same text (a fixed point), and the
 *   import gives back its components, props and connections.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStacks, toCfnJson, toCfnYaml, toCloudFormation } from '../../src/cfn/index';
import { EXAMPLES } from '../../src/examples';
import { importTemplate, loadUntrusted } from '../../src/import/index';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/types';
import { validate } from '../../src/rules/index';
import { matrix } from '../cfn/fixtures';
import { cfnLint } from '../cfn/oracles';

const SAMPLES_DIR = join(__dirname, '../../../../../shared/fixtures/aws-samples');
const FIXTURES = join(__dirname, 'fixtures');
const samples = readdirSync(SAMPLES_DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => ({ name: f, text: readFileSync(join(SAMPLES_DIR, f), 'utf8') }));
const handWritten = ['hand-written-web-caching.yaml', 'odd-features.yaml'].map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') }));

function imported(text: string): Design {
  const r = importTemplate(text);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.design;
}

/** The template as the importer parses it (long-form intrinsics), without running the import. */
function parsedTemplate(text: string): Record<string, unknown> {
  const r = loadUntrusted(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Record<string, unknown>;
}

/** Our own exports of every design of the CloudFormation matrix (every kind, every pair, every option), in YAML and JSON. */
const generated = matrix().flatMap(({ name, design }) => [
  { name: `${name}.yaml`, text: toCfnYaml(design) },
  { name: `${name}.json`, text: toCfnJson(design) },
]);

describe.each([...samples, ...handWritten, ...generated].map((t) => [t.name, t.text] as const))('template %s', (_name, text) => {
  it('import then export with no edit gives the same template (as parsed documents)', () => {
    const original = parsedTemplate(text);
    const back = toCloudFormation(imported(text)) as unknown as Record<string, unknown>;
    expect(Object.keys(back.Resources as object).sort()).toEqual(Object.keys(original['Resources'] as object).sort());
    expect(back).toEqual(original);
  });
});

describe.each([...samples, ...handWritten].map((t) => [t.name, t.text] as const))('template %s', (_name, text) => {
  it('imports as a design without validation errors (the rules do not misread it, so it can be exported)', () => {
    expect(
      validate(imported(text))
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.rule}: ${d.message.en}`),
    ).toEqual([]);
  });
});

describe('cfn-lint on export(import(t))', () => {
  it('reports no error a re-exported sample or hand-written template did not have before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackcanvas-import-'));
    const pairs = [...samples, ...handWritten].map(({ name, text }, i) => {
      const before = join(dir, `before-${i}.yaml`);
      const after = join(dir, `after-${i}.yaml`);
      writeFileSync(before, text);
      writeFileSync(after, toCfnYaml(imported(text)));
      return { name, before, after };
    });
    const findings = cfnLint(pairs.flatMap((p) => [p.before, p.after])).filter((f) => f.level === 'E');
    const key = (f: { rule: string; message: string }) => `${f.rule} ${f.message}`;
    // The ElastiCache sample is a Rain template: `!Rain::Embed` is a tag of the Rain tool, not
    // CloudFormation; the import keeps it as data ({ "Rain::Embed": file }) and the export writes
    // that data back as a plain key (docs/import.md), which cfn-lint reads as the wrong type.
    const rain = (f: { rule: string; message: string }) => f.rule === 'E3012' && f.message.includes('Rain::Embed');
    const problems: string[] = [];
    for (const p of pairs) {
      const had = new Set(findings.filter((f) => f.file === p.before).map(key));
      for (const f of findings.filter((x) => x.file === p.after)) if (!had.has(key(f)) && !rain(f)) problems.push(`${p.name}: ${key(f)}`);
    }
    expect(problems).toEqual([]);
  }, 180_000);
});

const shape = (d: Design) => ({
  // Labels come back as drawn (stamped on the primary resource), or as the logical id when a node had none.
  nodes: d.nodes.map((n) => ({ id: n.id, kind: n.kind, props: n.props, label: n.label ?? expect.any(String) })).sort((a, b) => a.id.localeCompare(b.id)),
  edges: d.edges
    .map((e) => ({ source: e.source, target: e.target, props: e.props }))
    .sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`)),
});

/** Every prop of every kind away from its default, both WAF scopes, memcached, SSE-KMS, a generic resource. */
const everyProp = (() => {
  const r = parseDesign(readFileSync(join(FIXTURES, 'every-prop.stackcanvas.json'), 'utf8'));
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.design;
})();

describe.each([...EXAMPLES.map((e) => [e.id, e.design] as const), ['every-prop', everyProp] as const])('design %s', (_id, design) => {
  it.each([
    ['YAML', toCfnYaml],
    ['JSON', toCfnJson],
  ])('import(export(d)) in %s gives back its components, props and connections, each node holding its resources', (_f, exporter) => {
    const text = exporter(design);
    const back = imported(text);
    expect(shape(back)).toEqual(shape(design));
    expect(back.name).toBe(design.name);
    // Edge ids the exporter stamped (on resources an edge derives) come back with their edge.
    const stamped = new Set([...text.matchAll(/"?Stackcanvas::Edge"?: "?([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1]!));
    for (const e of design.edges.filter((x) => stamped.has(x.id))) {
      expect(
        back.edges.find((b) => b.id === e.id),
        e.id,
      ).toMatchObject({ source: e.source, target: e.target });
    }
    // Every resource the export wrote for a node is held by that node after the import (the main
    // stack keeps a copy of its us-east-1 companion's resources, so the import has them all).
    const stacks = exportStacks(design);
    const every = { ...stacks.main.template.Resources, ...(stacks.usEast1?.template.Resources ?? {}) };
    for (const n of back.nodes.filter((x) => x.kind !== 'cfn-resource')) {
      const mine = Object.entries(every)
        .filter(([, r]) => (r as { Metadata?: Record<string, unknown> }).Metadata?.['Stackcanvas::Node'] === n.id)
        .map(([id]) => id)
        .sort();
      expect([...(n.imported?.resources ?? [])].sort(), n.id).toEqual(mine);
    }
  });

  it('export(import(export(d))) is byte-identical to export(d)', () => {
    const yaml = toCfnYaml(design);
    expect(toCfnYaml(imported(yaml))).toBe(yaml);
  });
});
