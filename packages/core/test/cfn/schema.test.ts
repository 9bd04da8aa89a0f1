import { describe, expect, it } from 'vitest';
import { TAG_VARIANTS } from '../../src/cfn/context';
import { toCloudFormation } from '../../src/index';
import { matrix } from './fixtures';
import { resourceSpec, schemaProblems } from './oracles';

describe('emitted resources against the CloudFormation resource schemas (@aws-cdk/aws-service-spec)', () => {
  const designs = matrix();

  it('every resource type exists; every property exists with the right type; every required property is present', () => {
    const problems: string[] = [];
    const types = new Set<string>();
    for (const { name, design } of designs) {
      const t = toCloudFormation(design);
      for (const r of Object.values(t.Resources) as { Type: string }[]) types.add(r.Type);
      for (const p of schemaProblems(t)) problems.push(`${name}: ${p}`);
    }
    expect(problems).toEqual([]);
    expect(types.size).toBeGreaterThan(30);
  }, 120_000);

  it('the checker itself catches a misspelt property, a wrong type and a missing required property', () => {
    const bad = {
      Resources: {
        Q: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { CacheNodeTypo: 'cache.t4g.small', NumCacheClusters: 'two' } },
        R: { Type: 'AWS::Nope::Thing' },
        S: { Type: 'AWS::S3::Bucket', Properties: { VersioningConfiguration: { Status: 'Enabled' } }, Out: { 'Fn::GetAtt': ['S', 'NoSuchAttr'] } },
      },
    };
    const problems = schemaProblems(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('CacheNodeTypo: no such property'),
        expect.stringContaining('NumCacheClusters: expected a number'),
        expect.stringContaining('ReplicationGroupDescription: required property missing'),
        expect.stringContaining('unknown resource type AWS::Nope::Thing'),
        expect.stringContaining('GetAtt S.NoSuchAttr'),
      ]),
    );
  });

  it('the Environment tag uses the tag shape each resource type declares', () => {
    for (const [type, variant] of Object.entries(TAG_VARIANTS)) {
      expect(resourceSpec(type)?.tagInformation, type).toEqual({ tagPropertyName: 'Tags', variant });
    }
  });
});
