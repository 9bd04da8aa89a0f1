import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCfnJson, toCfnYaml } from '../../src/cfn/index';
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
    for (const { name, design } of matrix()) {
      const yamlFile = join(dir, `${name}.yaml`);
      writeFileSync(yamlFile, toCfnYaml(design));
      files.push(yamlFile);
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
  }, 600_000);

  it('the oracle is live: a broken template is reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stackcanvas-cfn-lint-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'Resources:\n  Q:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      CacheNodeTypo: x\n');
    const findings = cfnLint([file]);
    expect(findings.some((f) => f.level === 'E')).toBe(true);
  }, 60_000);
});
