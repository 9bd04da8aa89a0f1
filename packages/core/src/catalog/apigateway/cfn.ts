/**
 * API Gateway → a regional REST API, one resource per path segment, the methods of its routes
 * (`routes.ts`): Lambda proxy integrations with the permission to invoke the function, HTTP proxy
 * integrations to an internet-facing load balancer, DynamoDB GetItem / Query integrations through a
 * role that may do only that; a deployment named after what it deploys (a change of routes makes a
 * new one), and the stage named after the environment with the stage cache, its method settings
 * and access logs.
 */
import {
  CfnExportError,
  type CfnObject,
  type CfnResource,
  type EmitContext,
  type NodeEmitter,
  assumeRoleBy,
  getAtt,
  policyDocument,
  propBool,
  propNumber,
  propString,
  ref,
  sub,
} from '../../cfn/context';
import { pascalCase } from '../../cfn/logical-ids';
import { acknowledged } from '../../cfn/nag';
import { API_ACKS } from './nag';
import type { DesignNode } from '../../model/types';
import { collidingRoutes, methodsOf, pathText, routesOf, type MethodPlan, type Route } from './routes';

/** Logical ids of what an API node derives. */
export const apiNames = {
  integrationRole: (base: string) => `${base}IntegrationRole`,
  permission: (base: string, fnBase: string) => `${base}${fnBase}Permission`,
  stage: (base: string) => `${base}Stage`,
  accessLogs: (base: string) => `${base}AccessLogs`,
  account: (base: string) => `${base}ApiGatewayAccount`,
  cloudWatchRole: (base: string) => `${base}CloudWatchRole`,
  deployment: (base: string, hash: string) => `${base}Deployment${hash}`,
} as const;

/** Tags that keep design props the template does not show otherwise. */
export const PER_USER_TAG = 'stackcanvas:per-user-responses';
export const CACHE_SIZE_TAG = 'stackcanvas:cache-size';

/** The access log line: one JSON object per request. */
export const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
});

/** FNV-1a, 32 bits, as 8 hex digits: a deployment's logical id changes exactly when what it deploys changes. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').toUpperCase();
}

/** The DynamoDB action and request template of an item route: GetItem, or Query when the table has a sort key. */
export function itemRequest(table: DesignNode): { action: 'GetItem' | 'Query'; template: (tableName: string) => string } {
  const pk = propString(table, 'partitionKey', 'pk');
  const sk = table.props['sortKey'];
  const id = "$input.params('id')";
  if (typeof sk === 'string' && sk !== '' && sk !== pk) {
    return {
      action: 'Query',
      template: (name) =>
        `{"TableName":"${name}","KeyConditionExpression":"#pk = :pk","ExpressionAttributeNames":{"#pk":${JSON.stringify(pk)}},"ExpressionAttributeValues":{":pk":{"S":"${id}"}}}`,
    };
  }
  return { action: 'GetItem', template: (name) => `{"TableName":"${name}","Key":{${JSON.stringify(pk)}:{"S":"${id}"}}}` };
}

/** The cache key parameters of a method: its path parameter and the configured header (GET only). */
export function cacheKeysOf(m: MethodPlan, header: string | undefined): string[] {
  if (m.verb !== 'GET') return [];
  return [...(m.pathParameter ? [`method.request.path.${m.pathParameter}`] : []), ...(header ? [`method.request.header.${header}`] : [])];
}

/** Where a method's request parameters come from (the path parameter is required, a header is not). */
export function requestParametersOf(m: MethodPlan, header: string | undefined): Record<string, boolean> {
  return {
    ...(m.pathParameter ? { [`method.request.path.${m.pathParameter}`]: true } : {}),
    ...(m.verb === 'GET' && header ? { [`method.request.header.${header}`]: false } : {}),
  };
}

function segmentPart(segment: string): string {
  if (segment === '{proxy+}') return 'Proxy';
  if (segment === '{id}') return 'Item';
  return pascalCase(segment) || 'Path';
}

/** An internal load balancer has no address API Gateway can reach without a VPC link. */
function refuseInternal(node: DesignNode, route: Route): never {
  throw new CfnExportError('SC-X021', { node: node.label ?? node.id, target: route.target.label ?? route.target.id }, [node.id, route.target.id]);
}

export const emitApiGateway: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const routes = routesOf(node, ctx.index);
  for (const [path, group] of collidingRoutes(routes)) {
    throw new CfnExportError('SC-X022', { node: node.label ?? node.id, count: group.length, path }, [node.id, ...group.map((r) => r.target.id)]);
  }
  for (const r of routes) if (r.target.kind === 'alb' && !propBool(r.target, 'internetFacing', true)) refuseInternal(node, r);
  const cache = propBool(node, 'cacheEnabled', true);
  const header = typeof node.props['cacheKeyHeader'] === 'string' && node.props['cacheKeyHeader'] ? node.props['cacheKeyHeader'] : undefined;
  const cacheSize = propString(node, 'cacheSize', '0.5');
  const tags: CfnObject[] = [];
  if (propBool(node, 'perUserResponses', false)) tags.push({ Key: PER_USER_TAG, Value: 'true' });
  if (!cache && cacheSize !== '0.5') tags.push({ Key: CACHE_SIZE_TAG, Value: cacheSize });

  // The description names each route's target: readable in the console, and how the importer finds each edge's path again.
  const described = routes.map((r) => `${pathText(r.base)} → \${${ctx.id(r.target.id)}${r.target.kind === 'alb' ? '.DNSName' : ''}}`);
  ctx.add(
    id,
    {
      Type: 'AWS::ApiGateway::RestApi',
      Metadata: acknowledged([API_ACKS.requestValidation]),
      Properties: {
        Name: sub(`\${AWS::StackName}-${id}`),
        Description: described.length ? sub(`${id} routes: ${described.join('; ')}`) : `${id}: no integration yet`,
        EndpointConfiguration: { Types: ['REGIONAL'] },
        ...(tags.length ? { Tags: tags } : {}),
      },
    },
    node.id,
  );

  // Resources: one per path segment, shared by the routes below it.
  const resourceIds = new Map<string, string>([['', '']]);
  const taken = new Set<string>();
  const resourceRef = (segments: readonly string[]): CfnObject => {
    const key = segments.join('/');
    const lid = resourceIds.get(key);
    return key === '' ? getAtt(id, 'RootResourceId') : ref(lid!);
  };
  const ensureResource = (segments: readonly string[]): void => {
    for (let i = 1; i <= segments.length; i++) {
      const part = segments.slice(0, i);
      const key = part.join('/');
      if (resourceIds.has(key)) continue;
      let lid = `${id}${part.map(segmentPart).join('')}Resource`;
      for (let n = 2; taken.has(lid); n++) lid = `${id}${part.map(segmentPart).join('')}${n}Resource`;
      taken.add(lid);
      resourceIds.set(key, lid);
      ctx.add(
        lid,
        { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: ref(id), ParentId: resourceRef(part.slice(0, -1)), PathPart: part[i - 1]! } },
        node.id,
      );
    }
  };

  const methods: [string, CfnResource][] = [];
  const tables = new Map<string, { action: string; table: DesignNode }>();
  const plans = methodsOf(routes);
  for (const m of plans) {
    ensureResource(m.resource);
    const keys = cache ? cacheKeysOf(m, header) : [];
    const params = requestParametersOf(m, header);
    const t = m.route.target;
    const tid = ctx.id(t.id);
    let integration: CfnObject;
    const extra: CfnObject = {};
    if (t.kind === 'lambda') {
      integration = {
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
        Uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${tid}.Arn}/invocations`),
      };
    } else if (t.kind === 'alb') {
      const base = m.route.base.length ? `/${m.route.base.join('/')}` : '';
      integration = {
        Type: 'HTTP_PROXY',
        IntegrationHttpMethod: m.verb,
        Uri: sub(`http://\${${tid}.DNSName}${base}${m.pathParameter === 'proxy' ? '/{proxy}' : base ? '' : '/'}`),
        ...(m.pathParameter === 'proxy' ? { RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' } } : {}),
      };
    } else {
      const request = itemRequest(t);
      tables.set(t.id, { action: `dynamodb:${request.action}`, table: t });
      integration = {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Uri: sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:dynamodb:action/${request.action}`),
        Credentials: getAtt(apiNames.integrationRole(id), 'Arn'),
        RequestTemplates: { 'application/json': sub(request.template(`\${${tid}}`)) },
        // DynamoDB's JSON as it answers; its client and server errors as 400 and 500.
        IntegrationResponses: [{ StatusCode: '200' }, { StatusCode: '400', SelectionPattern: '4\\d{2}' }, { StatusCode: '500', SelectionPattern: '5\\d{2}' }],
      };
      extra['MethodResponses'] = [{ StatusCode: '200' }, { StatusCode: '400' }, { StatusCode: '500' }];
    }
    if (keys.length) integration['CacheKeyParameters'] = keys;
    // Named after its resource (numbered like it when two paths spell the same, `/a_/` and `/a-`), so two methods never share an id.
    const resourceId = resourceIds.get(m.resource.join('/'))!;
    const lid = `${m.resource.length ? resourceId.slice(0, -'Resource'.length) : `${id}Root`}${m.verb === 'GET' ? 'Get' : 'Any'}Method`;
    const method: CfnResource = {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: ref(id),
        ResourceId: resourceRef(m.resource),
        HttpMethod: m.verb,
        AuthorizationType: 'NONE',
        ...(Object.keys(params).length ? { RequestParameters: params } : {}),
        Integration: integration,
        ...extra,
      },
    };
    methods.push([lid, method]);
    ctx.add(lid, { ...method, Metadata: acknowledged([API_ACKS.authorization, API_ACKS.cognito]) }, node.id, m.route.edge.id);
  }
  if (!plans.length) {
    // A deployment needs a method: until an integration is drawn, / answers 200 from API Gateway itself.
    const lid = `${id}RootGetMethod`;
    const method: CfnResource = {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: ref(id),
        ResourceId: getAtt(id, 'RootResourceId'),
        HttpMethod: 'GET',
        AuthorizationType: 'NONE',
        Integration: {
          Type: 'MOCK',
          RequestTemplates: { 'application/json': '{"statusCode": 200}' },
          IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: { 'application/json': '{"message": "no integration yet"}' } }],
        },
        MethodResponses: [{ StatusCode: '200' }],
      },
    };
    methods.push([lid, method]);
    ctx.add(lid, { ...method, Metadata: acknowledged([API_ACKS.authorization, API_ACKS.cognito]) }, node.id);
  }

  // Lambda may be invoked by this API only (any stage, method and path of it).
  const seenFunctions = new Set<string>();
  for (const r of routes) {
    if (r.target.kind !== 'lambda' || seenFunctions.has(r.target.id)) continue;
    seenFunctions.add(r.target.id);
    const fid = ctx.id(r.target.id);
    ctx.add(
      apiNames.permission(id, fid),
      {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: getAtt(fid, 'Arn'),
          Principal: 'apigateway.amazonaws.com',
          SourceArn: sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${id}}/*`),
        },
      },
      node.id,
      r.edge.id,
    );
  }
  if (tables.size) {
    const statements = [...tables.values()]
      .map(({ action, table }) => ({ action, tid: ctx.id(table.id) }))
      .sort((a, b) => (a.tid < b.tid ? -1 : a.tid > b.tid ? 1 : 0))
      .map(({ action, tid }) => ({ Sid: `Read${tid}`.slice(0, 100), Effect: 'Allow', Action: action, Resource: getAtt(tid, 'Arn') }));
    ctx.add(
      apiNames.integrationRole(id),
      {
        Type: 'AWS::IAM::Role',
        Properties: {
          Description: sub(`\${AWS::StackName} ${id}: lets API Gateway read the items its routes return`),
          AssumeRolePolicyDocument: assumeRoleBy('apigateway.amazonaws.com'),
          Policies: [{ PolicyName: 'ReadItems', PolicyDocument: policyDocument(statements) }],
        },
      },
      node.id,
    );
  }

  const hash = contentHash(JSON.stringify([...methods].sort(([a], [b]) => (a < b ? -1 : 1)).map(([lid, m]) => [lid, m.Properties])));
  const deployment = apiNames.deployment(id, hash);
  ctx.add(
    deployment,
    {
      Type: 'AWS::ApiGateway::Deployment',
      DependsOn: methods.map(([lid]) => lid).sort(),
      Properties: { RestApiId: ref(id), Description: `${id} routes (${hash})` },
    },
    node.id,
  );

  const logs = propBool(node, 'accessLogs', true);
  const account = logs ? accountOwner(ctx) : undefined;
  if (logs) {
    ctx.add(apiNames.accessLogs(id), { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } }, node.id);
    if (account === id) emitAccount(id, node, ctx);
  }
  const ttl = propNumber(node, 'cacheTtlSeconds', 300);
  ctx.add(
    apiNames.stage(id),
    {
      Type: 'AWS::ApiGateway::Stage',
      ...(account ? { DependsOn: apiNames.account(account) } : {}),
      Metadata: acknowledged([API_ACKS.executionLogs, !logs && API_ACKS.noAccessLogs]),
      Properties: {
        RestApiId: ref(id),
        DeploymentId: ref(deployment),
        StageName: ref('EnvironmentName'),
        Description: `${id}: one stage per environment`,
        CacheClusterEnabled: cache,
        ...(cache ? { CacheClusterSize: cacheSize } : {}),
        MethodSettings: [
          {
            ResourcePath: '/*',
            HttpMethod: '*',
            MetricsEnabled: true,
            DataTraceEnabled: false,
            // API Gateway caches GET methods only; keys: the methods' CacheKeyParameters.
            CachingEnabled: cache,
            CacheTtlInSeconds: ttl,
            ...(cache ? { CacheDataEncrypted: true } : {}),
          },
        ],
        ...(logs ? { AccessLogSetting: { DestinationArn: getAtt(apiNames.accessLogs(id), 'Arn'), Format: ACCESS_LOG_FORMAT } } : {}),
      },
    },
    node.id,
  );
  ctx.output(`${id}Url`, {
    Description: `Invoke URL of the ${id} API (this environment's stage)`,
    Value: sub(`https://\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/\${EnvironmentName}/`),
  });
};

/**
 * The API node that sets the account's CloudWatch role for API Gateway logging: one per template
 * (it is a setting of the account and Region), the first API with access logs by logical id.
 */
function accountOwner(ctx: EmitContext): string | undefined {
  return ctx.design.nodes
    .filter((n) => n.kind === 'apigateway' && propBool(n, 'accessLogs', true))
    .map((n) => ctx.id(n.id))
    .sort()[0];
}

function emitAccount(id: string, node: DesignNode, ctx: EmitContext): void {
  ctx.add(
    apiNames.cloudWatchRole(id),
    {
      Type: 'AWS::IAM::Role',
      // Other APIs of the account log through this role too: it outlives the stack.
      Metadata: acknowledged([API_ACKS.cloudWatchRole]),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        Description: 'Lets API Gateway write logs to CloudWatch Logs (a setting of the account and Region)',
        AssumeRolePolicyDocument: assumeRoleBy('apigateway.amazonaws.com'),
        ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
      },
    },
    node.id,
  );
  ctx.add(apiNames.account(id), { Type: 'AWS::ApiGateway::Account', Properties: { CloudWatchRoleArn: getAtt(apiNames.cloudWatchRole(id), 'Arn') } }, node.id);
}
