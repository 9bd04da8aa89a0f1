import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCfnYaml } from '../../src/cfn/yaml';
import { importTemplate, importText, type TemplateImportResult } from '../../src/import/index';
import { validate } from '../../src/rules/index';
import type { Design } from '../../src/model/types';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function ok(r: TemplateImportResult): { design: Design; warnings: readonly string[] } {
  if (!r.ok) throw new Error(`import failed: ${r.error.code} ${r.error.message}`);
  return r;
}
const byLabel = (d: Design, label: string) => {
  const n = d.nodes.find((x) => x.label === label);
  if (!n) throw new Error(`no node labelled ${label}`);
  return n;
};
const edgePairs = (d: Design) =>
  d.edges.map((e) => `${d.nodes.find((n) => n.id === e.source)!.label}->${d.nodes.find((n) => n.id === e.target)!.label}`).sort();

describe('importTemplate: a hand-written template without Stackcanvas metadata', () => {
  const { design, warnings } = ok(importTemplate(fixture('hand-written-web-caching.yaml'), { name: 'hand' }));

  it('maps every catalog resource type to its kind', () => {
    const kinds = Object.fromEntries(design.nodes.filter((n) => n.kind !== 'cfn-resource').map((n) => [n.label, n.kind]));
    expect(kinds).toEqual({
      EdgeAcl: 'waf',
      Assets: 's3',
      Cdn: 'cloudfront',
      WebAlb: 'alb',
      WebServers: 'asg',
      SessionStore: 'elasticache',
      CatalogDax: 'dax',
      CatalogTable: 'dynamodb',
      OrdersDb: 'rds',
    });
  });

  it('holds derived resources in their node, keeps the network shared and the rest verbatim', () => {
    const generic = design.nodes.filter((n) => n.kind === 'cfn-resource');
    expect(generic.map((n) => [n.props['logicalId'], n.props['type']]).sort()).toEqual([
      ['Alerts', 'AWS::SNS::Topic'],
      ['DbAlarm', 'AWS::CloudWatch::Alarm'],
    ]);
    const alarm = generic.find((n) => n.props['logicalId'] === 'DbAlarm')!;
    expect(alarm.props['attributes']).toEqual({ Condition: 'IsProd' });
    expect(alarm.props['properties']).toMatchObject({ Threshold: 80, AlarmActions: [{ Ref: 'Alerts' }] });
    const held = (label: string) => [...byLabel(design, label).imported!.resources];
    expect(held('WebServers')[0]).toBe('WebServers');
    expect(held('WebServers').sort()).toEqual(['WebPolicy', 'WebProfile', 'WebRole', 'WebServers', 'WebSg', 'WebTemplate']);
    expect(held('WebAlb').sort()).toEqual(['AlbSg', 'WebAlb', 'WebListener', 'WebTargets']);
    expect(held('SessionStore').sort()).toEqual(['SessionIngress', 'SessionSg', 'SessionStore', 'SessionSubnets']);
    expect(held('Assets').sort()).toEqual(['Assets', 'AssetsPolicy']);
    expect(held('Cdn').sort()).toEqual(['AssetsOac', 'Cdn']);
    // Every held resource is in the design verbatim, as the template has it.
    const template = loadCfnYaml(fixture('hand-written-web-caching.yaml')) as { Resources: Record<string, unknown> };
    for (const n of design.nodes) for (const id of n.imported?.resources ?? []) expect(design.resources?.[id], id).toEqual(template.Resources[id]);
    expect(warnings.join('\n')).not.toMatch(/folded|regenerat/);
  });

  it('infers the request path from origins, target groups, security groups, IAM policies and the web ACL', () => {
    expect(edgePairs(design)).toEqual(
      [
        'EdgeAcl->Cdn', // DistributionConfig.WebACLId
        'Cdn->WebAlb', // origin
        'Cdn->Assets', // origin with a cache behavior
        'WebAlb->WebServers', // listener → target group ← TargetGroupARNs
        'WebServers->SessionStore', // SecurityGroupIngress resource from the web security group
        'WebServers->CatalogDax', // dax SG ingress and the instance role's policy
        'CatalogDax->CatalogTable', // the DAX role's policy
        'WebServers->OrdersDb', // db SG ingress
        'DbAlarm->OrdersDb', // a kept resource referring to a node
        'DbAlarm->Alerts',
      ].sort(),
    );
    const staticEdge = design.edges.find((e) => e.target === byLabel(design, 'Assets').id)!;
    expect(staticEdge.props['pathPattern']).toBe('/static/*');
    const appEdge = design.edges.find((e) => e.target === byLabel(design, 'WebAlb').id && e.source === byLabel(design, 'Cdn').id)!;
    expect(appEdge.props['pathPattern']).toBeUndefined();
  });

  it('reads props from the resource and what folded into it', () => {
    expect(byLabel(design, 'EdgeAcl').props).toMatchObject({ rateLimit: 500, commonRuleSet: true, knownBadInputs: false, ipReputation: false });
    expect(byLabel(design, 'Assets').props).toMatchObject({ versioning: true, encryption: 'SSE-KMS' });
    expect(byLabel(design, 'Cdn').props).toMatchObject({ priceClass: 'PriceClass_All', ipv6: false });
    expect(byLabel(design, 'WebAlb').props).toMatchObject({
      internetFacing: true,
      idleTimeoutSeconds: 120,
      healthCheckPath: '/health',
      stickiness: true,
      stickinessDurationSeconds: 3600,
    });
    expect(byLabel(design, 'WebServers').props).toMatchObject({ minSize: 2, maxSize: 6, desiredCapacity: 3, instanceType: 't3.medium', appPort: 8080 });
    expect(byLabel(design, 'SessionStore').props).toMatchObject({ engine: 'valkey', replicas: 2, nodeType: 'cache.t4g.micro', purpose: 'sessions' });
    expect(byLabel(design, 'CatalogDax').props).toMatchObject({ replicationFactor: 5, nodeType: 'dax.r5.large' });
    expect(byLabel(design, 'CatalogTable').props).toMatchObject({
      billingMode: 'PAY_PER_REQUEST',
      partitionKey: 'id',
      sortKey: 'ts',
      pointInTimeRecovery: false,
    });
    expect(byLabel(design, 'OrdersDb').props).toMatchObject({
      engine: 'mysql',
      instanceClass: 'db.t4g.medium',
      allocatedStorage: 100,
      multiAz: false,
      databaseName: 'orders',
      backupRetentionDays: 14,
    });
  });

  it('carries every section but Resources in extras, verbatim', () => {
    expect(Object.keys(design.extras ?? {}).sort()).toEqual(['AWSTemplateFormatVersion', 'Conditions', 'Description', 'Outputs', 'Parameters']);
    expect(design.extras?.['Conditions']).toEqual({ IsProd: { 'Fn::Equals': [{ Ref: 'AWS::StackName' }, 'prod'] } });
    expect(design.extras?.['Outputs']).toEqual({ Url: { Value: { 'Fn::Sub': 'https://${Cdn.DomainName}' } }, Table: { Value: { Ref: 'CatalogTable' } } });
  });

  it('gives a design with no validation errors, laid out without overlaps', () => {
    const errors = validate(design).filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.rule)).toEqual([]);
    const spots = new Set(design.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(design.nodes.length);
  });

  it('is deterministic', () => {
    expect(ok(importTemplate(fixture('hand-written-web-caching.yaml'), { name: 'hand' })).design).toEqual(design);
  });
});

describe('importTemplate: JSON and YAML are the same template', () => {
  it('gives the same design from the JSON form', () => {
    const yamlText = fixture('hand-written-web-caching.yaml');
    const fromYaml = ok(importTemplate(yamlText, { name: 'n' })).design;
    // The JSON form of the template: the YAML loaded with long-form intrinsics.
    const json = JSON.stringify(loadCfnYaml(yamlText), null, 2);
    expect(ok(importTemplate(json, { name: 'n' })).design).toEqual(fromYaml);
    const viaText = importText(json, { name: 'n' });
    expect(viaText.ok && viaText.kind === 'template' && viaText.design).toEqual(fromYaml);
  });
});

describe('importTemplate: logical ids never change', () => {
  it('keeps every logical id and every reference as written (an update must not replace a resource)', async () => {
    const { toCloudFormation } = await import('../../src/cfn/index');
    const t = {
      Resources: {
        myTable: { Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }] } },
        Topic: {
          Type: 'AWS::SNS::Topic',
          DependsOn: 'myTable',
          Properties: {
            DisplayName: { 'Fn::Sub': '${myTable}-${myTable.Arn}-${!myTable}' },
            Tags: [{ Key: 'a', Value: { 'Fn::GetAtt': ['myTable', 'Arn'] } }],
          },
        },
      },
      Outputs: { T: { Value: { Ref: 'myTable' } }, A: { Value: { 'Fn::GetAtt': 'myTable.StreamArn' } } },
    };
    const { design, warnings } = ok(importTemplate(t));
    expect(design.nodes.find((n) => n.kind === 'dynamodb')!.imported!.resources).toEqual(['myTable']);
    expect(warnings.join('\n')).not.toMatch(/renamed/);
    expect(toCloudFormation(design)).toEqual(t);
  });

  it('keeps a derived resource that a kept resource refers to (no dangling reference)', () => {
    const t = {
      Resources: {
        Bucket: { Type: 'AWS::S3::Bucket' },
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
        Policy: {
          Type: 'AWS::IAM::RolePolicy',
          Properties: { RoleName: { Ref: 'Role' }, PolicyDocument: { Statement: [{ Resource: { 'Fn::GetAtt': ['Bucket', 'Arn'] } }] } },
        },
        Fn: { Type: 'AWS::StepFunctions::StateMachine', Properties: { RoleArn: { 'Fn::GetAtt': ['Role', 'Arn'] } } },
      },
    };
    const { design } = ok(importTemplate(t));
    const kept = design.nodes
      .filter((n) => n.kind === 'cfn-resource')
      .map((n) => n.props['logicalId'])
      .sort();
    expect(kept).toEqual(['Fn', 'Policy', 'Role']);
  });

  it('keeps a catalog resource with a Condition as its node, the condition written back with it', async () => {
    const { toCloudFormation } = await import('../../src/cfn/index');
    const t = { Conditions: { C: { 'Fn::Equals': ['a', 'b'] } }, Resources: { B: { Type: 'AWS::S3::Bucket', Condition: 'C' } } };
    const { design, warnings } = ok(importTemplate(t));
    expect(design.nodes.map((n) => n.kind)).toEqual(['s3']);
    expect(warnings.join()).toMatch(/B exists only when the condition "C" holds/);
    expect(toCloudFormation(design)).toEqual(t);
  });

  it('keeps a network load balancer, an Aurora instance and a custom resource as generic resources', () => {
    const { design } = ok(
      importTemplate({
        Resources: {
          Nlb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'network' } },
          Aurora: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'aurora-postgresql', DBClusterIdentifier: 'c' } },
          Custom: { Type: 'Custom::Thing', Properties: { ServiceToken: 'arn' } },
        },
      }),
    );
    expect(design.nodes.map((n) => n.props['type'])).toEqual(['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::RDS::DBInstance', 'Custom::Thing']);
  });
});

describe('importTemplate: refusals are typed, one line, never thrown', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['no Resources', 'Description: x\nOutputs: {}\n', 'not-a-template', /no Resources section/],
    ['empty Resources', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', 'invalid-template', /no resources/],
    ['a resource without Type', 'Resources:\n  A:\n    Properties: {}\n', 'invalid-template', /\$\.Resources\.A\.Type/],
    ['a bad logical id', '{"Resources": {"a-b": {"Type": "AWS::SNS::Topic"}}}', 'invalid-template', /not a logical id/],
    ['a list', '- 1\n- 2\n', 'not-a-template', /CloudFormation template/],
    ['a design file', '{"format":"stackcanvas.design","version":1,"nodes":[]}', 'not-a-template', /Stackcanvas design/],
    ['malformed YAML', 'Resources: [\n', 'malformed', /^malformed YAML/],
    ['malformed JSON', '{"Resources": ', 'malformed', /^malformed JSON/],
    ['empty text', '   \n', 'malformed', /empty/],
    ['a JavaScript type', 'Resources: !!js/function "function () {}"\n', 'malformed', /unknown tag/],
  ];
  it.each(cases)('%s', (_name, input, code, message) => {
    const r = importTemplate(input as string);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(message);
    expect(r.error.message).not.toContain('\n');
  });
});

describe('importTemplate: new components next to imported ones', () => {
  it('gives a new component logical ids that the template does not use (its own resources keep theirs)', async () => {
    const { toCloudFormation } = await import('../../src/cfn/index');
    const { addNode } = await import('../../src/model/ops');
    const t = {
      Parameters: { VPC: { Type: 'AWS::EC2::VPC::Id' } },
      Resources: {
        Site: { Type: 'AWS::S3::Bucket' },
        SitePolicy: { Type: 'AWS::SNS::Topic' },
        Note: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: { Ref: 'VPC' } } },
      },
      Outputs: { Topic: { Value: { Ref: 'SitePolicy' } } },
    };
    const { design } = ok(importTemplate(t));
    // A new bucket labelled like the imported one: its id and its policy's id avoid the template's.
    const added = addNode(design, 's3', { x: 0, y: 0 }, { label: 'Site' }).design;
    const out = toCloudFormation(added) as unknown as {
      Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      Parameters: Record<string, unknown>;
      Outputs: Record<string, { Value: unknown }>;
    };
    for (const [id, r] of Object.entries(t.Resources)) expect(out.Resources[id], id).toEqual(r);
    expect(out.Parameters['VPC']).toEqual({ Type: 'AWS::EC2::VPC::Id' });
    expect(out.Outputs['Topic']).toEqual({ Value: { Ref: 'SitePolicy' } });
    const mine = Object.keys(out.Resources).filter((id) => !(id in t.Resources));
    expect(mine.map((id) => out.Resources[id]!.Type).sort()).toEqual(['AWS::S3::Bucket', 'AWS::S3::BucketPolicy']);
  });
});

describe('design files', () => {
  it('imports every example design file exactly as parseDesign reads it, and tells it from a template', async () => {
    const { readdirSync } = await import('node:fs');
    const { parseDesign } = await import('../../src/model/parse');
    const { importDesignFile, detect } = await import('../../src/import/index');
    const dir = join(__dirname, '../../../../examples');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.stackcanvas.json'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const expected = parseDesign(text);
      const viaFile = importDesignFile(text);
      const viaText = importText(text);
      expect(viaFile.ok && expected.ok && viaFile.design).toEqual(expected.ok && expected.design);
      expect(viaText.ok && viaText.kind).toBe('design');
      expect(viaText.ok && viaText.design).toEqual(expected.ok && expected.design);
      expect(detect(JSON.parse(text))).toBe('design');
    }
    expect(detect({ Resources: {} })).toBe('template');
    expect(detect({ AWSTemplateFormatVersion: '2010-09-09' })).toBe('template');
    expect(detect([])).toBe('unknown');
  });

  it("refuses a broken design file with the parser's path and message", () => {
    const r = importText('{"format":"stackcanvas.design","version":3,"nodes":[]}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-design');
      expect(r.error.message).toMatch(/\$\.version: the design is version 3, made by a newer Stackcanvas/);
    }
  });
});

describe('lenient where CloudFormation is', () => {
  it('accepts a resource with an empty (null) Properties', () => {
    const { design } = ok(importTemplate('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n'));
    expect(design.nodes.map((n) => n.props['type'])).toEqual(['AWS::SNS::Topic']);
  });
});

describe('mapping keeps resource types', () => {
  it('maps a Memcached cache cluster to elasticache but keeps a Redis cache cluster generic (the export would make it a replication group)', () => {
    const { design } = ok(
      importTemplate({
        Resources: {
          Mc: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'memcached', CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 3 } },
          Rc: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'redis', CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 1 } },
        },
      }),
    );
    expect(design.nodes.map((n) => [n.label, n.kind])).toEqual([
      ['Mc', 'elasticache'],
      ['Rc', 'cfn-resource'],
    ]);
    expect(design.nodes[0]!.props).toMatchObject({ engine: 'memcached', replicas: 2, nodeType: 'cache.t4g.micro' });
  });
});

describe('references follow where the exporter writes a component', () => {
  it('a regional web ACL on a load balancer: outputs and kept resources keep pointing at the ACL', async () => {
    const { toCloudFormation } = await import('../../src/cfn/index');
    const t = {
      Resources: {
        Acl: { Type: 'AWS::WAFv2::WebACL', Properties: { Scope: 'REGIONAL', DefaultAction: { Allow: {} }, Rules: [] } },
        Lb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Subnets: ['subnet-1', 'subnet-2'] } },
        Assoc: { Type: 'AWS::WAFv2::WebACLAssociation', Properties: { ResourceArn: { Ref: 'Lb' }, WebACLArn: { 'Fn::GetAtt': ['Acl', 'Arn'] } } },
        Log: {
          Type: 'AWS::WAFv2::LoggingConfiguration',
          Properties: { ResourceArn: { 'Fn::GetAtt': ['Acl', 'Arn'] }, LogDestinationConfigs: ['arn:aws:logs:x'] },
        },
      },
      Outputs: { AclArn: { Value: { 'Fn::GetAtt': ['Acl', 'Arn'] } } },
    };
    const { design } = ok(importTemplate(t));
    expect(edgePairs(design)).toContain('Acl->Lb');
    const out = toCloudFormation(design) as unknown as {
      Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      Outputs: Record<string, { Value: unknown }>;
    };
    const target = (out.Outputs['AclArn']!.Value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(out.Resources[target]?.Type).toBe('AWS::WAFv2::WebACL');
    expect(out.Resources['Log']?.Properties?.['ResourceArn']).toEqual({ 'Fn::GetAtt': [target, 'Arn'] });
  });
});
