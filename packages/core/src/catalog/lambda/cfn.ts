/**
 * Lambda → an execution role whose policy grants only what the edges imply (each callee's
 * `reach.iam`), its log group (30 days), and the function with a placeholder inline handler,
 * the endpoints of its callees as environment variables (`reach.env`) and, when the network plan
 * puts it in the VPC, the private subnets and its security group (the callees open their ports to
 * it) with the managed policy for VPC access; outside the VPC only the basic execution policy.
 */
import { type CfnObject, type EmitContext, type NodeEmitter, assumeRoleBy, getAtt, policyDocument, propNumber, propString, ref, sub } from '../../cfn/context';
import type { DesignNode } from '../../model/types';
import { placeholderCode, uniqueEnvNames } from './handler';
import { placementOf } from './network';

/** Logical ids of what a function node derives: `<Base>ExecutionRole`, `<Base>LogGroup`. */
export const lambdaNames = {
  role: (base: string) => `${base}ExecutionRole`,
  logGroup: (base: string) => `${base}LogGroup`,
} as const;

/** Tag that keeps the `vpc` prop (automatic placement is not visible in the template otherwise). */
export const VPC_PLACEMENT_TAG = 'stackcanvas:vpc';

export const BASIC_EXECUTION_POLICY = 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
export const VPC_ACCESS_POLICY = 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole';

/** The callees' environment variables, named `<CALLEE>_<NAME>`, in the callees' logical-id order. */
export function environmentOf(node: DesignNode, ctx: EmitContext): { key: string; value: unknown }[] {
  const vars = ctx
    .calleesOf(node.id)
    .flatMap(({ node: t }) => (ctx.facets(t.kind).reach?.env?.(t, ctx) ?? []).map((e) => ({ nodeId: t.id, name: e.name, value: e.value })));
  // One variable per callee node and name, whatever the number of edges to it.
  const seen = new Set<string>();
  const distinct = vars.filter((v) => {
    const k = `${v.nodeId}\u0000${v.name}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return uniqueEnvNames(distinct).map(({ key, value }) => ({ key, value }));
}

export const emitLambda: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const inVpc = ctx.isInVpc(node);
  const seenCallees = new Set<string>();
  const statements: CfnObject[] = [];
  for (const { node: t } of ctx.calleesOf(node.id)) {
    if (seenCallees.has(t.id)) continue;
    seenCallees.add(t.id);
    statements.push(...(ctx.facets(t.kind).reach?.iam?.(t, ctx) ?? []));
  }
  ctx.add(
    lambdaNames.role(id),
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: runs the function, only what the design's connections need`),
        AssumeRolePolicyDocument: assumeRoleBy('lambda.amazonaws.com'),
        // In the VPC the function creates network interfaces in its subnets: the VPC access policy (which includes logging).
        ManagedPolicyArns: [sub(inVpc ? VPC_ACCESS_POLICY : BASIC_EXECUTION_POLICY)],
        ...(statements.length ? { Policies: [{ PolicyName: 'Connections', PolicyDocument: policyDocument(statements) }] } : {}),
      },
    },
    node.id,
  );
  ctx.add(lambdaNames.logGroup(id), { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } }, node.id);
  const env = environmentOf(node, ctx);
  const runtime = propString(node, 'runtime', 'nodejs24.x');
  const reserved = propNumber(node, 'reservedConcurrency', 0);
  ctx.add(
    id,
    {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Description: `${id}: placeholder handler from Stackcanvas, replace the code`,
        Runtime: runtime,
        Architectures: [propString(node, 'architecture', 'arm64')],
        Handler: 'index.handler',
        Code: {
          ZipFile: placeholderCode(
            runtime,
            node.id,
            env.map((e) => e.key),
          ),
        },
        MemorySize: propNumber(node, 'memorySize', 256),
        Timeout: propNumber(node, 'timeout', 10),
        ...(reserved > 0 ? { ReservedConcurrentExecutions: reserved } : {}),
        Role: getAtt(lambdaNames.role(id), 'Arn'),
        LoggingConfig: { LogGroup: ref(lambdaNames.logGroup(id)), LogFormat: 'JSON' },
        ...(env.length ? { Environment: { Variables: Object.fromEntries(env.map((e) => [e.key, e.value])) } } : {}),
        ...(inVpc ? { VpcConfig: { SubnetIds: ctx.privateSubnets(), SecurityGroupIds: [ctx.securityGroupId(node.id)] } } : {}),
        Tags: [{ Key: VPC_PLACEMENT_TAG, Value: placementOf(node) }],
      },
    },
    node.id,
  );
  ctx.output(`${id}FunctionName`, { Description: `Name of the ${id} function`, Value: ref(id) });
};
