/**
 * The `apigateway` kind end to end: the routes its edges become (Lambda proxy, HTTP proxy to a
 * load balancer, DynamoDB GetItem / Query), the stage cache and its keys, the deployment, access
 * logging, what it refuses, the CDK code, import and the traffic what-if.
 */
import { describe, expect, it } from 'vitest';
import { computeTraffic, nodesInVpc, type CfnTemplate, type Design } from '../../src/index';
import { CfnExportError, toCloudFormation } from '../../src/cfn/index';
import { toCdkProject } from '../../src/cdk/index';
import { importTemplate } from '../../src/import/index';
import { design } from '../../src/rules/fixture-builder';

type Res = { Type: string; Properties?: Record<string, any>; Metadata?: Record<string, unknown>; DependsOn?: unknown; DeletionPolicy?: string };
const resources = (t: CfnTemplate) => t.Resources as Record<string, Res>;
const ofType = (t: CfnTemplate, type: string) => Object.entries(resources(t)).filter(([, r]) => r.Type === type);
const methods = (t: CfnTemplate) => Object.fromEntries(ofType(t, 'AWS::ApiGateway::Method').map(([id, r]) => [id, r.Properties!]));
const stage = (t: CfnTemplate) => resources(t)['ApiStage']!.Properties!;

/** The path of an API Gateway resource, from its PathPart and parents. */
function pathOf(t: CfnTemplate, resourceId: unknown): string {
  const r = resourceId as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  if (r['Fn::GetAtt']?.[1] === 'RootResourceId') return '/';
  const res = resources(t)[r.Ref!]!.Properties!;
  const parent = pathOf(t, res['ParentId']);
  return `${parent === '/' ? '' : parent}/${res['PathPart']}`;
}

/** Every method as `VERB path → integration type`. */
function routeTable(t: CfnTemplate): string[] {
  return Object.values(methods(t))
    .map((m) => `${m['HttpMethod']} ${pathOf(t, m['ResourceId'])} → ${m['Integration'].Type}`)
    .sort();
}

describe('apigateway: routes', () => {
  it('a Lambda function at the root answers / and every path under it, GET and ANY, through a proxy integration it may invoke', () => {
    const t = toCloudFormation(design({ api: 'apigateway', fn: 'lambda' }, ['api>fn']));
    expect(routeTable(t)).toEqual(['ANY / → AWS_PROXY', 'ANY /{proxy+} → AWS_PROXY', 'GET / → AWS_PROXY', 'GET /{proxy+} → AWS_PROXY']);
    for (const m of Object.values(methods(t))) {
      expect(m['Integration'].Uri).toEqual({
        'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations',
      });
      expect(m['Integration'].IntegrationHttpMethod).toBe('POST');
    }
    const [[, permission]] = ofType(t, 'AWS::Lambda::Permission') as [[string, Res]];
    expect(permission.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': ['Fn', 'Arn'] },
      Principal: 'apigateway.amazonaws.com',
      SourceArn: { 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*' },
    });
    expect(t.Outputs?.['ApiUrl']).toBeDefined();
  });

  it('mounts each integration at its path; DynamoDB answers GET <path>/{id} through a role that may only read', () => {
    const t = toCloudFormation(
      design({ api: 'apigateway', fn: 'lambda', lb: 'alb', web: 'asg', p: ['dynamodb', { partitionKey: 'productId' }], o: ['dynamodb', { sortKey: 'sk' }] }, [
        'api>fn',
        ['api>lb', { path: '/legacy' }],
        ['api>p', { path: '/products' }],
        ['api>o', { path: '/v1/orders/' }],
        'lb>web',
      ]),
    );
    expect(routeTable(t)).toEqual([
      'ANY / → AWS_PROXY',
      'ANY /legacy → HTTP_PROXY',
      'ANY /legacy/{proxy+} → HTTP_PROXY',
      'ANY /{proxy+} → AWS_PROXY',
      'GET / → AWS_PROXY',
      'GET /legacy → HTTP_PROXY',
      'GET /legacy/{proxy+} → HTTP_PROXY',
      'GET /products/{id} → AWS',
      'GET /v1/orders/{id} → AWS',
      'GET /{proxy+} → AWS_PROXY',
    ]);
    const byPath = (verb: string, path: string) => Object.values(methods(t)).find((m) => m['HttpMethod'] === verb && pathOf(t, m['ResourceId']) === path)!;
    expect(byPath('ANY', '/legacy/{proxy+}')['Integration']).toMatchObject({
      Uri: { 'Fn::Sub': 'http://${Lb.DNSName}/legacy/{proxy}' },
      IntegrationHttpMethod: 'ANY',
      RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
    });
    const get = byPath('GET', '/products/{id}');
    expect(get['Integration']['Uri']).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:apigateway:${AWS::Region}:dynamodb:action/GetItem' });
    const template = JSON.parse(get['Integration']['RequestTemplates']['application/json']['Fn::Sub'].replace('${P}', 'TABLE'));
    expect(template).toEqual({ TableName: 'TABLE', Key: { productId: { S: "$input.params('id')" } } });
    const query = byPath('GET', '/v1/orders/{id}');
    expect(query['Integration']['Uri']['Fn::Sub']).toMatch(/dynamodb:action\/Query$/);
    expect(JSON.parse(query['Integration']['RequestTemplates']['application/json']['Fn::Sub'].replace('${O}', 'T'))).toMatchObject({
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'pk' },
    });
    expect(resources(t)['ApiIntegrationRole']!.Properties!['Policies'][0].PolicyDocument.Statement).toEqual([
      { Sid: 'ReadO', Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::GetAtt': ['O', 'Arn'] } },
      { Sid: 'ReadP', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: { 'Fn::GetAtt': ['P', 'Arn'] } },
    ]);
    // The deployment waits for every method.
    const [[, deployment]] = ofType(t, 'AWS::ApiGateway::Deployment') as [[string, Res]];
    expect([...(deployment.DependsOn as string[])].sort()).toEqual(Object.keys(methods(t)).sort());
  });

  it('with no integration yet, / answers from API Gateway itself so that the API can be deployed', () => {
    const t = toCloudFormation(design({ api: 'apigateway' }));
    expect(routeTable(t)).toEqual(['GET / → MOCK']);
  });

  it('refuses two integrations on one path, and an internal load balancer (no VPC link), naming the nodes', () => {
    const clash = () => toCloudFormation(design({ api: 'apigateway', a: 'lambda', b: 'lambda' }, ['api>a', 'api>b']));
    expect(clash).toThrowError(CfnExportError);
    expect(clash).toThrowError(/2 integrations on \/: give each edge its own path/);
    const internal = () => toCloudFormation(design({ api: 'apigateway', lb: ['alb', { internetFacing: false }] }, ['api>lb']));
    expect(internal).toThrowError(/cannot reach the internal load balancer "lb": a REST API reaches private load balancers only through a VPC link/);
    try {
      internal();
    } catch (e) {
      expect((e as CfnExportError).nodes).toEqual(['api', 'lb']);
    }
  });

  it('names the deployment after what it deploys: a new one when the routes change, the same one when only the stage does', () => {
    const deploymentOf = (d: Design) => ofType(toCloudFormation(d), 'AWS::ApiGateway::Deployment').map(([id]) => id);
    const base = design({ api: 'apigateway', fn: 'lambda' }, ['api>fn']);
    const [first] = deploymentOf(base);
    expect(first).toMatch(/^ApiDeployment[0-9A-F]{8}$/);
    expect(deploymentOf(design({ api: ['apigateway', { cacheTtlSeconds: 60 }], fn: 'lambda' }, ['api>fn']))).toEqual([first]);
    expect(deploymentOf(design({ api: 'apigateway', fn: 'lambda' }, [['api>fn', { path: '/v2' }]]))).not.toEqual([first]);
  });
});

describe('apigateway: the stage cache', () => {
  it('caches GET responses for the TTL in an encrypted cache of the chosen size, keyed by the path', () => {
    const t = toCloudFormation(design({ api: ['apigateway', { cacheSize: '6.1', cacheTtlSeconds: 120 }], fn: 'lambda' }, ['api>fn']));
    expect(stage(t)).toMatchObject({
      StageName: { Ref: 'EnvironmentName' },
      CacheClusterEnabled: true,
      CacheClusterSize: '6.1',
      MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', CachingEnabled: true, CacheTtlInSeconds: 120, CacheDataEncrypted: true, MetricsEnabled: true }],
    });
    const m = methods(t);
    expect(m['ApiProxyGetMethod']!['Integration'].CacheKeyParameters).toEqual(['method.request.path.proxy']);
    expect(m['ApiProxyGetMethod']!['RequestParameters']).toEqual({ 'method.request.path.proxy': true });
    // ANY (writes and the rest) is never cached, so it has no cache key.
    expect(m['ApiProxyAnyMethod']!['Integration']).not.toHaveProperty('CacheKeyParameters');
    expect(m['ApiRootGetMethod']!['Integration']).not.toHaveProperty('CacheKeyParameters');
  });

  it('adds the cache key header to every GET method', () => {
    const t = toCloudFormation(
      design({ api: ['apigateway', { cacheKeyHeader: 'Authorization' }], fn: 'lambda', p: 'dynamodb' }, ['api>fn', ['api>p', { path: '/p' }]]),
    );
    const m = methods(t);
    expect(m['ApiRootGetMethod']!['Integration'].CacheKeyParameters).toEqual(['method.request.header.Authorization']);
    expect(m['ApiProxyGetMethod']!['Integration'].CacheKeyParameters).toEqual(['method.request.path.proxy', 'method.request.header.Authorization']);
    expect(m['ApiPItemGetMethod']!['Integration'].CacheKeyParameters).toEqual(['method.request.path.id', 'method.request.header.Authorization']);
    expect(m['ApiRootAnyMethod']!).not.toHaveProperty('RequestParameters');
  });

  it('off: no cache cluster, nothing cached, no cache keys', () => {
    const t = toCloudFormation(design({ api: ['apigateway', { cacheEnabled: false }], fn: 'lambda' }, ['api>fn']));
    expect(stage(t)['CacheClusterEnabled']).toBe(false);
    expect(stage(t)).not.toHaveProperty('CacheClusterSize');
    expect(stage(t)['MethodSettings'][0].CachingEnabled).toBe(false);
    for (const m of Object.values(methods(t))) expect(m['Integration']).not.toHaveProperty('CacheKeyParameters');
  });
});

describe('apigateway: access logs', () => {
  it('logs JSON lines to a log group; one CloudWatch role for the account, set once per template and kept on deletion', () => {
    const t = toCloudFormation(design({ api: 'apigateway', other: 'apigateway', quiet: ['apigateway', { accessLogs: false }] }));
    expect(ofType(t, 'AWS::ApiGateway::Account').map(([id]) => id)).toEqual(['ApiApiGatewayAccount']);
    expect(resources(t)['ApiCloudWatchRole']).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(resources(t)['ApiCloudWatchRole']!.Properties!['ManagedPolicyArns']).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs' },
    ]);
    for (const s of ['ApiStage', 'OtherStage']) {
      expect(resources(t)[s]!.DependsOn).toBe('ApiApiGatewayAccount');
      expect(JSON.parse(resources(t)[s]!.Properties!['AccessLogSetting'].Format)).toHaveProperty('requestId', '$context.requestId');
    }
    expect(resources(t)['QuietStage']!.Properties).not.toHaveProperty('AccessLogSetting');
    expect(resources(t)['QuietStage']!.DependsOn).toBeUndefined();
  });
});

describe('apigateway: with Lambda behind it', () => {
  it('stays outside the VPC while its function joins it to reach DAX', () => {
    const d = design({ api: 'apigateway', fn: 'lambda', dx: 'dax', t: 'dynamodb' }, ['api>fn', 'fn>dx', 'dx>t']);
    expect([...nodesInVpc(d)].sort()).toEqual(['dx', 'fn']);
  });

  it('in the traffic what-if: the stage cache answers its hit ratio of the reads, none when it is off; 10,000 requests/s', () => {
    const on = computeTraffic(design({ api: 'apigateway', fn: 'lambda' }, ['api>fn']), { entryRps: 1000 });
    expect(on.nodes.get('api')).toMatchObject({ role: 'api', rps: 1000, absorbed: 500 });
    expect(on.nodes.get('fn')?.rps).toBe(500);
    expect(on.nodes.get('api')?.capacity?.limit).toBe(10_000);
    const off = computeTraffic(design({ api: ['apigateway', { cacheEnabled: false, hitRatio: 90 }], fn: 'lambda' }, ['api>fn']), { entryRps: 1000 });
    expect(off.nodes.get('fn')?.rps).toBe(1000);
    const tuned = computeTraffic(design({ api: ['apigateway', { hitRatio: 80 }], fn: 'lambda', t: 'dynamodb' }, ['api>fn', 'fn>t']), { entryRps: 1000 });
    expect(tuned.nodes.get('fn')?.rps).toBeCloseTo(200);
    expect(tuned.nodes.get('t')?.rps).toBeCloseTo(200);
  });
});

describe('apigateway: CDK', () => {
  const stackOf = (d: Design) => {
    const files = toCdkProject(d).files;
    return files[Object.keys(files).find((f) => f.endsWith('-stack.ts'))!]!;
  };

  it('writes a RestApi (L2) with the stage cache and the integrations of its routes', () => {
    const s = stackOf(
      design({ api: ['apigateway', { cacheKeyHeader: 'Authorization' }], fn: 'lambda', lb: 'alb', web: 'asg', p: 'dynamodb' }, [
        'api>fn',
        ['api>lb', { path: '/legacy' }],
        ['api>p', { path: '/p' }],
        'lb>web',
      ]),
    );
    expect(s).toMatch(/new apigateway\.RestApi\(this, 'Api', \{/);
    expect(s).toMatch(/stageName: props\.stage,/);
    expect(s).toMatch(/cacheClusterEnabled: true,\n\s+cacheClusterSize: '0\.5',/);
    expect(s).toMatch(/cacheTtl: cdk\.Duration\.seconds\(300\),/);
    expect(s).toMatch(
      /api\.root\.resourceForPath\('\/\{proxy\+\}'\)\.addMethod\('GET', new apigateway\.LambdaIntegration\(fn, \{ scopePermissionToMethod: false, cacheKeyParameters: \['method\.request\.path\.proxy', 'method\.request\.header\.Authorization'\] \}\)/,
    );
    expect(s).toMatch(/new apigateway\.HttpIntegration\(`http:\/\/\$\{lb\.loadBalancerDnsName\}\/legacy\/\{proxy\}`/);
    expect(s).toMatch(/new apigateway\.AwsIntegration\(\{\n\s+service: 'dynamodb',\n\s+action: 'GetItem',/);
    expect(s).toMatch(/p\.grant\(apiIntegrationRole, 'dynamodb:GetItem'\);/);
    expect(s).toMatch(/cloudWatchRole: true,/);
  });
});

describe('apigateway: import', () => {
  const shape = (d: Design) => ({
    nodes: d.nodes.map((n) => ({ id: n.id, kind: n.kind, props: n.props })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: d.edges.map((e) => ({ s: e.source, t: e.target, props: e.props })).sort((a, b) => `${a.s}>${a.t}`.localeCompare(`${b.s}>${b.t}`)),
  });

  it('import(export(d)) gives every API back with its props and each edge with its path', () => {
    const d = design(
      {
        api: ['apigateway', { cacheKeyHeader: 'Authorization', perUserResponses: true, cacheSize: '13.5', cacheTtlSeconds: 30 }],
        off: ['apigateway', { cacheEnabled: false, cacheSize: '1.6', accessLogs: false, cacheTtlSeconds: 0 }],
        fn: 'lambda',
        lb: 'alb',
        web: 'asg',
        p: ['dynamodb', { partitionKey: 'productId' }],
        o: ['dynamodb', { sortKey: 'sk' }],
      },
      [
        'api>fn',
        ['api>lb', { path: '/legacy' }],
        ['api>p', { path: '/products' }],
        ['api>o', { path: '/v1/orders' }],
        'lb>web',
        ['off>fn', { path: '/internal' }],
      ],
    );
    const r = importTemplate(toCloudFormation(d) as unknown as object);
    if (!r.ok) throw new Error(r.error.message);
    expect(shape(r.design)).toEqual(shape(d));
    // Everything the API derives folded into it: no generic resource is left over.
    expect(r.design.nodes.filter((n) => n.kind === 'cfn-resource')).toEqual([]);
  });

  it('reads a hand-written REST API with a Lambda proxy; an API defined by an OpenAPI body is kept verbatim', () => {
    const template = {
      Resources: {
        Handler: {
          Type: 'AWS::Lambda::Function',
          Properties: { Runtime: 'nodejs22.x', Handler: 'index.handler', Role: 'arn:aws:iam::1:role/r', Code: { ZipFile: 'x' } },
        },
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'shop' } },
        Proxy: {
          Type: 'AWS::ApiGateway::Resource',
          Properties: { RestApiId: { Ref: 'Api' }, ParentId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, PathPart: '{proxy+}' },
        },
        Any: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: { Ref: 'Api' },
            ResourceId: { Ref: 'Proxy' },
            HttpMethod: 'ANY',
            AuthorizationType: 'NONE',
            Integration: {
              Type: 'AWS_PROXY',
              IntegrationHttpMethod: 'POST',
              Uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Handler.Arn}/invocations' },
            },
          },
        },
        Deployment: { Type: 'AWS::ApiGateway::Deployment', DependsOn: 'Any', Properties: { RestApiId: { Ref: 'Api' } } },
        Prod: {
          Type: 'AWS::ApiGateway::Stage',
          Properties: { RestApiId: { Ref: 'Api' }, DeploymentId: { Ref: 'Deployment' }, StageName: 'prod', CacheClusterEnabled: true, CacheClusterSize: '1.6' },
        },
        Invoke: {
          Type: 'AWS::Lambda::Permission',
          Properties: {
            Action: 'lambda:InvokeFunction',
            FunctionName: { Ref: 'Handler' },
            Principal: 'apigateway.amazonaws.com',
            SourceArn: { 'Fn::Sub': 'arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*' },
          },
        },
        OpenApi: { Type: 'AWS::ApiGateway::RestApi', Properties: { Body: { openapi: '3.0.1', paths: {} } } },
      },
    };
    const r = importTemplate(template);
    if (!r.ok) throw new Error(r.error.message);
    const byId = new Map(r.design.nodes.map((n) => [n.id, n]));
    expect(byId.get('api')).toMatchObject({ kind: 'apigateway', props: { cacheEnabled: true, cacheSize: '1.6', accessLogs: false } });
    expect(r.design.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['api>handler']);
    expect(byId.get('open-api')?.kind).toBe('cfn-resource');
    // The resource, method, deployment, stage and permission folded into the API node.
    expect([...byId.values()].filter((n) => n.kind === 'cfn-resource').map((n) => n.props['logicalId'])).toEqual(['OpenApi']);
  });
});
