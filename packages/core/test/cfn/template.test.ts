import { describe, expect, it } from 'vitest';
import { EXAMPLES, REFERENCE_DESIGN, type CfnTemplate, type Design } from '../../src/index';
import { CfnExportError, exportCloudFormation, loadCfnYaml, toCfnJson, toCfnYaml, toCloudFormation } from '../../src/cfn/index';
import { design } from './fixtures';

type Res = { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, unknown>; [k: string]: unknown };
const resources = (t: CfnTemplate) => t.Resources as Record<string, Res>;
const ofType = (t: CfnTemplate, type: string) => Object.entries(resources(t)).filter(([, r]) => r.Type === type);

describe('toCloudFormation: determinism and logical ids', () => {
  it('gives byte-identical YAML and JSON for the same design, and for a structurally equal copy', () => {
    for (const ex of EXAMPLES) {
      const copy = JSON.parse(JSON.stringify(ex.design)) as Design;
      expect(toCfnYaml(copy)).toBe(toCfnYaml(ex.design));
      expect(toCfnJson(copy)).toBe(toCfnJson(ex.design));
    }
  });

  it('YAML and JSON are two views of one template', () => {
    for (const ex of EXAMPLES) expect(loadCfnYaml(toCfnYaml(ex.design))).toEqual(JSON.parse(toCfnJson(ex.design)));
  });

  it('does not depend on the order of nodes and edges in the document', () => {
    const d = REFERENCE_DESIGN;
    const shuffled: Design = { ...d, nodes: [...d.nodes].reverse(), edges: [...d.edges].reverse() };
    // Origins, behaviors, rules and statements are ordered by names, never by document order.
    expect(toCfnJson(shuffled)).toBe(toCfnJson(d));
  });

  it('keeps the logical ids of untouched nodes when another node is added, renamed or removed', () => {
    const before = Object.keys(toCloudFormation(REFERENCE_DESIGN).Resources);
    const added: Design = {
      ...REFERENCE_DESIGN,
      nodes: [
        ...REFERENCE_DESIGN.nodes,
        {
          id: 'extra',
          kind: 'dynamodb',
          label: 'Audit Log',
          position: { x: 0, y: 0 },
          props: { billingMode: 'PAY_PER_REQUEST', partitionKey: 'pk', pointInTimeRecovery: true, readCapacity: 5, writeCapacity: 5 },
        },
      ],
    };
    const after = Object.keys(toCloudFormation(added).Resources);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toContain('AuditLog');
    const renamed: Design = { ...REFERENCE_DESIGN, nodes: REFERENCE_DESIGN.nodes.map((n) => (n.id === 'table' ? { ...n, label: 'Products' } : n)) };
    const renamedIds = Object.keys(toCloudFormation(renamed).Resources);
    expect(renamedIds).toContain('Products');
    expect(renamedIds).not.toContain('CatalogTable');
    expect(renamedIds).toContain('SessionStore');
    expect(renamedIds).toContain('WebServersLaunchTemplate');
  });

  it('stamps every resource emitted for a node with its node id (and edge id when one edge made it)', () => {
    const { template, owners } = exportCloudFormation(REFERENCE_DESIGN);
    const ids = new Set(REFERENCE_DESIGN.nodes.map((n) => n.id));
    for (const [logicalId, r] of Object.entries(resources(template))) {
      const node = r.Metadata?.['Stackcanvas::Node'];
      if (r.Type.startsWith('AWS::EC2::') && !logicalId.endsWith('SecurityGroup') && !logicalId.endsWith('LaunchTemplate')) {
        expect(node, logicalId).toBeUndefined(); // the shared network
        continue;
      }
      expect(ids.has(node as string), logicalId).toBe(true);
      expect(owners.get(logicalId)).toBe(node);
    }
    expect(resources(template)['WebALBWebServersTargetGroup']?.Metadata).toEqual({ 'Stackcanvas::Node': 'alb', 'Stackcanvas::Edge': 'alb-web' });
  });
});

describe('network', () => {
  it('is emitted only when some node lives in the VPC', () => {
    const t = toCloudFormation(design('dynamo-only', [{ id: 't', kind: 'dynamodb' }]));
    expect(ofType(t, 'AWS::EC2::VPC')).toHaveLength(0);
    expect(t.Parameters).not.toHaveProperty('VpcCidr');
  });

  it('spans two Availability Zones with public and private subnets, an internet gateway and one NAT per AZ', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    const subnets = ofType(t, 'AWS::EC2::Subnet').map(([, r]) => r.Properties!['AvailabilityZone']);
    expect(subnets).toHaveLength(4);
    expect(new Set(subnets.map((az) => JSON.stringify(az))).size).toBe(2);
    expect(ofType(t, 'AWS::EC2::NatGateway')).toHaveLength(2);
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toHaveLength(1);
  });

  it('has no NAT and no public subnet for data stores alone', () => {
    const t = toCloudFormation(design('cache-only', [{ id: 'c', kind: 'elasticache' }]));
    expect(ofType(t, 'AWS::EC2::Subnet')).toHaveLength(2);
    expect(ofType(t, 'AWS::EC2::NatGateway')).toHaveLength(0);
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toHaveLength(0);
  });
});

describe('security groups: least privilege from the edges', () => {
  const t = toCloudFormation(REFERENCE_DESIGN);
  const ingress = (id: string) => resources(t)[id]!.Properties!['SecurityGroupIngress'] as Record<string, unknown>[];

  it('the ALB accepts HTTP only from the CloudFront origin-facing prefix list when CloudFront calls it', () => {
    const prefixList = { SourcePrefixListId: { 'Fn::FindInMap': ['CloudFrontOriginFacingPrefixList', { Ref: 'AWS::Region' }, 'PrefixListId'] } };
    expect(ingress('WebALBSecurityGroup')).toEqual([
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, ...prefixList }),
      // 443 only when the deployer gives a certificate (the HTTPS listener exists then).
      {
        'Fn::If': ['WebALBHasCertificate', expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, ...prefixList }), { Ref: 'AWS::NoValue' }],
      },
    ]);
    expect(resources(t)['WebALBHttpsListener']).toMatchObject({
      Condition: 'WebALBHasCertificate',
      Properties: { Port: 443, Protocol: 'HTTPS', Certificates: [{ CertificateArn: { Ref: 'WebALBCertificateArn' } }] },
    });
    expect((t.Parameters as any).WebALBCertificateArn.Default).toBe('');
    expect((t.Mappings as any).CloudFrontOriginFacingPrefixList['ap-northeast-2']).toEqual({ PrefixListId: 'pl-22a6434b' });
  });

  it('the instances accept the app port only from the ALB group; each data store only its port from its callers', () => {
    const from = (sg: string) => ({ 'Fn::GetAtt': [sg, 'GroupId'] });
    expect(ingress('WebServersSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 80, ToPort: 80, SourceSecurityGroupId: from('WebALBSecurityGroup') }),
    ]);
    expect(ingress('SessionStoreSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 6379, ToPort: 6379, SourceSecurityGroupId: from('WebServersSecurityGroup') }),
    ]);
    expect(ingress('CatalogDAXSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 9111, ToPort: 9111, SourceSecurityGroupId: from('WebServersSecurityGroup') }),
    ]);
    expect(ingress('OrdersDBSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: from('WebServersSecurityGroup') }),
    ]);
  });

  it('uses 11211 for Memcached, 3306 for MySQL, the configured app port, and nothing open without a caller', () => {
    const d = design(
      'ports',
      [
        { id: 'lb', kind: 'alb', props: { internetFacing: true } },
        { id: 'app', kind: 'asg', props: { appPort: 8080 } },
        { id: 'm', kind: 'elasticache', props: { engine: 'memcached' } },
        { id: 'db', kind: 'rds', props: { engine: 'mysql' } },
        { id: 'lonely', kind: 'rds', label: 'Lonely' },
      ],
      [
        { id: 'e1', source: 'lb', target: 'app' },
        { id: 'e2', source: 'app', target: 'm' },
        { id: 'e3', source: 'app', target: 'db' },
      ],
    );
    const r = resources(toCloudFormation(d));
    const ports = (id: string) => (r[id]!.Properties!['SecurityGroupIngress'] as { FromPort: number }[] | undefined)?.map((x) => x.FromPort);
    expect(ports('AppSecurityGroup')).toEqual([8080]);
    expect(ports('MSecurityGroup')).toEqual([11211]);
    expect(ports('DbSecurityGroup')).toEqual([3306]);
    expect(ports('LonelySecurityGroup')).toBeUndefined();
    // An internet-facing ALB nobody fronts is open to the internet on 80 only.
    expect(r['LbSecurityGroup']!.Properties!['SecurityGroupIngress']).toEqual([
      expect.objectContaining({ FromPort: 80, CidrIp: '0.0.0.0/0' }),
      { 'Fn::If': ['LbHasCertificate', expect.objectContaining({ FromPort: 443, CidrIp: '0.0.0.0/0' }), { Ref: 'AWS::NoValue' }] },
    ]);
    expect(r['LbLbAppTargetGroup'] ?? r['LbAppTargetGroup']).toBeDefined();
  });
});

describe('IAM', () => {
  const t = toCloudFormation(REFERENCE_DESIGN);
  const r = resources(t);

  it('the instance role grants only what the edges imply: DAX actions on that cluster, the database secret', () => {
    const statements = r['WebServersInstanceRole']!.Properties!['Policies'][0].PolicyDocument.Statement as Record<string, unknown>[];
    expect(statements.map((s) => s['Resource'])).toEqual([
      { 'Fn::GetAtt': ['CatalogDAX', 'Arn'] },
      { 'Fn::GetAtt': ['OrdersDB', 'MasterUserSecret.SecretArn'] },
    ]);
    for (const s of statements) {
      expect(JSON.stringify(s['Action'])).not.toContain('*');
      expect(s['Resource']).not.toBe('*');
    }
  });

  it('DAX has a service role limited to the tables it reads through', () => {
    const doc = r['CatalogDAXServiceRole']!.Properties!['Policies'][0].PolicyDocument;
    expect(doc.Statement[0].Resource).toEqual([{ 'Fn::GetAtt': ['CatalogTable', 'Arn'] }, { 'Fn::Sub': '${CatalogTable.Arn}/index/*' }]);
    expect(r['CatalogDAXServiceRole']!.Properties!['AssumeRolePolicyDocument'].Statement[0].Principal).toEqual({ Service: 'dax.amazonaws.com' });
  });

  it('an app with DynamoDB, S3 (KMS) edges gets item actions on the table and objects of that bucket only', () => {
    const d = design(
      'iam',
      [
        { id: 'app', kind: 'asg' },
        { id: 't', kind: 'dynamodb', label: 'Orders' },
        { id: 'b', kind: 's3', label: 'Uploads', props: { encryption: 'SSE-KMS' } },
      ],
      [
        { id: 'e1', source: 'app', target: 't' },
        { id: 'e2', source: 'app', target: 'b' },
      ],
    );
    const res = resources(toCloudFormation(d));
    const statements = res['AppInstanceRole']!.Properties!['Policies'][0].PolicyDocument.Statement as Record<string, any>[];
    expect(statements.find((s) => s.Sid === 'TableOrders')!.Resource).toEqual([{ 'Fn::GetAtt': ['Orders', 'Arn'] }, { 'Fn::Sub': '${Orders.Arn}/index/*' }]);
    expect(statements.find((s) => s.Sid === 'ObjectsUploads')!.Resource).toEqual({ 'Fn::Sub': '${Uploads.Arn}/*' });
    expect(statements.find((s) => s.Sid === 'KeyUploads')!.Resource).toEqual({ 'Fn::GetAtt': ['UploadsKey', 'Arn'] });
    expect(statements.some((s) => JSON.stringify(s.Action).includes('dynamodb:DeleteTable'))).toBe(false);
  });

  it('an app without data edges gets no inline policy', () => {
    const res = resources(toCloudFormation(design('bare', [{ id: 'app', kind: 'asg' }])));
    expect(res['AppInstanceRole']!.Properties).not.toHaveProperty('Policies');
  });
});

describe('services', () => {
  const r = resources(toCloudFormation(REFERENCE_DESIGN));

  it('Redis: encrypted in transit and at rest, failover and Multi-AZ with a replica; none without', () => {
    expect(r['SessionStore']!.Properties).toMatchObject({
      Engine: 'redis',
      NumCacheClusters: 2,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      TransitEncryptionEnabled: true,
      AtRestEncryptionEnabled: true,
    });
    const single = resources(toCloudFormation(design('single', [{ id: 'c', kind: 'elasticache', props: { engine: 'valkey', replicas: 0 } }])));
    expect(single['C']!.Properties).toMatchObject({ Engine: 'valkey', NumCacheClusters: 1, AutomaticFailoverEnabled: false, MultiAZEnabled: false });
  });

  it('Memcached is a cache cluster of 1 + replicas nodes across AZs', () => {
    const m = resources(toCloudFormation(design('mc', [{ id: 'c', kind: 'elasticache', props: { engine: 'memcached', replicas: 2 } }])));
    expect(m['C']).toMatchObject({
      Type: 'AWS::ElastiCache::CacheCluster',
      Properties: { Engine: 'memcached', NumCacheNodes: 3, AZMode: 'cross-az', Port: 11211 },
    });
  });

  it('RDS: no password in the template, managed secret, encrypted, Multi-AZ per the prop', () => {
    expect(r['OrdersDB']!.Properties).toMatchObject({ ManageMasterUserPassword: true, StorageEncrypted: true, MultiAZ: true, PubliclyAccessible: false });
    expect(JSON.stringify(r['OrdersDB'])).not.toMatch(/"MasterUserPassword"/);
    const single = resources(toCloudFormation(design('db', [{ id: 'd', kind: 'rds', props: { multiAz: false, engine: 'mysql' } }])));
    expect(single['D']!.Properties).toMatchObject({ MultiAZ: false, Engine: 'mysql' });
  });

  it('DynamoDB is on-demand with point-in-time recovery by default; DAX encrypts at rest', () => {
    expect(r['CatalogTable']!.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(r['CatalogTable']!.Properties).not.toHaveProperty('ProvisionedThroughput');
    expect(r['CatalogDAX']!.Properties).toMatchObject({ ReplicationFactor: 3, SSESpecification: { SSEEnabled: true } });
  });

  it('S3: public access blocked, encrypted, readable by the distribution through origin access control', () => {
    expect(r['StaticAssets']!.Properties!['PublicAccessBlockConfiguration']).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const allow = r['StaticAssetsPolicy']!.Properties!['PolicyDocument'].Statement[1];
    expect(allow.Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(allow.Condition.StringEquals['AWS:SourceArn']).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${CDN}' });
  });

  it('CloudFront: one origin per edge, default + path behaviors, managed cache policies, HTTPS redirect, HTTP/2 and 3, the WAF', () => {
    const c = r['CDN']!.Properties!['DistributionConfig'];
    expect(c.Origins.map((o: { Id: string }) => o.Id)).toEqual(['StaticAssets', 'WebALB']);
    expect(c.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: 'WebALB',
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    });
    expect(c.CacheBehaviors).toEqual([
      expect.objectContaining({ PathPattern: '/static/*', TargetOriginId: 'StaticAssets', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' }),
    ]);
    expect(c.HttpVersion).toBe('http2and3');
    expect(c.WebACLId).toEqual({ 'Fn::GetAtt': ['EdgeWAF', 'Arn'] });
    expect(r['EdgeWAF']!.Properties!['Scope']).toBe('CLOUDFRONT');
  });

  it('an internal ALB behind CloudFront is reached through a VPC origin', () => {
    const d = design(
      'vpc-origin',
      [
        { id: 'cdn', kind: 'cloudfront' },
        { id: 'lb', kind: 'alb', props: { internetFacing: false } },
      ],
      [{ id: 'e', source: 'cdn', target: 'lb' }],
    );
    const res = resources(toCloudFormation(d));
    expect(res['CdnLbVpcOrigin']).toMatchObject({ Type: 'AWS::CloudFront::VpcOrigin', Properties: { VpcOriginEndpointConfig: { Arn: { Ref: 'Lb' } } } });
    expect(res['Cdn']!.Properties!['DistributionConfig'].Origins[0].VpcOriginConfig).toEqual({ VpcOriginId: { 'Fn::GetAtt': ['CdnLbVpcOrigin', 'Id'] } });
    expect(res['Lb']!.Properties!['Scheme']).toBe('internal');
  });

  it('a WAF protecting an ALB is a regional web ACL with an association', () => {
    const d = design(
      'waf-alb',
      [
        { id: 'w', kind: 'waf' },
        { id: 'lb', kind: 'alb' },
      ],
      [{ id: 'e', source: 'w', target: 'lb' }],
    );
    const res = resources(toCloudFormation(d));
    expect(res['WRegional']!.Properties!['Scope']).toBe('REGIONAL');
    expect(res['WLbAssociation']!.Properties).toEqual({ ResourceArn: { Ref: 'Lb' }, WebACLArn: { 'Fn::GetAtt': ['WRegional', 'Arn'] } });
  });

  it('ALB stickiness comes from the prop; the ASG uses the AL2023 SSM parameter and per-environment sizes', () => {
    const d = design(
      'sticky',
      [
        { id: 'lb', kind: 'alb', props: { stickiness: true, stickinessDurationSeconds: 600 } },
        { id: 'app', kind: 'asg', props: { minSize: 3, maxSize: 9, desiredCapacity: 4 } },
      ],
      [{ id: 'e', source: 'lb', target: 'app' }],
    );
    const t = toCloudFormation(d);
    const attrs = resources(t)['LbAppTargetGroup']!.Properties!['TargetGroupAttributes'];
    expect(attrs).toEqual(
      expect.arrayContaining([
        { Key: 'stickiness.enabled', Value: 'true' },
        { Key: 'stickiness.type', Value: 'lb_cookie' },
        { Key: 'stickiness.lb_cookie.duration_seconds', Value: '600' },
      ]),
    );
    expect((t.Parameters as any).LatestAmiId.Default).toBe('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64');
    expect((t.Mappings as any).EnvironmentSizes).toEqual({
      dev: { AppDesiredCapacity: 1, AppMaxSize: 9, AppMinSize: 1 },
      stage: { AppDesiredCapacity: 4, AppMaxSize: 9, AppMinSize: 3 },
      prod: { AppDesiredCapacity: 4, AppMaxSize: 9, AppMinSize: 3 },
    });
    expect(resources(t)['App']!.Properties!['TargetGroupARNs']).toEqual([{ Ref: 'LbAppTargetGroup' }]);
  });

  it('a distribution without an origin is refused with a clear error, not a broken template', () => {
    expect(() => toCloudFormation(design('bare-cdn', [{ id: 'cdn', kind: 'cloudfront', label: 'Edge' }]))).toThrowError(CfnExportError);
    expect(() => toCloudFormation(design('bare-cdn', [{ id: 'cdn', kind: 'cloudfront', label: 'Edge' }]))).toThrow(/has no origin/);
  });
});

describe('reuse across environments', () => {
  const t = toCloudFormation(REFERENCE_DESIGN);
  it('has an EnvironmentName parameter, parameter groups, a description and outputs for every endpoint', () => {
    expect((t.Parameters as any).EnvironmentName).toMatchObject({ AllowedValues: ['dev', 'stage', 'prod'], Default: 'dev' });
    const groups = (t.Metadata as any)['AWS::CloudFormation::Interface'].ParameterGroups.flatMap((g: { Parameters: string[] }) => g.Parameters);
    expect(groups.sort()).toEqual(Object.keys(t.Parameters!).sort());
    expect(t.Description).toContain('web-caching');
    expect(Object.keys(t.Outputs!)).toEqual(
      expect.arrayContaining([
        'CDNDomainName',
        'WebALBDnsName',
        'SessionStorePrimaryEndpoint',
        'QueryCachePrimaryEndpoint',
        'CatalogDAXDiscoveryEndpoint',
        'CatalogTableTableName',
        'OrdersDBEndpoint',
      ]),
    );
  });
});

describe('imported resources and extras', () => {
  const base = design('imported', [
    {
      id: 'topic',
      kind: 'cfn-resource',
      props: {
        type: 'AWS::SNS::Topic',
        logicalId: 'AlertsTopic',
        properties: { DisplayName: 'alerts', Tags: [{ Key: 'a', Value: 'b' }] },
        attributes: { DeletionPolicy: 'Retain', DependsOn: ['Table'] },
      },
    },
    { id: 'handle', kind: 'cfn-resource', props: { type: 'AWS::CloudFormation::WaitConditionHandle', logicalId: 'Handle', properties: {} } },
    { id: 'tbl', kind: 'dynamodb', label: 'Table' },
  ]);

  it('writes cfn-resource nodes back unchanged under their logical id, Properties omitted when empty', () => {
    const r = resources(toCloudFormation(base));
    expect(r['AlertsTopic']).toEqual({
      Type: 'AWS::SNS::Topic',
      Properties: { DisplayName: 'alerts', Tags: [{ Key: 'a', Value: 'b' }] },
      DeletionPolicy: 'Retain',
      DependsOn: ['Table'],
    });
    expect(r['Handle']).toEqual({ Type: 'AWS::CloudFormation::WaitConditionHandle' });
  });

  it('merges extras back; imported entries win on a conflicting key; sections keep the usual order', () => {
    const withExtras: Design = {
      ...base,
      extras: {
        Parameters: { AlertEmail: { Type: 'String' }, EnvironmentName: { Type: 'String', Default: 'stage', AllowedValues: ['stage'] } },
        Outputs: { TopicArn: { Value: { Ref: 'AlertsTopic' } } },
        Transform: 'AWS::Serverless-2016-10-31',
        Description: 'my imported stack',
      },
    };
    const t = toCloudFormation(withExtras);
    expect((t.Parameters as any).AlertEmail).toEqual({ Type: 'String' });
    expect((t.Parameters as any).EnvironmentName).toEqual({ Type: 'String', Default: 'stage', AllowedValues: ['stage'] });
    expect((t.Outputs as any).TopicArn).toEqual({ Value: { Ref: 'AlertsTopic' } });
    expect((t.Outputs as any).TableTableName).toBeDefined();
    expect(t.Description).toBe('my imported stack');
    expect(Object.keys(t)).toEqual(['AWSTemplateFormatVersion', 'Description', 'Transform', 'Metadata', 'Parameters', 'Conditions', 'Resources', 'Outputs']);
  });

  it('a design of imported resources only has no unused EnvironmentName parameter', () => {
    const only = design('only-imported', [{ id: 'h', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', logicalId: 'Topic' } }]);
    const t = toCloudFormation(only);
    expect(t.Parameters).toBeUndefined();
    expect(t.Resources).toEqual({ Topic: { Type: 'AWS::SNS::Topic' } });
  });
});

describe('the emitter registry', () => {
  it('has one emitter per catalog kind, each in catalog/<kind>/cfn.ts', async () => {
    const { readdirSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { DEFINITIONS, ALL_KINDS, facetsOf } = await import('../../src/index');
    const dir = join(__dirname, '../../src/catalog');
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(DEFINITIONS.map((d) => d.kind).sort()).toEqual([...ALL_KINDS].sort());
    for (const kind of ALL_KINDS) expect(typeof facetsOf(kind).cfn.emit, kind).toBe('function');
    expect(folders).toEqual([...ALL_KINDS].sort());
    for (const kind of folders) expect(existsSync(join(dir, kind, 'cfn.ts')), kind).toBe(true);
  });

  it('every service kind alone emits its primary resource under the node logical id, stamped with the node', () => {
    const primary: Record<string, string> = {
      waf: 'AWS::WAFv2::WebACL',
      s3: 'AWS::S3::Bucket',
      alb: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      asg: 'AWS::AutoScaling::AutoScalingGroup',
      elasticache: 'AWS::ElastiCache::ReplicationGroup',
      dax: 'AWS::DAX::Cluster',
      dynamodb: 'AWS::DynamoDB::Table',
      rds: 'AWS::RDS::DBInstance',
    };
    for (const [kind, type] of Object.entries(primary)) {
      const r = resources(toCloudFormation(design(`alone-${kind}`, [{ id: 'solo', kind, label: 'Solo Node' }])));
      const own = Object.entries(r).filter(([, x]) => x.Metadata?.['Stackcanvas::Node'] === 'solo');
      expect(
        own.map(([, x]) => x.Type),
        kind,
      ).toContain(type);
      // The WAF alone is a regional ACL (`<Id>Regional`); everything else is `<Id>`.
      expect(r[kind === 'waf' ? 'SoloNodeRegional' : 'SoloNode']?.Type, kind).toBe(type);
    }
  });

  it('a WAF in front of CloudFront adds a template rule that refuses Regions other than us-east-1', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    expect(t.Rules).toEqual({
      CloudFrontWebAclInUsEast1: { Assertions: [expect.objectContaining({ Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } })] },
    });
    const noWaf = toCloudFormation(
      design(
        'no-waf',
        [
          { id: 'cdn', kind: 'cloudfront' },
          { id: 'b', kind: 's3' },
        ],
        [{ id: 'e', source: 'cdn', target: 'b' }],
      ),
    );
    expect(noWaf.Rules).toBeUndefined();
  });
});
