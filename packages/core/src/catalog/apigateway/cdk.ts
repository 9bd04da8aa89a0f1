import { tsString } from '../../cdk/literal';
import type { CdkContext, CdkEmitter } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { cacheKeysOf, itemRequest, requestParametersOf } from './cfn';
import { methodsOf, pathText, routesOf, type MethodPlan } from './routes';

const tsList = (items: readonly string[]) => `[${items.map(tsString).join(', ')}]`;
const tsMap = (entries: Readonly<Record<string, boolean | string>>) =>
  `{ ${Object.entries(entries)
    .map(([k, v]) => `${tsString(k)}: ${typeof v === 'string' ? tsString(v) : v}`)
    .join(', ')} }`;

/** The API nodes with access logs, by node id: the first sets the account's CloudWatch role. */
function logOwner(ctx: CdkContext): string | undefined {
  return [...ctx.index.ofKind('apigateway')]
    .filter((n) => n.props['accessLogs'] !== false)
    .map((n) => n.id)
    .sort()[0];
}

/**
 * API Gateway RestApi (L2): a regional REST API whose deployment stage is named after the stage
 * being deployed, with the stage cache, its TTL and encryption, metrics and JSON access logs; the
 * routes of `routes.ts` as resources and methods: `LambdaIntegration`, `HttpIntegration` to an
 * internet-facing load balancer, `AwsIntegration` with DynamoDB GetItem / Query through a role
 * granted only that action on the table.
 */
export const apigatewayCdk: CdkEmitter = {
  phase: 60,
  emit(node, ctx) {
    ctx.use('apigateway');
    const v = ctx.v(node.id);
    const p = node.props;
    const cache = p['cacheEnabled'] !== false;
    const header = typeof p['cacheKeyHeader'] === 'string' && p['cacheKeyHeader'] ? p['cacheKeyHeader'] : undefined;
    const logs = p['accessLogs'] !== false;
    const owner = logOwner(ctx);
    const routes = routesOf(node, ctx.index);
    const lines: string[] = [];
    const logGroup = ctx.helperVar(node.id, 'AccessLogs');
    if (logs) {
      ctx.use('logs');
      lines.push(
        `const ${logGroup} = new logs.LogGroup(this, ${tsString(ctx.helperId(node.id, 'AccessLogs'))}, {`,
        `  retention: logs.RetentionDays.ONE_MONTH,`,
        `  removalPolicy: cdk.RemovalPolicy.DESTROY,`,
        `});`,
      );
    }
    const described = routes.map((r) => `${pathText(r.base)} → ${r.target.id}`).join('; ');
    lines.push(
      `const ${v} = new apigateway.RestApi(this, ${tsString(ctx.id(node.id))}, {`,
      `  restApiName: \`\${this.stackName}-${ctx.id(node.id)}\`,`,
      `  description: ${tsString(described ? `${node.id} routes: ${described}` : `${node.id}: no integration yet`)},`,
      `  endpointTypes: [apigateway.EndpointType.REGIONAL],`,
    );
    if (logs && owner === node.id) {
      lines.push(
        `  // API Gateway logs through one CloudWatch role per account and Region: set here, kept when the stack is deleted.`,
        `  cloudWatchRole: true,`,
      );
    }
    lines.push(
      `  deployOptions: {`,
      `    stageName: props.stage,`,
      `    metricsEnabled: true,`,
      `    dataTraceEnabled: false,`,
      `    // The stage cache answers repeated GET requests for the TTL without calling the integration.`,
      `    cacheClusterEnabled: ${cache},`,
      ...(cache ? [`    cacheClusterSize: ${tsString(String(p['cacheSize'] ?? '0.5'))},`, `    cacheDataEncrypted: true,`] : []),
      `    cachingEnabled: ${cache},`,
      `    cacheTtl: cdk.Duration.seconds(${Number(p['cacheTtlSeconds'] ?? 300)}),`,
      ...(logs
        ? [
            `    accessLogDestination: new apigateway.LogGroupLogDestination(${logGroup}),`,
            `    accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),`,
          ]
        : []),
      `  },`,
      `});`,
    );
    if (logs && owner !== undefined && owner !== node.id) {
      lines.push(`${v}.deploymentStage.node.addDependency(${ctx.v(owner)}.node.findChild('Account'));`);
    }

    const plans = methodsOf(routes);
    if (!plans.length) {
      lines.push(
        `// A deployment needs a method: until an integration is drawn, / answers 200 from API Gateway itself.`,
        `${v}.root.addMethod('GET', new apigateway.MockIntegration({`,
        `  requestTemplates: { 'application/json': '{"statusCode": 200}' },`,
        `  integrationResponses: [{ statusCode: '200', responseTemplates: { 'application/json': '{"message": "no integration yet"}' } }],`,
        `}), { methodResponses: [{ statusCode: '200' }] });`,
      );
    }
    const role = ctx.helperVar(node.id, 'IntegrationRole');
    const tables = new Map<string, string>();
    for (const m of plans) {
      if (m.route.target.kind !== 'dynamodb' || tables.has(m.route.target.id)) continue;
      tables.set(m.route.target.id, `dynamodb:${itemRequest(m.route.target).action}`);
    }
    if (tables.size) {
      ctx.use('iam');
      lines.push(
        `const ${role} = new iam.Role(this, ${tsString(ctx.helperId(node.id, 'IntegrationRole'))}, {`,
        `  assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),`,
        `  description: ${tsString(`Lets API Gateway ${node.id} read the items its routes return`)},`,
        `});`,
        ...[...tables].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, action]) => `${ctx.v(t)}.grant(${role}, ${tsString(action)});`),
      );
    }
    for (const m of plans) lines.push(...method(v, m, cache ? cacheKeysOf(m, header) : [], requestParametersOf(m, header), role, ctx));
    ctx.output(`${ctx.id(node.id)}Url`, `${v}.url`, `Invoke URL of API ${node.id}`);
    return lines;
  },
};

function resourceExpr(api: string, segments: readonly string[]): string {
  return segments.length ? `${api}.root.resourceForPath(${tsString(`/${segments.join('/')}`)})` : `${api}.root`;
}

/** One `addMethod` statement. */
function method(api: string, m: MethodPlan, keys: readonly string[], params: Readonly<Record<string, boolean>>, role: string, ctx: CdkContext): string[] {
  const t: DesignNode = m.route.target;
  const tv = ctx.v(t.id);
  const keyOption = keys.length ? [`cacheKeyParameters: ${tsList(keys)}`] : [];
  const options = Object.keys(params).length ? `, { requestParameters: ${tsMap(params)} }` : '';
  const on = `${resourceExpr(api, m.resource)}.addMethod('${m.verb}'`;
  if (t.kind === 'lambda') {
    return [`${on}, new apigateway.LambdaIntegration(${tv}, { ${['allowTestInvoke: false', ...keyOption].join(', ')} })${options});`];
  }
  if (t.kind === 'alb') {
    const base = m.route.base.length ? `/${m.route.base.join('/')}` : '';
    const uri = `http://\${${tv}.loadBalancerDnsName}${base}${m.pathParameter === 'proxy' ? '/{proxy}' : base ? '' : '/'}`;
    const integration = [
      ...(m.pathParameter === 'proxy' ? [`requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' }`] : []),
      ...keyOption,
    ];
    const extra = integration.length ? `, options: { ${integration.join(', ')} }` : '';
    return [`${on}, new apigateway.HttpIntegration(\`${uri}\`, { httpMethod: '${m.verb}', proxy: true${extra} })${options});`];
  }
  const request = itemRequest(t);
  const template = request.template(`\${${tv}.tableName}`);
  return [
    `${on}, new apigateway.AwsIntegration({`,
    `  service: 'dynamodb',`,
    `  action: '${request.action}',`,
    `  options: {`,
    `    credentialsRole: ${role},`,
    `    requestTemplates: { 'application/json': \`${template}\` },`,
    `    integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '4\\\\d{2}' }, { statusCode: '500', selectionPattern: '5\\\\d{2}' }],`,
    ...(keys.length ? [`    cacheKeyParameters: ${tsList(keys)},`] : []),
    `  },`,
    `}), {`,
    ...(Object.keys(params).length ? [`  requestParameters: ${tsMap(params)},`] : []),
    `  methodResponses: [{ statusCode: '200' }, { statusCode: '400' }, { statusCode: '500' }],`,
    `});`,
  ];
}
