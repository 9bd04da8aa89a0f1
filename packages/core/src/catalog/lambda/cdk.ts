import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { placeholderCode, uniqueEnvNames } from './handler';
import { callsIntoVpc } from './network';

const RUNTIMES: Readonly<Record<string, string>> = {
  'nodejs24.x': 'NODEJS_24_X',
  'nodejs22.x': 'NODEJS_22_X',
  'python3.14': 'PYTHON_3_14',
  'python3.13': 'PYTHON_3_13',
};

const byId = (a: DesignNode, b: DesignNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Lambda Function (L2): the placeholder handler inline, a log group kept 30 days, the callees'
 * endpoints as environment variables, and in the VPC when the network plan puts it there (CDK then
 * adds the VPC access policy and a security group). Each outgoing edge becomes the callee's grant
 * and security-group opening (`reach.cdk.wire`); a function outside the VPC cannot be given a
 * port on a service that lives inside it (validation reports that design as an error).
 */
export const lambdaCdk: CdkEmitter = {
  phase: 40,
  emit(node, ctx) {
    ctx.use('lambda');
    ctx.use('logs');
    const v = ctx.v(node.id);
    const p = node.props;
    const tier = ctx.vpc.tiers.get(node.id);
    const logGroup = ctx.helperVar(node.id, 'Logs');
    const callees = [
      ...new Map(
        ctx.index
          .outgoing(node.id)
          .map((e) => ctx.index.nodes.get(e.target))
          .filter((t): t is DesignNode => !!t)
          .map((t) => [t.id, t]),
      ).values(),
    ].sort(byId);
    const env = uniqueEnvNames(callees.flatMap((t) => (ctx.facets(t.kind).reach?.cdk?.env(t, ctx) ?? []).map((e) => ({ nodeId: t.id, ...e }))));
    const runtime = String(p['runtime'] ?? 'nodejs24.x');
    const reserved = Number(p['reservedConcurrency'] ?? 0);
    const lines = [
      `const ${logGroup} = new logs.LogGroup(this, ${tsString(ctx.helperId(node.id, 'Logs'))}, {`,
      `  retention: logs.RetentionDays.ONE_MONTH,`,
      `  removalPolicy: cdk.RemovalPolicy.DESTROY,`,
      `});`,
      `const ${v} = new lambda.Function(this, ${tsString(ctx.id(node.id))}, {`,
      `  description: ${tsString(`${node.id}: placeholder handler from Stackcanvas, replace the code`)},`,
      `  runtime: lambda.Runtime.${RUNTIMES[runtime] ?? 'NODEJS_24_X'},`,
      `  architecture: lambda.Architecture.${p['architecture'] === 'x86_64' ? 'X86_64' : 'ARM_64'},`,
      `  handler: 'index.handler',`,
      `  // A placeholder that answers every request with 200 and JSON: replace it with your code.`,
      `  code: lambda.Code.fromInline(${tsString(
        placeholderCode(
          runtime,
          node.id,
          env.map((e) => e.key),
        ),
      )}),`,
      `  memorySize: ${Number(p['memorySize'] ?? 256)},`,
      `  timeout: cdk.Duration.seconds(${Number(p['timeout'] ?? 10)}),`,
      ...(reserved > 0 ? [`  reservedConcurrentExecutions: ${reserved},`] : []),
      `  logGroup: ${logGroup},`,
      `  loggingFormat: lambda.LoggingFormat.JSON,`,
    ];
    if (env.length) lines.push(`  environment: {`, ...env.map((e) => `    ${e.key}: \`${e.template}\`,`), `  },`);
    if (tier) {
      lines.push(
        `  // In the VPC because it calls something that lives there; the callees open their ports to its security group.`,
        `  vpc,`,
        `  vpcSubnets: ${ctx.subnets(tier)},`,
      );
    }
    lines.push(`});`);
    const wiring: string[] = [];
    for (const t of callees) {
      const reach = ctx.facets(t.kind).reach?.cdk;
      if (!reach) continue;
      if (!tier && ctx.vpc.tiers.has(t.id)) {
        wiring.push(`// ${node.id} is outside the VPC and cannot reach ${t.id}, which lives inside it: no grant or port is opened.`);
        continue;
      }
      wiring.push(...reach.wire(v, node.id, t, ctx));
    }
    if (wiring.length) lines.push(`// Least privilege: only the ports and data this function's edges need.`, ...wiring);
    if (!tier && callsIntoVpc(node, ctx.index)) {
      lines.push(`cdk.Annotations.of(${v}).addWarning(${tsString(`${node.id} calls services that live inside the VPC, but its VPC placement is "never"`)});`);
    }
    ctx.output(`${ctx.id(node.id)}FunctionName`, `${v}.functionName`, `Name of function ${node.id}`);
    return lines;
  },
};
