import { describe, expect, it } from 'vitest';
import { isGeneric, resourceTypes } from '../../src/catalog/index';
import { NETWORK_TAGS } from '../../src/cfn/network';
import { toCloudFormation } from '../../src/cfn/index';
import { matrix } from './fixtures';
import { resourceSpec, schemaProblems } from './oracles';

/** Network resource types without tags (associations, routes, attachments). */
function isNetworkPlumbing(type: string): boolean {
  return ['AWS::EC2::SubnetRouteTableAssociation', 'AWS::EC2::Route', 'AWS::EC2::VPCGatewayAttachment'].includes(type);
}

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

  it('every resource type a kind emits declares how it takes tags exactly when its schema has Tags (none silently loses the Environment tag)', () => {
    const declared = [
      ...[...resourceTypes()].map(([type, info]) => ({ type, variant: info.tags, untagged: info.untagged })),
      ...Object.entries(NETWORK_TAGS).map(([type, variant]) => ({ type, variant, untagged: undefined })),
    ];
    expect(declared.length).toBeGreaterThan(20);
    for (const { type, variant, untagged } of declared) {
      const info = resourceSpec(type)?.tagInformation;
      // aws-service-spec calls the PropagateAtLaunch list variant `asg`.
      if (variant !== undefined) expect(info, type).toEqual({ tagPropertyName: 'Tags', variant: variant === 'propagate' ? 'asg' : variant });
      else if (untagged) expect(info, `${type} is declared untagged (${untagged}) but its schema has no Tags anyway`).toBeDefined();
      else expect(info, `${type} has Tags in its schema: declare them in its kind's cfn.resources`).toBeUndefined();
    }
  });

  it('every resource type the exports emit is declared by a kind or by the network', () => {
    const declared = new Set([...resourceTypes().keys(), ...Object.keys(NETWORK_TAGS)]);
    const undeclared = new Set<string>();
    for (const { design } of designs) {
      const verbatim = new Set(design.nodes.filter((n) => isGeneric(n.kind)).map((n) => n.props['type']));
      for (const r of Object.values(toCloudFormation(design).Resources) as { Type: string }[]) {
        if (!declared.has(r.Type) && !isNetworkPlumbing(r.Type) && !verbatim.has(r.Type)) undeclared.add(r.Type);
      }
    }
    expect([...undeclared]).toEqual([]);
  });
});
