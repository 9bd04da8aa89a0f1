/** Importing: the AWS samples, the reference architecture's own export, and hostile files refused. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DESIGN } from '@stackcanvas/core';
import { importText } from '@stackcanvas/core/import';
import { toCfnYaml } from '@stackcanvas/core/cfn';
import type { Benchmark } from './micro';

const samplesDir = join(import.meta.dirname, '../../shared/fixtures/aws-samples');
const samples = readdirSync(samplesDir).filter((f) => /\.(ya?ml|json)$/.test(f));

function laughs(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\nResources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      DisplayName: *a${levels}\n`;
}

function mustImport(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

function mustRefuse(text: string) {
  const r = importText(text);
  if (r.ok) throw new Error('expected a refusal');
  return r;
}

export const benchmarks: Benchmark[] = [
  ...samples.map((f): Benchmark => ({
    name: `import: AWS sample ${f}`,
    setup: () => readFileSync(join(samplesDir, f), 'utf8'),
    run: (t) => mustImport(t as string),
  })),
  { name: 'import: reference architecture export (YAML, ~34 KB)', setup: () => toCfnYaml(REFERENCE_DESIGN), run: (t) => mustImport(t as string) },
  { name: 'import: billion laughs (10^10 values) refused', setup: () => laughs(9), run: (t) => mustRefuse(t as string), iterations: 50 },
  {
    name: 'import: 2,000 resources (181 KB JSON)',
    setup: () => {
      const res: Record<string, unknown> = {};
      for (let i = 0; i < 1900; i++) res[`Topic${i}`] = { Type: 'AWS::SNS::Topic', Properties: { DisplayName: { 'Fn::Sub': `\${Bucket${i % 100}}` } } };
      for (let i = 0; i < 100; i++) res[`Bucket${i}`] = { Type: 'AWS::S3::Bucket' };
      return JSON.stringify({ Resources: res });
    },
    run: (t) => mustImport(t as string),
    iterations: 3,
  },
];
