/**
 * The `lambda` kind end to end: where the network plan puts a function (in the VPC exactly when
 * it calls something that lives there, or as its `vpc` prop says), what its role may do (the
 * callees' own statements, nothing else), which ports open to it, its environment, the CDK code,
 * the import of our own and foreign templates, and its traffic capacity.
 */
import { describe, expect, it } from 'vitest';
import { capacityHint, nodesInVpc, vpcFrame, type CfnTemplate, type Design } from '../../src/index';
import { toCloudFormation } from '../../src/cfn/index';
import { toCdkProject } from '../../src/cdk/index';
import { importTemplate } from '../../src/import/index';
import { uniqueEnvNames } from '../../src/catalog/lambda/handler';
import { design } from '../../src/rules/fixture-builder';

type Res = { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, unknown> };
const resources = (t: CfnTemplate) => t.Resources as Record<string, Res>;
const ofType = (t: CfnTemplate, type: string) => Object.entries(resources(t)).filter(([, r]) => r.Type === type);
const fn = (t: CfnTemplate) => resources(t)['Fn']!;
const role = (t: CfnTemplate) => resources(t)['FnExecutionRole']!;

const BASIC = { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' };
const VPC_ACCESS = { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole' };

/** Ingress rules of a security group (inline, or standalone `AWS::EC2::SecurityGroupIngress` resources naming it), with the group they accept. */
function ingressOf(t: CfnTemplate, group: string): { port: number; from: unknown }[] {
  const inline = (resources(t)[group]?.Properties?.['SecurityGroupIngress'] ?? []) as Record<string, unknown>[];
  const standalone = ofType(t, 'AWS::EC2::SecurityGroupIngress')
    .map(([, r]) => r.Properties!)
    .filter((p) => JSON.stringify(p['GroupId']) === JSON.stringify({ 'Fn::GetAtt': [group, 'GroupId'] }));
  return [...inline, ...standalone].map((r) => ({ port: r['FromPort'] as number, from: r['SourceSecurityGroupId'] }));
}

/** Every statement the function's role is given: inline policies and standalone `AWS::IAM::Policy` resources attached to it. */
function statementsOf(t: CfnTemplate): any[] {
  const inline = ((role(t).Properties!['Policies'] ?? []) as any[]).flatMap((p) => p.PolicyDocument.Statement);
  const attached = ofType(t, 'AWS::IAM::Policy')
    .filter(([, r]) => JSON.stringify(r.Properties!['Roles']).includes('"FnExecutionRole"'))
    .flatMap(([, r]) => r.Properties!['PolicyDocument'].Statement);
  return [...inline, ...attached];
}

describe('lambda: VPC placement follows the connections', () => {
  it('alone or calling only DynamoDB and S3, it stays outside the VPC: no network, no security group, basic execution only', () => {
    for (const d of [design({ fn: 'lambda' }), design({ fn: 'lambda', t: 'dynamodb', b: 's3' }, ['fn>t', 'fn>b'])]) {
      const t = toCloudFormation(d);
      expect(ofType(t, 'AWS::EC2::VPC')).toEqual([]);
      expect(ofType(t, 'AWS::EC2::SecurityGroup')).toEqual([]);
      expect(fn(t).Properties).not.toHaveProperty('VpcConfig');
      expect(role(t).Properties!['ManagedPolicyArns']).toEqual([BASIC]);
      expect(nodesInVpc(d).has('fn')).toBe(false);
    }
  });

  it('calling DAX, it joins the isolated subnets (no NAT: DAX is inside) and DAX opens its TLS port to it only', () => {
    const d = design({ fn: 'lambda', dx: 'dax', t: 'dynamodb' }, ['fn>dx', 'dx>t']);
    const t = toCloudFormation(d);
    expect(fn(t).Properties!['VpcConfig']).toEqual({
      SubnetIds: [{ Ref: 'DataSubnet1' }, { Ref: 'DataSubnet2' }],
      SecurityGroupIds: [{ 'Fn::GetAtt': ['FnSecurityGroup', 'GroupId'] }],
    });
    expect(role(t).Properties!['ManagedPolicyArns']).toEqual([VPC_ACCESS]);
    expect(ingressOf(t, 'DxSecurityGroup')).toEqual([{ port: 9111, from: { 'Fn::GetAtt': ['FnSecurityGroup', 'GroupId'] } }]);
    // Nothing calls the function over the network.
    expect(ingressOf(t, 'FnSecurityGroup')).toEqual([]);
    expect(ofType(t, 'AWS::EC2::NatGateway')).toEqual([]);
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toEqual([]);
    // The DAX client's data-plane actions on this cluster, and no table access of its own.
    const statements = statementsOf(t);
    expect(statements).toHaveLength(1);
    expect(statements[0].Resource).toEqual({ 'Fn::GetAtt': ['Dx', 'Arn'] });
    expect(statements[0].Action).toEqual(expect.arrayContaining(['dax:GetItem', 'dax:Query', 'dax:PutItem']));
    expect(statements[0].Action.every((a: string) => a.startsWith('dax:'))).toBe(true);
    expect(nodesInVpc(d).has('fn')).toBe(true);
  });

  it('in the VPC and calling RDS (credentials in Secrets Manager) or DynamoDB, it gets NAT egress; the database opens its port', () => {
    for (const [d, expectNat] of [
      [design({ fn: 'lambda', db: 'rds' }, ['fn>db']), true],
      [design({ fn: 'lambda', c: 'elasticache', t: 'dynamodb' }, ['fn>c', 'fn>t']), true],
      [design({ fn: 'lambda', c: ['elasticache', { engine: 'memcached' }] }, ['fn>c']), false],
    ] as const) {
      const t = toCloudFormation(d);
      expect(ofType(t, 'AWS::EC2::NatGateway').length > 0, JSON.stringify(d.nodes.map((n) => n.kind))).toBe(expectNat);
      expect(fn(t).Properties).toHaveProperty('VpcConfig');
    }
    const t = toCloudFormation(design({ fn: 'lambda', db: ['rds', { engine: 'mysql' }] }, ['fn>db']));
    expect(ingressOf(t, 'DbSecurityGroup')).toEqual([{ port: 3306, from: { 'Fn::GetAtt': ['FnSecurityGroup', 'GroupId'] } }]);
    expect(statementsOf(t)).toEqual([
      expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Resource: { 'Fn::GetAtt': ['Db', 'MasterUserSecret.SecretArn'] } }),
    ]);
  });

  it('placement “never” keeps it outside even with a DAX edge (no port opens to it); “always” puts it in with NAT', () => {
    const never = toCloudFormation(design({ fn: ['lambda', { vpc: 'never' }], dx: 'dax', t: 'dynamodb' }, ['fn>dx', 'dx>t']));
    expect(fn(never).Properties).not.toHaveProperty('VpcConfig');
    expect(ingressOf(never, 'DxSecurityGroup')).toEqual([]);
    const always = toCloudFormation(design({ fn: ['lambda', { vpc: 'always' }] }));
    expect(fn(always).Properties).toHaveProperty('VpcConfig');
    expect(ofType(always, 'AWS::EC2::NatGateway')).toHaveLength(2);
  });

  it('the VPC frame drawn on the canvas covers the function exactly when the export puts it in the VPC', () => {
    const inside = design({ fn: 'lambda', dx: 'dax' }, ['fn>dx']);
    const outside = design({ fn: 'lambda', t: 'dynamodb' }, ['fn>t']);
    const frameIn = vpcFrame(inside)!;
    expect(frameIn.x).toBeLessThanOrEqual(inside.nodes[0]!.position.x);
    expect(vpcFrame(outside)).toBeNull();
  });
});

describe('lambda: the function', () => {
  it('carries the props, a placeholder handler and the callees’ endpoints as environment variables', () => {
    const d = design(
      { fn: ['lambda', { runtime: 'python3.14', memorySize: 1024, timeout: 29, reservedConcurrency: 50, architecture: 'x86_64' }], t: 'dynamodb', b: 's3' },
      ['fn>t', 'fn>b'],
    );
    const p = fn(toCloudFormation(d)).Properties!;
    expect(p).toMatchObject({
      Runtime: 'python3.14',
      MemorySize: 1024,
      Timeout: 29,
      ReservedConcurrentExecutions: 50,
      Architectures: ['x86_64'],
      Handler: 'index.handler',
    });
    expect(p['Environment']).toEqual({ Variables: { B_BUCKET: { Ref: 'B' }, T_TABLE: { Ref: 'T' } } });
    expect(p['Code'].ZipFile).toMatch(/def handler\(event, context\):/);
    expect(p['Code'].ZipFile).toMatch(/"statusCode": 200/);
    expect(p['LoggingConfig']).toEqual({ LogGroup: { Ref: 'FnLogGroup' }, LogFormat: 'JSON' });
    const node = fn(toCloudFormation(design({ fn: 'lambda' }))).Properties!;
    expect(node['Code'].ZipFile).toMatch(/exports\.handler = async/);
    expect(node).not.toHaveProperty('ReservedConcurrentExecutions');
  });

  it('the Node.js placeholder answers 200 with JSON (run here)', async () => {
    const code = fn(toCloudFormation(design({ fn: 'lambda', t: 'dynamodb' }, ['fn>t']))).Properties!['Code'].ZipFile as string;
    const module = { exports: {} as { handler?: (e: unknown) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }> } };
    new Function('exports', 'module', 'process', code)(module.exports, module, { env: { T_TABLE: 'x' } });
    const res = await module.exports.handler!({ path: '/items/1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({ function: 'fn', path: '/items/1', connections: { T_TABLE: true } });
  });

  it('names environment variables uniquely even for node ids that differ only in case', () => {
    expect(
      uniqueEnvNames([
        { nodeId: 'Web', name: 'TABLE' },
        { nodeId: 'web', name: 'TABLE' },
        { nodeId: 'a-b', name: 'ENDPOINT' },
      ]).map((v) => v.key),
    ).toEqual(['WEB_TABLE', 'WEB_TABLE_2', 'A_B_ENDPOINT']);
  });
});

describe('lambda: CDK', () => {
  const stack = (d: Design) => toCdkProject(d).files[Object.keys(toCdkProject(d).files).find((f) => f.endsWith('-stack.ts'))!]!;

  it('writes an L2 function, in the VPC only when the plan puts it there, with the callees’ grants', () => {
    const inside = stack(design({ fn: 'lambda', dx: 'dax', t: 'dynamodb' }, ['fn>dx', 'dx>t']));
    expect(inside).toMatch(/new lambda\.Function\(this, 'Fn', \{/);
    expect(inside).toMatch(/vpcSubnets: \{ subnetType: ec2\.SubnetType\.PRIVATE_ISOLATED \}/);
    expect(inside).toMatch(/dxSecurityGroup\.connections\.allowFrom\(fn, ec2\.Port\.tcp\(9111\)/);
    const outside = stack(design({ fn: 'lambda', t: 'dynamodb' }, ['fn>t']));
    expect(outside).not.toMatch(/\bvpc,/);
    // The same statement as the CloudFormation export's (parity), on this table only.
    expect(outside).toMatch(
      /fn\.addToRolePolicy\(new iam\.PolicyStatement\(\{ actions: \[[^\]]*'dynamodb:GetItem'[^\]]*\], resources: \[t\.tableArn\] \}\)\);/,
    );
    expect(outside).toMatch(/T_TABLE: `\$\{t\.tableName\}`/);
    const never = stack(design({ fn: ['lambda', { vpc: 'never' }], dx: 'dax', t: 'dynamodb' }, ['fn>dx', 'dx>t']));
    expect(never).not.toMatch(/allowFrom\(fn/);
    expect(never).toMatch(/outside the VPC and cannot reach dx/);
  });
});

describe('lambda: import', () => {
  const shape = (d: Design) => ({
    nodes: d.nodes.map((n) => ({ id: n.id, kind: n.kind, props: n.props })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: d.edges.map((e) => `${e.source}>${e.target}`).sort(),
  });

  it('import(export(d)) gives the functions back with every prop, the placement included, and their edges', () => {
    const d = design(
      {
        auto: 'lambda',
        never: ['lambda', { vpc: 'never', runtime: 'nodejs22.x', memorySize: 2048, timeout: 60 }],
        always: ['lambda', { vpc: 'always', runtime: 'python3.13', architecture: 'x86_64', reservedConcurrency: 7 }],
        dx: 'dax',
        t: 'dynamodb',
        db: 'rds',
      },
      ['auto>dx', 'dx>t', 'never>t', 'always>db'],
    );
    const r = importTemplate(toCloudFormation(d) as unknown as object);
    if (!r.ok) throw new Error(r.error.message);
    expect(shape(r.design)).toEqual(shape(d));
  });

  it('reads a foreign function as deployed: AWS defaults for what is missing, the VPC when it has a VpcConfig', () => {
    const template = {
      Resources: {
        Plain: {
          Type: 'AWS::Lambda::Function',
          Properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', Role: 'arn:aws:iam::1:role/x', Code: { ZipFile: 'x' } },
        },
        InVpc: {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'python3.13',
            Handler: 'app.handler',
            Role: 'arn:aws:iam::1:role/x',
            Code: { S3Bucket: 'b', S3Key: 'k' },
            MemorySize: 512,
            VpcConfig: { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
          },
        },
        Image: { Type: 'AWS::Lambda::Function', Properties: { PackageType: 'Image', Role: 'arn:aws:iam::1:role/x', Code: { ImageUri: 'x' } } },
      },
    };
    const r = importTemplate(template);
    if (!r.ok) throw new Error(r.error.message);
    const byId = new Map(r.design.nodes.map((n) => [n.id, n]));
    expect(byId.get('plain')).toMatchObject({
      kind: 'lambda',
      props: { memorySize: 128, timeout: 3, architecture: 'x86_64', reservedConcurrency: 0, vpc: 'never' },
    });
    expect(byId.get('in-vpc')).toMatchObject({ kind: 'lambda', props: { runtime: 'python3.13', memorySize: 512, vpc: 'always' } });
    // A container-image function is another resource: kept verbatim.
    expect(byId.get('image')?.kind).toBe('cfn-resource');
  });
});

describe('lambda: traffic', () => {
  it('can take its concurrency ÷ its duration: the account’s 1,000 by default, else its reservation', () => {
    const [shared] = design({ fn: 'lambda' }).nodes;
    expect(capacityHint(shared!)?.limit).toBe((1000 * 1000) / 20);
    const [reserved] = design({ fn: ['lambda', { reservedConcurrency: 10, durationMs: 50 }] }).nodes;
    expect(capacityHint(reserved!)?.limit).toBe((10 * 1000) / 50);
  });
});
