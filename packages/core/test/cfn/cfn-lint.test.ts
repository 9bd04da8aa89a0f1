import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfnTemplateText, exportStacks, toCfnJson, toCfnYaml } from '../../src/cfn/index';
import fc from 'fast-check';
import { type Design } from '../../src/index';
import { CfnExportError } from '../../src/cfn/index';
import { designArb, matrix } from './fixtures';
import { cfnLint } from './oracles';

/**
 * cfn-lint warnings we accept, each with its reason in docs/cloudformation.md ("cfn-lint").
 * Empty: every template of the matrix is clean.
 */
const ACCEPTED_WARNINGS: ReadonlySet<string> = new Set();

describe('cfn-lint on every example and a generated matrix of designs', () => {
  it('reports no error and no unlisted warning (YAML for all, JSON for the examples)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackcanvas-cfn-lint-'));
    const files: string[] = [];
    /** Main stacks of designs without DAX: also linted for Seoul (ap-northeast-2, which has no DAX). */
    const seoul: string[] = [];
    for (const { name, design } of matrix()) {
      const yamlFile = join(dir, `${name}.yaml`);
      writeFileSync(yamlFile, toCfnYaml(design));
      files.push(yamlFile);
      if (!design.nodes.some((n) => n.kind === 'dax')) seoul.push(yamlFile);
      const companion = exportStacks(design).usEast1;
      if (companion) {
        const file = join(dir, `${name}.us-east-1.yaml`);
        writeFileSync(file, cfnTemplateText(companion.template, 'yaml'));
        files.push(file);
      }
      if (name.startsWith('example-')) {
        const jsonFile = join(dir, `${name}.json`);
        writeFileSync(jsonFile, toCfnJson(design));
        files.push(jsonFile);
      }
    }
    // Plus a fixed sample of random designs (seeded, so a failure reproduces).
    fc.sample(designArb, { seed: 7, numRuns: 30 }).forEach((design: Design | null, i: number) => {
      if (!design) return;
      let text: string;
      try {
        text = toCfnYaml(design);
      } catch (e) {
        if (e instanceof CfnExportError) return;
        throw e;
      }
      const file = join(dir, `random-${i}.yaml`);
      writeFileSync(file, text);
      files.push(file);
    });
    expect(files.length).toBeGreaterThan(70);
    const findings = cfnLint(files).map((f) => ({ ...f, file: f.file.replace(`${dir}/`, '') }));
    expect(findings.filter((f) => f.level === 'E' || f.level === '?')).toEqual([]);
    expect(findings.filter((f) => f.level === 'W' && !ACCEPTED_WARNINGS.has(f.rule))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.us-east-1.yaml')).length).toBeGreaterThanOrEqual(3);
    // Deployable in any Region: the main stacks hold nothing that only exists in us-east-1.
    expect(seoul.length).toBeGreaterThan(30);
    const inSeoul = cfnLint(seoul, ['ap-northeast-2']).map((f) => ({ ...f, file: f.file.replace(`${dir}/`, '') }));
    expect(inSeoul.filter((f) => f.level !== 'I')).toEqual([]);
  }, 900_000);

  it('the oracle is live: a broken template is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackcanvas-cfn-lint-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'Resources:\n  Q:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      CacheNodeTypo: x\n');
    const findings = cfnLint([file]);
    expect(findings.some((f) => f.level === 'E')).toBe(true);
  }, 60_000);
});
