import { describe, expect, it } from 'vitest';
import { EXAMPLES, REFERENCE_DESIGN, type CfnTemplate, type Design } from '../../src/index';
import { CfnExportError, exportCloudFormation, exportStacks, loadCfnYaml, toCfnJson, toCfnYaml, toCloudFormation } from '../../src/cfn/index';
import { toCdkProject } from '../../src/cdk/index';
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

  it('stamps every resource emitted for a node with its node id (and edge id when one edge made it); the shared ones as shared', () => {
    const { template, owners } = exportCloudFormation(REFERENCE_DESIGN);
    const ids = new Set(REFERENCE_DESIGN.nodes.map((n) => n.id));
    for (const [logicalId, r] of Object.entries(resources(template))) {
      const node = r.Metadata?.['Stackcanvas::Node'];
      const shared = r.Metadata?.['Stackcanvas::Shared'];
      if (shared !== undefined) {
        expect(node, logicalId).toBeUndefined(); // the shared network and access logs
        expect(['network', 'access-logs'], logicalId).toContain(shared);
        expect(owners.has(logicalId), logicalId).toBe(false);
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

  it('spans two Availability Zones with public, app (NAT egress) and isolated data subnets, each with its own route table', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    const r = resources(t);
    const subnets = ofType(t, 'AWS::EC2::Subnet');
    expect(subnets.map(([id]) => id).sort()).toEqual(['AppSubnet1', 'AppSubnet2', 'DataSubnet1', 'DataSubnet2', 'PublicSubnet1', 'PublicSubnet2']);
    expect(new Set(subnets.map(([, x]) => JSON.stringify(x.Properties!['AvailabilityZone']))).size).toBe(2);
    expect(ofType(t, 'AWS::EC2::RouteTable')).toHaveLength(6);
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toHaveLength(1);
    // The data tier has no route out of the VPC; the app tier goes through NAT; the public tier through the gateway.
    const routes = ofType(t, 'AWS::EC2::Route').map(([, x]) => x.Properties!);
    expect(routes.filter((x) => x['GatewayId'])).toHaveLength(2);
    expect(routes.filter((x) => x['NatGatewayId'])).toHaveLength(2);
    expect(routes.some((x) => ['DataSubnet1RouteTable', 'DataSubnet2RouteTable'].includes(x['RouteTableId'].Ref))).toBe(false);
    // Caches and databases sit in the data tier, the instances in the app tier.
    expect(r['SessionStoreSubnetGroup']!.Properties!['SubnetIds']).toEqual([{ Ref: 'DataSubnet1' }, { Ref: 'DataSubnet2' }]);
    expect(r['WebServers']!.Properties!['VPCZoneIdentifier']).toEqual([{ Ref: 'AppSubnet1' }, { Ref: 'AppSubnet2' }]);
  });

  it('one NAT gateway per AZ in stage and prod, one in dev; S3 and DynamoDB traffic through gateway endpoints', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    const r = resources(t);
    expect(r['NatGateway1']!.Condition).toBeUndefined();
    expect(r['NatGateway2']!.Condition).toBe('IsNotDev');
    expect(r['NatGateway2Eip']!.Condition).toBe('IsNotDev');
    expect((t.Conditions as any).IsNotDev).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'EnvironmentName' }, 'dev'] }] });
    expect(r['AppSubnet2DefaultRoute']!.Properties!['NatGatewayId']).toEqual({ 'Fn::If': ['IsNotDev', { Ref: 'NatGateway2' }, { Ref: 'NatGateway1' }] });
    expect(r['S3Endpoint']!.Properties).toMatchObject({ VpcEndpointType: 'Gateway', ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' } });
    expect(r['S3Endpoint']!.Properties!['RouteTableIds']).toHaveLength(6);
  });

  it('VPC flow logs to the access-log bucket in stage and prod', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    const r = resources(t);
    expect(r['FlowLog']).toMatchObject({
      Type: 'AWS::EC2::FlowLog',
      Condition: 'IsNotDev',
      Properties: { ResourceId: { Ref: 'VPC' }, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3' },
    });
    const statements = r['AccessLogBucketPolicy']!.Properties!['PolicyDocument'].Statement as { Sid: string }[];
    expect(statements.map((x) => x.Sid)).toEqual(['DenyInsecureTransport', 'ElbAccessLogs', 'FlowLogsAclCheck', 'FlowLogsWrite', 'S3ServerAccessLogs']);
  });

  it('has no NAT and no public subnet for data stores alone', () => {
    const t = toCloudFormation(design('cache-only', [{ id: 'c', kind: 'elasticache' }]));
    expect(ofType(t, 'AWS::EC2::Subnet').map(([id]) => id)).toEqual(['DataSubnet1', 'DataSubnet2']);
    expect(ofType(t, 'AWS::EC2::NatGateway')).toHaveLength(0);
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toHaveLength(0);
  });
});

describe('security groups: least privilege from the edges', () => {
  const t = toCloudFormation(REFERENCE_DESIGN);
  const r = resources(t);
  const group = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
  /** Every ingress rule of a group: inline and as its own resources. */
  const ingress = (res: Record<string, Res>, sg: string) => [
    ...((res[sg]!.Properties!['SecurityGroupIngress'] as Record<string, unknown>[] | undefined) ?? []),
    ...Object.values(res)
      .filter((x) => x.Type === 'AWS::EC2::SecurityGroupIngress' && JSON.stringify(x.Properties!['GroupId']) === JSON.stringify(group(sg)))
      .map((x) => x.Properties!),
  ];

  it('the ALB accepts HTTP only from the CloudFront origin-facing prefix list, in one rule, when CloudFront calls it', () => {
    const prefixList = { SourcePrefixListId: { 'Fn::FindInMap': ['CloudFrontOriginFacingPrefixList', { Ref: 'AWS::Region' }, 'PrefixListId'] } };
    expect(ingress(r, 'WebALBSecurityGroup')).toEqual([expect.objectContaining({ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, ...prefixList })]);
    // A prefix list counts as its maximum size (55) against the group's 60 rules: it is referenced once.
    for (const [id, x] of Object.entries(r)) {
      if (x.Type !== 'AWS::EC2::SecurityGroup') continue;
      expect(JSON.stringify(ingress(r, id)).split('SourcePrefixListId').length - 1, id).toBeLessThanOrEqual(1);
    }
    // Behind CloudFront, TLS ends at CloudFront: no HTTPS listener, no certificate parameter.
    expect(r['WebALBHttpsListener']).toBeUndefined();
    expect(t.Parameters).not.toHaveProperty('WebALBCertificateArn');
    expect((t.Mappings as any).CloudFrontOriginFacingPrefixList['ap-northeast-2']).toEqual({ PrefixListId: 'pl-22a6434b' });
  });

  it('an internet-facing ALB behind CloudFront requires the secret origin header (from Secrets Manager, never a literal)', () => {
    const value = { 'Fn::Sub': '{{resolve:secretsmanager:${WebALBOriginSecret}:SecretString}}' };
    expect(r['WebALBOriginSecret']).toMatchObject({ Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { PasswordLength: 32 } } });
    expect(r['WebALBHttpListener']!.Properties!['DefaultActions']).toEqual([
      expect.objectContaining({ Type: 'fixed-response', FixedResponseConfig: expect.objectContaining({ StatusCode: '403' }) }),
    ]);
    expect(r['WebALBHttpListenerOriginRule']!.Properties).toMatchObject({
      ListenerArn: { Ref: 'WebALBHttpListener' },
      Priority: 1,
      Conditions: [{ Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'X-Origin-Verify', Values: [value] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebALBWebServersTargetGroup' } }],
    });
    const origin = r['CDN']!.Properties!['DistributionConfig'].Origins.find((o: { Id: string }) => o.Id === 'WebALB');
    expect(origin.OriginCustomHeaders).toEqual([{ HeaderName: 'X-Origin-Verify', HeaderValue: value }]);
  });

  it('the instances accept the app port only from the ALB group; each data store only its port from its callers', () => {
    expect(ingress(r, 'WebServersSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 80, ToPort: 80, SourceSecurityGroupId: group('WebALBSecurityGroup') }),
    ]);
    expect(ingress(r, 'SessionStoreSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 6379, ToPort: 6379, SourceSecurityGroupId: group('WebServersSecurityGroup') }),
    ]);
    expect(ingress(r, 'CatalogDAXSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 9111, ToPort: 9111, SourceSecurityGroupId: group('WebServersSecurityGroup') }),
    ]);
    expect(ingress(r, 'OrdersDBSecurityGroup')).toEqual([
      expect.objectContaining({ FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: group('WebServersSecurityGroup') }),
    ]);
  });

  it('outbound: the instances anywhere, the ALB only to its targets, the data stores nowhere', () => {
    expect(r['WebServersSecurityGroup']!.Properties!['SecurityGroupEgress']).toEqual([
      { CidrIp: '0.0.0.0/0', Description: expect.any(String), IpProtocol: '-1' },
    ]);
    expect(r['WebALBSecurityGroup']!.Properties).not.toHaveProperty('SecurityGroupEgress');
    expect(r['WebALBSecurityGroupToWebServers']).toMatchObject({
      Type: 'AWS::EC2::SecurityGroupEgress',
      Properties: { GroupId: group('WebALBSecurityGroup'), FromPort: 80, ToPort: 80, DestinationSecurityGroupId: group('WebServersSecurityGroup') },
    });
    for (const sg of ['SessionStoreSecurityGroup', 'QueryCacheSecurityGroup', 'CatalogDAXSecurityGroup', 'OrdersDBSecurityGroup']) {
      expect(r[sg]!.Properties!['SecurityGroupEgress'], sg).toEqual([expect.objectContaining({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })]);
    }
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
    const res = resources(toCloudFormation(d));
    const ports = (sg: string) => ingress(res, sg).map((x) => x['FromPort']);
    expect(ports('AppSecurityGroup')).toEqual([8080]);
    expect(ports('MSecurityGroup')).toEqual([11211]);
    expect(ports('DbSecurityGroup')).toEqual([3306]);
    expect(ports('LonelySecurityGroup')).toEqual([]);
    // An internet-facing ALB nobody fronts is open to the internet on 80, and on 443 once a certificate is given.
    expect(res['LbSecurityGroup']!.Properties!['SecurityGroupIngress']).toEqual([expect.objectContaining({ FromPort: 80, CidrIp: '0.0.0.0/0' })]);
    expect(res['LbSecurityGroupHttps']).toMatchObject({ Condition: 'LbHasCertificate', Properties: { FromPort: 443, CidrIp: '0.0.0.0/0' } });
    expect(res['LbHttpsListener']).toMatchObject({
      Condition: 'LbHasCertificate',
      Properties: { Port: 443, Protocol: 'HTTPS', Certificates: [{ CertificateArn: { Ref: 'LbCertificateArn' } }] },
    });
    // Open to the internet by design: acknowledged for cdk-nag with the reason.
    expect(JSON.stringify(res['LbSecurityGroup']!.Metadata)).toContain('AwsSolutions-EC23');
    expect(res['LbAppTargetGroup']).toBeDefined();
  });
});

describe('IAM', () => {
  const t = toCloudFormation(REFERENCE_DESIGN);
  const r = resources(t);

  it("the instance role grants only what the edges imply: DAX actions on that cluster, the database secret, the caches' AUTH tokens", () => {
    expect(r['WebServersInstanceRolePolicy']!.Properties!['Roles']).toEqual([{ Ref: 'WebServersInstanceRole' }]);
    const statements = r['WebServersInstanceRolePolicy']!.Properties!['PolicyDocument'].Statement as Record<string, unknown>[];
    expect(statements.map((s) => s['Resource'])).toEqual([
      { 'Fn::GetAtt': ['CatalogDAX', 'Arn'] },
      { 'Fn::GetAtt': ['OrdersDB', 'MasterUserSecret.SecretArn'] },
      { Ref: 'QueryCacheAuthToken' },
      { Ref: 'SessionStoreAuthToken' },
    ]);
    for (const s of statements) {
      expect(JSON.stringify(s['Action'])).not.toContain('*');
      expect(s['Resource']).not.toBe('*');
    }
  });

  it('DAX has a service role limited to the tables it reads through', () => {
    const doc = r['CatalogDAXServiceRolePolicy']!.Properties!['PolicyDocument'];
    // The table itself: it has no indexes, so no `/index/*` wildcard.
    expect(doc.Statement[0].Resource).toEqual([{ 'Fn::GetAtt': ['CatalogTable', 'Arn'] }]);
    expect(r['CatalogDAX']!.DependsOn).toBe('CatalogDAXServiceRolePolicy');
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
    const statements = res['AppInstanceRolePolicy']!.Properties!['PolicyDocument'].Statement as Record<string, any>[];
    expect(statements.find((s) => s.Sid === 'TableOrders')!.Resource).toEqual({ 'Fn::GetAtt': ['Orders', 'Arn'] });
    // The one wildcard (the bucket's objects) is acknowledged with its reason.
    expect(JSON.stringify(res['AppInstanceRolePolicy']!.Metadata)).toContain('AwsSolutions-IAM5[Resource::<Uploads.Arn>/*]');
    expect(statements.find((s) => s.Sid === 'ObjectsUploads')!.Resource).toEqual({ 'Fn::Sub': '${Uploads.Arn}/*' });
    expect(statements.find((s) => s.Sid === 'KeyUploads')!.Resource).toEqual({ 'Fn::GetAtt': ['UploadsKey', 'Arn'] });
    expect(statements.some((s) => JSON.stringify(s.Action).includes('dynamodb:DeleteTable'))).toBe(false);
  });

  it('an app without data edges gets no policy', () => {
    const res = resources(toCloudFormation(design('bare', [{ id: 'app', kind: 'asg' }])));
    expect(res['AppInstanceRolePolicy']).toBeUndefined();
    expect(res['AppInstanceRole']!.Properties).not.toHaveProperty('Policies');
  });
});

describe('services', () => {
  const r = resources(toCloudFormation(REFERENCE_DESIGN));

  it('Redis: pinned version, encrypted in transit and at rest, an AUTH token from Secrets Manager, failover and Multi-AZ with a replica (not in dev)', () => {
    const t = toCloudFormation(REFERENCE_DESIGN);
    expect(r['SessionStore']!.Properties).toMatchObject({
      Engine: 'redis',
      EngineVersion: '7.1',
      NumCacheClusters: { 'Fn::FindInMap': ['EnvironmentSizes', { Ref: 'EnvironmentName' }, 'SessionStoreNumCacheClusters'] },
      AutomaticFailoverEnabled: { 'Fn::If': ['IsDev', false, true] },
      MultiAZEnabled: { 'Fn::If': ['IsDev', false, true] },
      TransitEncryptionEnabled: true,
      AtRestEncryptionEnabled: true,
      AuthToken: { 'Fn::Sub': '{{resolve:secretsmanager:${SessionStoreAuthToken}:SecretString}}' },
    });
    expect((t.Mappings as any).EnvironmentSizes.dev.SessionStoreNumCacheClusters).toBe(1);
    expect((t.Mappings as any).EnvironmentSizes.prod.SessionStoreNumCacheClusters).toBe(2);
    expect((t.Mappings as any).EnvironmentSizes.dev.SessionStoreNodeType).toBe('cache.t4g.micro');
    expect(r['SessionStoreAuthToken']).toMatchObject({ Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { PasswordLength: 64 } } });
    const single = resources(toCloudFormation(design('single', [{ id: 'c', kind: 'elasticache', props: { engine: 'valkey', replicas: 0 } }])));
    expect(single['C']!.Properties).toMatchObject({
      Engine: 'valkey',
      EngineVersion: '9.0',
      NumCacheClusters: 1,
      AutomaticFailoverEnabled: false,
      MultiAZEnabled: false,
    });
  });

  it('Memcached is a cache cluster of 1 + replicas nodes across AZs', () => {
    const m = resources(toCloudFormation(design('mc', [{ id: 'c', kind: 'elasticache', props: { engine: 'memcached', replicas: 2 } }])));
    expect(m['C']).toMatchObject({
      Type: 'AWS::ElastiCache::CacheCluster',
      Properties: {
        Engine: 'memcached',
        EngineVersion: '1.6.22',
        NumCacheNodes: { 'Fn::FindInMap': ['EnvironmentSizes', { Ref: 'EnvironmentName' }, 'CNumCacheNodes'] },
        AZMode: { 'Fn::FindInMap': ['EnvironmentSizes', { Ref: 'EnvironmentName' }, 'CAZMode'] },
        Port: 11211,
        TransitEncryptionEnabled: true,
      },
    });
  });

  it('RDS: pinned version, no password in the template, managed secret, encrypted, Multi-AZ per the prop (not in dev), deletion protection in prod', () => {
    expect(r['OrdersDB']!.Properties).toMatchObject({
      Engine: 'postgres',
      EngineVersion: '18.3',
      ManageMasterUserPassword: true,
      StorageEncrypted: true,
      MultiAZ: { 'Fn::If': ['IsDev', false, true] },
      DeletionProtection: { 'Fn::If': ['IsProd', true, false] },
      PubliclyAccessible: false,
      BackupRetentionPeriod: 7,
    });
    expect(JSON.stringify(r['OrdersDB'])).not.toMatch(/"MasterUserPassword"/);
    const single = resources(toCloudFormation(design('db', [{ id: 'd', kind: 'rds', props: { multiAz: false, engine: 'mysql' } }])));
    expect(single['D']!.Properties).toMatchObject({ MultiAZ: false, Engine: 'mysql', EngineVersion: '8.4.9' });
  });

  it('DynamoDB is on-demand with point-in-time recovery by default; DAX encrypts at rest', () => {
    expect(r['CatalogTable']!.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(r['CatalogTable']!.Properties).not.toHaveProperty('ProvisionedThroughput');
    expect(r['CatalogDAX']!.Properties).toMatchObject({
      ReplicationFactor: { 'Fn::FindInMap': ['EnvironmentSizes', { Ref: 'EnvironmentName' }, 'CatalogDAXReplicationFactor'] },
      SSESpecification: { SSEEnabled: true },
    });
    const sizes = (toCloudFormation(REFERENCE_DESIGN).Mappings as any).EnvironmentSizes;
    expect([sizes.dev.CatalogDAXReplicationFactor, sizes.prod.CatalogDAXReplicationFactor]).toEqual([1, 3]);
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
    // The web ACL lives in the us-east-1 stack: the distribution takes its ARN as a parameter.
    expect(c.WebACLId).toEqual({ Ref: 'EdgeWAFArn' });
    expect(r['EdgeWAF']).toBeUndefined();
    expect(c.Logging).toEqual({ Bucket: { 'Fn::GetAtt': ['AccessLogBucket', 'RegionalDomainName'] }, Prefix: 'cloudfront/CDN/', IncludeCookies: false });
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
      dev: { AppDesiredCapacity: 1, AppInstanceType: 't3.micro', AppMaxSize: 2, AppMinSize: 1 },
      stage: { AppDesiredCapacity: 4, AppInstanceType: 't3.small', AppMaxSize: 9, AppMinSize: 3 },
      prod: { AppDesiredCapacity: 4, AppInstanceType: 't3.small', AppMaxSize: 9, AppMinSize: 3 },
    });
    expect(resources(t)['App']!.Properties!['TargetGroupARNs']).toEqual([{ Ref: 'LbAppTargetGroup' }]);
  });

  it('an Auto Scaling group connected to an SNS topic notifies it of every launch and termination; without one, the finding is acknowledged', () => {
    const d = design(
      'notify',
      [
        { id: 'app', kind: 'asg' },
        { id: 'topic', kind: 'cfn-resource', props: { type: 'AWS::SNS::Topic', logicalId: 'Alerts', properties: {} } },
      ],
      [{ id: 'e', source: 'app', target: 'topic' }],
    );
    const group = resources(toCloudFormation(d))['App']!;
    expect(group.Properties!['NotificationConfigurations']).toEqual([
      {
        TopicARN: { Ref: 'Alerts' },
        NotificationTypes: [
          'autoscaling:EC2_INSTANCE_LAUNCH',
          'autoscaling:EC2_INSTANCE_LAUNCH_ERROR',
          'autoscaling:EC2_INSTANCE_TERMINATE',
          'autoscaling:EC2_INSTANCE_TERMINATE_ERROR',
        ],
      },
    ]);
    expect(JSON.stringify(group.Metadata)).not.toContain('AwsSolutions-AS3');
    const alone = resources(toCloudFormation(design('alone', [{ id: 'app', kind: 'asg' }])))['App']!;
    expect(alone.Properties).not.toHaveProperty('NotificationConfigurations');
    expect(JSON.stringify(alone.Metadata)).toContain('AwsSolutions-AS3');
  });

  it("the launch template runs the placeholder web server and writes the callees' endpoints (the same script as the CDK app)", () => {
    const lt = resources(toCloudFormation(REFERENCE_DESIGN))['WebServersLaunchTemplate']!;
    const script = lt.Properties!['LaunchTemplateData'].UserData['Fn::Base64']['Fn::Sub'] as string;
    expect(script.split('\n')).toEqual([
      '#!/bin/bash',
      'mkdir -p /etc/app',
      'echo "DAX_ENDPOINT=${CatalogDAX.ClusterDiscoveryEndpointURL}" >> /etc/app/env',
      'echo "DB_ENDPOINT=${OrdersDB.Endpoint.Address}:${OrdersDB.Endpoint.Port}" >> /etc/app/env',
      'echo "DB_SECRET_ARN=${OrdersDB.MasterUserSecret.SecretArn}" >> /etc/app/env',
      'echo "QUERYCACHE_ENDPOINT=${QueryCache.PrimaryEndPoint.Address}:6379" >> /etc/app/env',
      'echo "QUERYCACHE_AUTH_SECRET_ARN=${QueryCacheAuthToken}" >> /etc/app/env',
      'echo "SESSIONS_ENDPOINT=${SessionStore.PrimaryEndPoint.Address}:6379" >> /etc/app/env',
      'echo "SESSIONS_AUTH_SECRET_ARN=${SessionStoreAuthToken}" >> /etc/app/env',
      'mkdir -p /var/www/app && echo ok > /var/www/app/index.html',
      'systemd-run --unit=placeholder-app python3 -m http.server 80 --directory /var/www/app',
    ]);
    // The CDK app passes the same lines to ec2.UserData.forLinux() (its template literals for the references).
    const cdkStack = toCdkProject(REFERENCE_DESIGN).files['lib/web-caching-stack.ts']!;
    expect(cdkStack).toContain("'systemd-run --unit=placeholder-app python3 -m http.server 80 --directory /var/www/app',");
    expect(cdkStack).toContain('`echo "SESSIONS_AUTH_SECRET_ARN=${sessionsAuthToken.secretArn}" >> /etc/app/env`,');
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

  it('a WAF in front of CloudFront goes to a us-east-1 stack; the main stack holds no Region assertion', () => {
    const { main, usEast1 } = exportStacks(REFERENCE_DESIGN);
    expect(main.template.Rules).toBeUndefined();
    expect(JSON.stringify(main.template)).not.toContain('Assertions');
    expect((main.template.Parameters as any).EdgeWAFArn).toMatchObject({ Type: 'String', AllowedPattern: expect.stringContaining('us-east-1') });
    const companion = usEast1!.template;
    expect(Object.keys(companion.Resources)).toEqual(['EdgeWAF']);
    expect((companion.Resources as any).EdgeWAF.Properties.Scope).toBe('CLOUDFRONT');
    expect(companion.Rules).toEqual({
      UsEast1Only: { Assertions: [expect.objectContaining({ Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } })] },
    });
    expect((companion.Outputs as any).EdgeWAFArn.Value).toEqual({ 'Fn::GetAtt': ['EdgeWAF', 'Arn'] });
    expect(usEast1!.owners.get('EdgeWAF')).toBe('waf');
    // toCloudFormation is the main stack.
    expect(toCloudFormation(REFERENCE_DESIGN)).toEqual(main.template);
    const noWaf = exportStacks(
      design(
        'no-waf',
        [
          { id: 'cdn', kind: 'cloudfront' },
          { id: 'b', kind: 's3' },
        ],
        [{ id: 'e', source: 'cdn', target: 'b' }],
      ),
    );
    expect(noWaf.usEast1).toBeUndefined();
    expect(noWaf.main.template.Rules).toBeUndefined();
  });

  it('a WAF that protects CloudFront and an ALB keeps its regional ACL in the main stack', () => {
    const d = design(
      'both',
      [
        { id: 'w', kind: 'waf' },
        { id: 'cdn', kind: 'cloudfront' },
        { id: 'lb', kind: 'alb' },
      ],
      [
        { id: 'e1', source: 'w', target: 'cdn' },
        { id: 'e2', source: 'w', target: 'lb' },
        { id: 'e3', source: 'cdn', target: 'lb' },
      ],
    );
    const { main, usEast1 } = exportStacks(d);
    expect(Object.keys(usEast1!.template.Resources)).toEqual(['W']);
    expect(resources(main.template)['WRegional']!.Properties!['Scope']).toBe('REGIONAL');
    expect(resources(main.template)['WLbAssociation']).toBeDefined();
  });
});
