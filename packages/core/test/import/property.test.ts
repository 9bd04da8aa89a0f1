/**
 * Property-based tests: random and mutated templates and design files never make the importer
 * throw, every refusal is a typed one-line error, every success is a valid design, and no
 * prototype is ever changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dumpCfnYaml } from '../../src/cfn/yaml';
import { EXAMPLES } from '../../src/examples';
import { importTemplate, importText, type ImportErrorCode } from '../../src/import/index';
import { parseDesign } from '../../src/model/parse';

const CODES: readonly ImportErrorCode[] = ['too-large', 'malformed', 'alias-bomb', 'unsafe', 'not-a-template', 'invalid-template', 'invalid-design'];
const SAMPLES_DIR = join(__dirname, '../../../../../shared/fixtures/aws-samples');
const seeds = [
  ...readdirSync(SAMPLES_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => readFileSync(join(SAMPLES_DIR, f), 'utf8')),
  readFileSync(join(__dirname, 'fixtures/hand-written-web-caching.yaml'), 'utf8'),
  ...EXAMPLES.map((e) => JSON.stringify(e.design)),
];

let successes = 0;
function checkOutcome(r: ReturnType<typeof importText> | ReturnType<typeof importTemplate>) {
  if (r.ok) {
    successes++;
    // A success is a design the document parser accepts as it is.
    const again = parseDesign(JSON.parse(JSON.stringify(r.design)));
    expect(again.ok).toBe(true);
  } else {
    expect(CODES).toContain(r.error.code);
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.message).not.toMatch(/\n\s+at /);
    // The catch-all for unexpected exceptions must never be reached: that would be a bug.
    expect(r.error.message).not.toMatch(/could not be imported/);
  }
}

function prototypesIntact() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
}
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

const resourceTypes = fc.constantFrom(
  'AWS::S3::Bucket',
  'AWS::CloudFront::Distribution',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::ElastiCache::CacheCluster',
  'AWS::DAX::Cluster',
  'AWS::DynamoDB::Table',
  'AWS::RDS::DBInstance',
  'AWS::WAFv2::WebACL',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::SNS::Topic',
  'Custom::Thing',
  'AWS::S3::BucketPolicy',
  'AWS::WAFv2::WebACLAssociation',
  'AWS::EC2::LaunchTemplate',
);
const logicalId = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,8}$/);
const nastyKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::FindInMap', 'DependsOn', 'Type', 'Properties');

/** Values that look like template values: scalars, intrinsics pointing at other ids, nested objects. */
function templateValue(ids: string[]) {
  const ref = fc.constantFrom(...ids, 'AWS::Region', 'Missing');
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double()),
      ref.map((r) => ({ Ref: r })),
      ref.map((r) => ({ 'Fn::GetAtt': [r, 'Arn'] })),
      ref.map((r) => ({ 'Fn::Sub': `\${${r}}-\${${r}.Arn}` })),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), nastyKey), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
}

const randomTemplate = fc.uniqueArray(logicalId, { minLength: 1, maxLength: 8 }).chain((ids) =>
  fc.record({
    AWSTemplateFormatVersion: fc.constant('2010-09-09'),
    Parameters: fc.dictionary(logicalId, fc.record({ Type: fc.constant('String'), Default: fc.oneof(fc.string(), fc.integer()) }), { maxKeys: 3 }),
    Resources: fc
      .tuple(
        ...ids.map((id) =>
          fc.tuple(
            fc.constant(id),
            fc.record(
              { Type: resourceTypes, Properties: templateValue(ids), DependsOn: fc.option(fc.constantFrom(...ids), { nil: undefined }) },
              { requiredKeys: ['Type'] },
            ),
          ),
        ),
      )
      .map((entries) => Object.fromEntries(entries)),
    Outputs: fc.dictionary(logicalId, fc.record({ Value: templateValue(ids) }), { maxKeys: 2 }),
  }),
);

describe('importer properties', () => {
  it('random templates (objects, YAML and JSON text) give a valid design or a typed error', () => {
    successes = 0;
    fc.assert(
      fc.property(randomTemplate, (t) => {
        checkOutcome(importTemplate(t));
        checkOutcome(importText(JSON.stringify(t)));
        let yaml: string | undefined;
        try {
          yaml = dumpCfnYaml(t);
        } catch {
          yaml = undefined; // values js-yaml cannot write are not a YAML input
        }
        if (yaml !== undefined) checkOutcome(importText(yaml));
        prototypesIntact();
      }),
      { numRuns: 300 },
    );
    expect(successes).toBeGreaterThan(100); // most random templates import
  });

  it('mutated sample templates and designs (text edits) give a valid design or a typed error', () => {
    const edit = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(
          '__proto__: {a: 1}\n',
          '&a [*a]',
          '*x',
          '!Ref',
          '!!js/function f',
          '{{{',
          ']]',
          '"',
          '\n  - ',
          '!GetAtt',
          '${',
          ': :',
          '\t',
          '\u0000',
          '<<: *a',
        ),
      ),
    });
    fc.assert(
      fc.property(edit, ({ seed, at, cut, insert }) => {
        const text = seeds[seed]!;
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(i + cut);
        checkOutcome(importText(mutated));
        checkOutcome(importTemplate(mutated));
        prototypesIntact();
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary JSON values and strings never make it throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (v) => {
        checkOutcome(typeof v === 'string' ? importText(v) : importTemplate(v as object));
        checkOutcome(importText(JSON.stringify(v) ?? 'null'));
        prototypesIntact();
      }),
      { numRuns: 300 },
    );
  });
});
