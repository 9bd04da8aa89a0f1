import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * Known answers written by hand from the CloudFormation reference ("Update requires: …" of each
 * property) and the update-behaviour rules, not from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/index';
import { changeSetJson, diffTemplates, type TemplateLike } from '../../src/changeset/index';
import { change, codes, design, exported, template, withProps } from './helpers';

const table = (keyName: string, extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::DynamoDB::Table',
  Properties: {
    AttributeDefinitions: [{ AttributeName: keyName, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: keyName, KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    ...extra,
  },
});

const db = (engine: string) => ({
  Type: 'AWS::RDS::DBInstance',
  Properties: { Engine: engine, DBInstanceClass: 'db.t4g.small', AllocatedStorage: '20', MasterUsername: 'admin', ManageMasterUserPassword: true },
});

describe('known answers', () => {
  it('DynamoDB KeySchema change → Modify, replacement True (AttributeDefinitions alone would not replace)', () => {
    const cs = diffTemplates(template({ T: table('pk') }), template({ T: table('id') }));
    const c = change(cs, 'T');
    expect(c).toMatchObject({ action: 'Modify', resourceType: 'AWS::DynamoDB::Table', replacement: 'True' });
    expect(c.details.map((d) => [d.path, d.replacement])).toEqual([
      ['Properties.AttributeDefinitions', 'False'],
      ['Properties.KeySchema', 'True'],
    ]);
    expect(c.details[1]).toMatchObject({
      old: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      new: [{ AttributeName: 'id', KeyType: 'HASH' }],
      evaluation: 'Static',
    });
    // No policy: the data goes. The warning says so plainly.
    expect(codes(cs)).toEqual(['SC-CS-001']);
    expect(cs.findings[0]!.en).toMatch(/T \(AWS::DynamoDB::Table\) is replaced: the old table is deleted with its items, and the new one starts empty/);
    expect(cs.findings[0]!.ko).toContain('기존 테이블이 항목과 함께 삭제되고, 새 테이블은 비어 있는 상태로 시작합니다');
  });

  it('RDS Engine change → replacement True (the schema says "maybe" only for the Oracle CDB conversion)', () => {
    expect(change(diffTemplates(template({ D: db('postgres') }), template({ D: db('mysql') })), 'D').replacement).toBe('True');
    expect(change(diffTemplates(template({ D: db('oracle-ee') }), template({ D: db('oracle-ee-cdb') })), 'D').replacement).toBe('False');
    // RDS instances without DBClusterIdentifier default to a Snapshot on delete, not on replacement.
    expect(codes(diffTemplates(template({ D: db('postgres') }), template({ D: db('mysql') })))).toEqual(['SC-CS-001']);
  });

  it('ElastiCache ReplicationGroup (redis) → CacheCluster (memcached) under one logical id → Remove + Add, and CloudFormation refuses it', () => {
    const before = template({
      Cache: {
        Type: 'AWS::ElastiCache::ReplicationGroup',
        Properties: { ReplicationGroupDescription: 'c', Engine: 'redis', CacheNodeType: 'cache.t4g.small', NumCacheClusters: 2 },
      },
    });
    const after = template({
      Cache: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { Engine: 'memcached', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 2 } },
    });
    const cs = diffTemplates(before, after);
    expect(cs.changes.map((c) => [c.logicalId, c.action, c.resourceType, c.replacement])).toEqual([
      ['Cache', 'Remove', 'AWS::ElastiCache::ReplicationGroup', null],
      ['Cache', 'Add', 'AWS::ElastiCache::CacheCluster', null],
    ]);
    expect(codes(cs)).toEqual(['SC-CS-012', 'SC-CS-003']);
    expect(cs.findings[0]!.severity).toBe('error');
    expect(cs.findings[0]!.en).toContain('Update of resource type is not permitted');
  });

  it('ASG MaxSize, a target group stickiness attribute and DAX ReplicationFactor → replacement False', () => {
    const asg = (max: number) => ({
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      Properties: { MinSize: '1', MaxSize: String(max), VPCZoneIdentifier: ['subnet-1'] },
    });
    const tg = (sticky: boolean) => ({
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties: { Port: 80, Protocol: 'HTTP', VpcId: 'vpc-1', TargetGroupAttributes: [{ Key: 'stickiness.enabled', Value: String(sticky) }] },
    });
    const dax = (n: number) => ({
      Type: 'AWS::DAX::Cluster',
      Properties: { NodeType: 'dax.t3.small', ReplicationFactor: n, IAMRoleARN: 'arn:aws:iam::1:role/r' },
    });
    const cs = diffTemplates(template({ A: asg(4), G: tg(false), X: dax(3) }), template({ A: asg(6), G: tg(true), X: dax(5) }));
    expect(cs.changes.map((c) => [c.logicalId, c.action, c.replacement])).toEqual([
      ['A', 'Modify', 'False'],
      ['G', 'Modify', 'False'],
      ['X', 'Modify', 'False'],
    ]);
    expect(change(cs, 'G').details).toEqual([expect.objectContaining({ path: 'Properties.TargetGroupAttributes', replacement: 'False' })]);
    // A DAX cluster being updated in place loses nothing.
    expect(cs.findings).toEqual([]);
  });

  it('a removed resource → Remove; its DeletionPolicy decides what the warning says', () => {
    const bucket = (extra: Record<string, unknown> = {}) => ({ Type: 'AWS::S3::Bucket', ...extra });
    const gone = diffTemplates(template({ B: bucket(), Q: { Type: 'AWS::SNS::Topic' } }), template({ Q: { Type: 'AWS::SNS::Topic' } }));
    expect(gone.changes).toEqual([{ logicalId: 'B', resourceType: 'AWS::S3::Bucket', action: 'Remove', replacement: null, details: [] }]);
    expect(codes(gone)).toEqual(['SC-CS-003']);
    expect(gone.findings[0]!.en).toContain('the bucket is deleted with its objects');
    expect(codes(diffTemplates(template({ B: bucket({ DeletionPolicy: 'Retain' }) }), template({})))).toEqual(['SC-CS-006']);
    expect(codes(diffTemplates(template({ B: bucket({ DeletionPolicy: 'RetainExceptOnCreate' }) }), template({})))).toEqual(['SC-CS-006']);
    // A bucket cannot be snapshotted: Snapshot keeps nothing.
    expect(codes(diffTemplates(template({ B: bucket({ DeletionPolicy: 'Snapshot' }) }), template({})))).toEqual(['SC-CS-008']);
    // RDS: Snapshot is the default deletion policy of an instance outside a cluster.
    const rds = diffTemplates(template({ D: db('postgres') }), template({}));
    expect(codes(rds)).toEqual(['SC-CS-007']);
    expect(rds.findings[0]!.en).toContain('the default for this type');
    const inCluster = { ...db('aurora-postgresql'), Properties: { ...db('aurora-postgresql').Properties, DBClusterIdentifier: 'c1' } };
    expect(codes(diffTemplates(template({ D: inCluster }), template({})))).toEqual(['SC-CS-003']);
  });

  it('a create-only property set from a parameter where a literal was → Conditional (the parameter may hold the same value)', () => {
    const params = { Parameters: { NodeType: { Type: 'String', Default: 'cache.t4g.small' } } };
    const rg = (nodeType: unknown, port: unknown = 6379) => ({
      Type: 'AWS::DAX::Cluster',
      Properties: {
        NodeType: nodeType,
        ReplicationFactor: 3,
        IAMRoleARN: 'arn:aws:iam::1:role/r',
        ClusterEndpointEncryptionType: port === 6379 ? 'TLS' : 'NONE',
      },
    });
    const cs = diffTemplates(template({ C: rg('dax.t3.small') }, params), template({ C: rg({ Ref: 'NodeType' }) }, params));
    const c = change(cs, 'C');
    expect(c.replacement).toBe('Conditional');
    expect(c.details).toEqual([
      expect.objectContaining({
        path: 'Properties.NodeType',
        replacement: 'Conditional',
        evaluation: 'Dynamic',
        causes: [{ kind: 'parameter', name: 'NodeType' }],
      }),
    ]);
    // A parameter replaced by another parameter: still depends on their values.
    const two = { Parameters: { ...params.Parameters, Other: { Type: 'String' } } };
    expect(change(diffTemplates(template({ C: rg({ Ref: 'NodeType' }) }, two), template({ C: rg({ Ref: 'Other' }) }, two)), 'C').replacement).toBe(
      'Conditional',
    );
    // The same parameter on both sides: no change (its value is the deployer's, not the template's).
    expect(diffTemplates(template({ C: rg({ Ref: 'NodeType' }) }, params), template({ C: rg({ Ref: 'NodeType' }) }, params)).changes).toEqual([]);
  });

  it('cascade: a create-only property referring to a replaced resource → Conditional, transitively; a mutable one → Modify False', () => {
    // VPC CidrBlock: "Update requires: Replacement". Subnet VpcId, SubnetRouteTableAssociation SubnetId,
    // SecurityGroup VpcId and SecurityGroupIngress GroupId: Replacement. LaunchTemplateData: No interruption.
    const resources = (cidr: string) => ({
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: cidr } },
      Subnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24' } },
      Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Subnet' }, RouteTableId: 'rtb-1' } },
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'web', VpcId: { Ref: 'Vpc' } } },
      Rule: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '10.0.0.0/8' },
      },
      Lt: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { SecurityGroupIds: [{ 'Fn::Sub': '${Sg.GroupId}' }] } } },
      Topic: { Type: 'AWS::SNS::Topic', Properties: { DisplayName: 'unrelated' } },
    });
    const cs = diffTemplates(template(resources('10.0.0.0/16')), template(resources('10.1.0.0/16')));
    expect(cs.changes.map((c) => [c.logicalId, c.action, c.replacement])).toEqual([
      ['Assoc', 'Modify', 'Conditional'],
      ['Lt', 'Modify', 'False'],
      ['Rule', 'Modify', 'Conditional'],
      ['Sg', 'Modify', 'Conditional'],
      ['Subnet', 'Modify', 'Conditional'],
      ['Vpc', 'Modify', 'True'],
    ]);
    expect(change(cs, 'Rule').details).toEqual([
      expect.objectContaining({
        path: 'Properties.GroupId',
        old: { 'Fn::GetAtt': ['Sg', 'GroupId'] },
        replacement: 'Conditional',
        evaluation: 'Dynamic',
        causes: [{ kind: 'replaced', name: 'Sg' }],
      }),
    ]);
    expect(change(cs, 'Assoc').details[0]!.causes).toEqual([{ kind: 'replaced', name: 'Subnet' }]);
    // Nothing replaced: nothing cascades.
    expect(diffTemplates(template(resources('10.0.0.0/16')), template(resources('10.0.0.0/16'))).changes).toEqual([]);
  });

  it('no spurious change from key order, "10" vs 10, "true" vs true, DependsOn one name vs a list, or NoValue vs absent', () => {
    const a = template({
      B: { Type: 'AWS::S3::Bucket', DependsOn: 'T', Properties: { VersioningConfiguration: { Status: 'Enabled' }, Tags: [{ Key: 'k', Value: 'v' }] } },
      T: { Type: 'AWS::SNS::Topic', Properties: { FifoTopic: true, DisplayName: 'd' } },
      G: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: 1, MaxSize: '10', Cooldown: { Ref: 'AWS::NoValue' } } },
    });
    const b = template({
      T: { Properties: { DisplayName: 'd', FifoTopic: 'true' }, Type: 'AWS::SNS::Topic' },
      G: { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MaxSize: 10, MinSize: '1' } },
      B: { Properties: { Tags: [{ Value: 'v', Key: 'k' }], VersioningConfiguration: { Status: 'Enabled' } }, DependsOn: ['T'], Type: 'AWS::S3::Bucket' },
    });
    expect(diffTemplates(a, b)).toEqual({ changes: [], sections: [], findings: [] });
  });

  it('a reordered Tags list is an update without replacement (CloudFormation compares lists in order)', () => {
    const tags = (t: { Key: string; Value: string }[]) => template({ B: { Type: 'AWS::S3::Bucket', Properties: { Tags: t } } });
    const cs = diffTemplates(
      tags([
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ]),
      tags([
        { Key: 'b', Value: '2' },
        { Key: 'a', Value: '1' },
      ]),
    );
    expect(cs.changes.map((c) => [c.logicalId, c.action, c.replacement])).toEqual([['B', 'Modify', 'False']]);
  });

  it('replacing a resource whose custom name is kept cannot succeed (error); a new name, or none, is fine', () => {
    const named = (key: string, name: unknown) => table(key, name === undefined ? {} : { TableName: name });
    const kept = diffTemplates(template({ T: named('pk', 'orders') }), template({ T: named('id', 'orders') }));
    expect(codes(kept)).toEqual(['SC-CS-010', 'SC-CS-001']);
    expect(kept.findings[0]).toMatchObject({ severity: 'error', logicalId: 'T', params: expect.objectContaining({ property: 'TableName', value: 'orders' }) });
    expect(kept.findings[0]!.en).toContain('keeps its name (TableName = orders)');
    expect(codes(diffTemplates(template({ T: named('pk', 'orders') }), template({ T: named('id', 'orders-v2') })))).toEqual(['SC-CS-001']);
    expect(codes(diffTemplates(template({ T: named('pk', undefined) }), template({ T: named('id', undefined) })))).toEqual(['SC-CS-001']);
    // A name that is an expression but the same expression is the same name.
    const sub = { 'Fn::Sub': '${AWS::StackName}-orders' };
    expect(codes(diffTemplates(template({ T: named('pk', sub) }), template({ T: named('id', sub) })))).toEqual(['SC-CS-010', 'SC-CS-001']);
    // Renaming the logical id but keeping the name: the new table is created while the old one still holds it.
    expect(codes(diffTemplates(template({ Old: named('pk', 'orders') }), template({ New: named('pk', 'orders') })))).toEqual(['SC-CS-013', 'SC-CS-003']);
  });

  it('UpdateReplacePolicy Retain or Snapshot: the warning says what is kept', () => {
    const withPolicy = (key: string, policy: string) => ({ ...table(key), UpdateReplacePolicy: policy });
    const retained = diffTemplates(template({ T: withPolicy('pk', 'Retain') }), template({ T: withPolicy('id', 'Retain') }));
    expect(codes(retained)).toEqual(['SC-CS-004']);
    expect(retained.findings[0]!.en).toContain('keeps the old table with its items outside the stack');
    const rds = (engine: string) => ({ ...db(engine), UpdateReplacePolicy: 'Snapshot' });
    const snap = diffTemplates(template({ D: rds('postgres') }), template({ D: rds('mysql') }));
    expect(codes(snap)).toEqual(['SC-CS-005']);
    expect(snap.findings[0]!.en).toContain('takes a snapshot of the old database before deleting it');
  });

  it('a Mappings row that changes shows on the property that looks it up: every row → certain, some rows → Conditional', () => {
    const sizes = (dev: string, prod: string) => ({
      Mappings: { Sizes: { dev: { Node: dev }, prod: { Node: prod } } },
      Parameters: { Env: { Type: 'String' } },
    });
    const dax = {
      Type: 'AWS::DAX::Cluster',
      Properties: { NodeType: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Node'] }, ReplicationFactor: 3, IAMRoleARN: 'r' },
    };
    const all = diffTemplates(template({ X: dax }, sizes('dax.t3.small', 'dax.r5.large')), template({ X: dax }, sizes('dax.t3.medium', 'dax.r5.xlarge')));
    expect(change(all, 'X')).toMatchObject({ replacement: 'True', details: [expect.objectContaining({ path: 'Properties.NodeType', evaluation: 'Static' })] });
    expect(change(all, 'X').details[0]!.resolved).toEqual({
      old: { dev: 'dax.t3.small', prod: 'dax.r5.large' },
      new: { dev: 'dax.t3.medium', prod: 'dax.r5.xlarge' },
    });
    expect(all.sections).toEqual([expect.objectContaining({ section: 'Mappings', name: 'Sizes', action: 'Modify' })]);
    const some = diffTemplates(template({ X: dax }, sizes('dax.t3.small', 'dax.r5.large')), template({ X: dax }, sizes('dax.t3.small', 'dax.r5.xlarge')));
    expect(change(some, 'X').replacement).toBe('Conditional');
    expect(change(some, 'X').details[0]!.causes).toEqual(expect.arrayContaining([{ kind: 'mapping', name: 'Sizes' }]));
  });

  it('Fn::If is compared branch by branch: a change in one branch → Conditional, in both → certain', () => {
    const sections = { Conditions: { Big: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } }, Parameters: { Env: { Type: 'String' } } };
    const dax = (a: string, b: string) =>
      template({ X: { Type: 'AWS::DAX::Cluster', Properties: { NodeType: { 'Fn::If': ['Big', a, b] }, ReplicationFactor: 3, IAMRoleARN: 'r' } } }, sections);
    expect(change(diffTemplates(dax('l', 's'), dax('l', 'm')), 'X').replacement).toBe('Conditional');
    expect(change(diffTemplates(dax('l', 's'), dax('xl', 'm')), 'X').replacement).toBe('True');
    expect(diffTemplates(dax('l', 's'), dax('l', 's')).changes).toEqual([]);
  });

  it('an unknown resource type → Conditional with the cause "unknown-type" (the table cannot say)', () => {
    const cs = diffTemplates(
      template({ C: { Type: 'Custom::Thing', Properties: { A: 1 } } }),
      template({ C: { Type: 'Custom::Thing', Properties: { A: 2 } } }),
    );
    expect(change(cs, 'C')).toMatchObject({ replacement: 'Conditional', details: [expect.objectContaining({ causes: [{ kind: 'unknown-type' }] })] });
  });

  it('resource attributes are details with replacement False; sections are listed apart; output is sorted', () => {
    const a = template(
      { Z: { Type: 'AWS::SNS::Topic' }, A: { Type: 'AWS::SQS::Queue', DeletionPolicy: 'Delete', Metadata: { a: 1 } } },
      { Parameters: { P: { Type: 'String' } }, Outputs: { O: { Value: 'x' } } },
    );
    const b = template(
      { A: { Type: 'AWS::SQS::Queue', DeletionPolicy: 'Retain', Metadata: { a: 2 }, DependsOn: 'Z' }, Z: { Type: 'AWS::SNS::Topic' } },
      { Parameters: { Q: { Type: 'String' } }, Outputs: { O: { Value: 'y' } }, Conditions: { C: { 'Fn::Equals': ['a', 'a'] } } },
    );
    const cs = diffTemplates(a, b);
    expect(change(cs, 'A').details.map((d) => [d.path, d.replacement])).toEqual([
      ['DeletionPolicy', 'False'],
      ['DependsOn', 'False'],
      ['Metadata', 'False'],
    ]);
    expect(cs.sections.map((s) => [s.section, s.name, s.action])).toEqual([
      ['Parameters', 'P', 'Remove'],
      ['Parameters', 'Q', 'Add'],
      ['Conditions', 'C', 'Add'],
      ['Outputs', 'O', 'Modify'],
    ]);
    expect(JSON.stringify(diffTemplates(a, b))).toBe(JSON.stringify(cs));
  });

  it('a possible replacement says why: data may be lost (SC-CS-002) and a kept name may make it fail (SC-CS-011)', () => {
    const params = { Parameters: { Key: { Type: 'String' } } };
    const keyed = (key: unknown) => ({
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        TableName: 'orders',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
      },
    });
    const cs = diffTemplates(template({ T: keyed('pk') }, params), template({ T: keyed({ Ref: 'Key' }) }, params));
    expect(change(cs, 'T').replacement).toBe('Conditional');
    expect(codes(cs)).toEqual(['SC-CS-002', 'SC-CS-011']);
    expect(cs.findings[0]!.en).toContain('may be replaced (depends on parameter Key)');
    expect(cs.findings[0]!.ko).toContain('교체될 수 있습니다(파라미터 Key 값에 따라 달라짐)');
  });

  it('Snapshot keeps nothing for a Memcached cluster (Memcached has no backups)', () => {
    const mc = (port: number) => ({
      Type: 'AWS::ElastiCache::CacheCluster',
      UpdateReplacePolicy: 'Snapshot',
      Properties: { Engine: 'memcached', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1, Port: port },
    });
    // CacheCluster Port: "Update requires: Replacement".
    const cs = diffTemplates(template({ M: mc(11211) }), template({ M: mc(11212) }));
    expect(change(cs, 'M').replacement).toBe('True');
    expect(codes(cs)).toEqual(['SC-CS-008']);
  });

  it('a changed condition definition shows on the resources that use it, as a Dynamic detail', () => {
    const withCondition = (env: string) =>
      template(
        { Q: { Type: 'AWS::SQS::Queue', Condition: 'IsProd' } },
        { Parameters: { Env: { Type: 'String' } }, Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, env] } } },
      );
    const cs = diffTemplates(withCondition('prod'), withCondition('production'));
    expect(change(cs, 'Q').details).toEqual([
      expect.objectContaining({
        path: 'Condition',
        old: 'IsProd',
        new: 'IsProd',
        replacement: 'False',
        evaluation: 'Dynamic',
        causes: [{ kind: 'condition', name: 'IsProd' }],
      }),
    ]);
    expect(cs.sections.map((x) => [x.section, x.name, x.action])).toEqual([['Conditions', 'IsProd', 'Modify']]);
  });

  it('changeSetJson is the contract shape, with looked-up values for a mapping change', () => {
    const sizes = (n: number) => ({ Parameters: { Env: { Type: 'String' } }, Mappings: { S: { dev: { Max: n } } } });
    const asg = { Type: 'AWS::AutoScaling::AutoScalingGroup', Properties: { MinSize: 1, MaxSize: { 'Fn::FindInMap': ['S', { Ref: 'Env' }, 'Max'] } } };
    expect(changeSetJson(diffTemplates(template({ A: asg }, sizes(2)), template({ A: asg, B: { Type: 'AWS::S3::Bucket' } }, sizes(3))))).toEqual({
      changes: [
        {
          logicalId: 'A',
          resourceType: 'AWS::AutoScaling::AutoScalingGroup',
          action: 'Modify',
          replacement: 'False',
          details: [{ path: 'Properties.MaxSize', old: { dev: 2 }, new: { dev: 3 }, replacement: 'False' }],
        },
        { logicalId: 'B', resourceType: 'AWS::S3::Bucket', action: 'Add', replacement: null, details: [] },
      ],
    });
  });

  it('an Fn::ForEach entry that changes is Dynamic (its resources are known only once the transform runs)', () => {
    const each = (names: string[]) =>
      template({ 'Fn::ForEach::Topics': ['Name', names, { '${Name}Topic': { Type: 'AWS::SNS::Topic' } }] }, { Transform: 'AWS::LanguageExtensions' });
    const cs = diffTemplates(each(['a']), each(['a', 'b']));
    expect(cs.changes).toEqual([{ logicalId: 'Fn::ForEach::Topics', resourceType: 'AWS::SNS::Topic', action: 'Dynamic', replacement: null, details: [] }]);
  });
});

describe('known answers on designs (the export of a design before and after an edit)', () => {
  const dax = EXAMPLES.find((e) => e.id === 'dax-read-path')?.design ?? EXAMPLES[0]!.design;

  it('the table partition key → the table is replaced (True); the export keeps the old table (Retain), and the warning says so', () => {
    const table = dax.nodes.find((n) => n.kind === 'dynamodb')!;
    const cs = diffTemplates(exported(dax), exported(withProps(dax, table.id, { partitionKey: 'sku' })));
    const replaced = cs.changes.filter((c) => c.replacement === 'True');
    expect(replaced.map((c) => c.resourceType)).toEqual(['AWS::DynamoDB::Table']);
    expect(cs.findings.filter((f) => f.logicalId === replaced[0]!.logicalId).map((f) => f.code)).toEqual(['SC-CS-004']);
  });

  it('asg.maxSize (a per-environment mapping), alb.stickiness and dax.replicationFactor → Modify, replacement False', () => {
    const asg = dax.nodes.find((n) => n.kind === 'asg')!;
    const alb = dax.nodes.find((n) => n.kind === 'alb')!;
    const daxNode = dax.nodes.find((n) => n.kind === 'dax')!;
    for (const [node, props, type] of [
      [asg, { maxSize: 9 }, 'AWS::AutoScaling::AutoScalingGroup'],
      [alb, { stickiness: true }, 'AWS::ElasticLoadBalancingV2::TargetGroup'],
      [daxNode, { replicationFactor: 5 }, 'AWS::DAX::Cluster'],
    ] as const) {
      const cs = diffTemplates(exported(dax), exported(withProps(dax, node.id, props)));
      expect(
        cs.changes.map((c) => [c.resourceType, c.action, c.replacement]),
        JSON.stringify(props),
      ).toEqual([[type, 'Modify', 'False']]);
    }
  });

  it('rds.engine postgres → mysql → the instance is replaced (True) and its final snapshot is taken (the export sets Snapshot)', () => {
    const d = design([{ id: 'db', kind: 'rds' }]);
    const cs = diffTemplates(exported(d), exported(withProps(d, 'db', { engine: 'mysql' })));
    const instance = cs.changes.find((c) => c.resourceType === 'AWS::RDS::DBInstance')!;
    expect(instance.replacement).toBe('True');
    expect(instance.details.find((d) => d.path === 'Properties.Engine')).toMatchObject({ old: 'postgres', new: 'mysql', replacement: 'True' });
    expect(codes(cs, instance.logicalId)).toContain('SC-CS-005');
  });

  it('elasticache.engine redis → memcached: the replication group is removed and a cache cluster added under the same logical id', () => {
    const d = design([{ id: 'cache', kind: 'elasticache' }]);
    const cs = diffTemplates(exported(d), exported(withProps(d, 'cache', { engine: 'memcached' })));
    const id = cs.changes.find((c) => c.resourceType === 'AWS::ElastiCache::ReplicationGroup')!.logicalId;
    expect(cs.changes.filter((c) => c.logicalId === id).map((c) => [c.action, c.resourceType])).toEqual([
      ['Remove', 'AWS::ElastiCache::ReplicationGroup'],
      ['Add', 'AWS::ElastiCache::CacheCluster'],
    ]);
    expect(codes(cs, id)).toEqual(['SC-CS-012', 'SC-CS-003']);
  });

  it('a removed node → Remove of each of its resources', () => {
    const full = design([
      { id: 'cache', kind: 'elasticache' },
      { id: 'bucket', kind: 's3' },
    ]);
    const without = design([{ id: 'bucket', kind: 's3' }]);
    const before = exported(full);
    const after = exported(without);
    const cs = diffTemplates(before, after);
    const removed = cs.changes.filter((c) => c.action === 'Remove');
    const expected = Object.keys(before.Resources).filter((id) => !(id in after.Resources));
    expect(removed.map((c) => c.logicalId)).toEqual(expected.sort());
    expect(removed.map((c) => c.resourceType)).toEqual(expect.arrayContaining(['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::SubnetGroup']));
  });

  it('an unchanged design gives an empty change set', () => {
    for (const e of EXAMPLES) expect(diffTemplates(exported(e.design), exported(e.design)), e.id).toEqual({ changes: [], sections: [], findings: [] });
  });
});

describe('no-op round trip: a template against the design imported from it', () => {
  const dir = join(__dirname, '../../../../../shared/fixtures/aws-samples');
  const samples = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
  it.each(samples)('%s: diff(template, export(import(template))) reports no change', async (file) => {
    const { importTemplate, loadUntrusted } = await import('../../src/import/index');
    const { toCloudFormation } = await import('../../src/cfn/index');
    const text = readFileSync(join(dir, file), 'utf8');
    const imported = importTemplate(text);
    if (!imported.ok) throw new Error(imported.error.message);
    const original = loadUntrusted(text);
    if (!original.ok) throw new Error(original.error.message);
    const set = diffTemplates(original.value as TemplateLike, toCloudFormation(imported.design) as unknown as TemplateLike);
    expect(set.changes).toEqual([]);
    expect(set.sections).toEqual([]);
  });
});
