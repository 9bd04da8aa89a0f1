import { tsString } from '../../cdk/literal';
import type { CdkAcknowledgement, CdkEmitter } from '../../cdk/types';
import type { Acknowledgement } from '../../cfn/nag';
import { ELASTICACHE_ACKS } from './nag';
import { elasticachePort } from './reach';
import { elasticacheSizes } from './sizes';
import { ELASTICACHE_VERSIONS, engineOf } from './versions';

/** Expression of the address clients connect to (primary endpoint, or Memcached's configuration endpoint). */
function elasticacheEndpoint(engine: unknown, v: string): string {
  return engine === 'memcached' ? `${v}.attrConfigurationEndpointAddress` : `${v}.attrPrimaryEndPointAddress`;
}

const ack = (a: Acknowledgement): CdkAcknowledgement => ({ id: tsString(a.id), reason: a.reason });

/**
 * ElastiCache has no L2 construct in aws-cdk-lib: an L1 replication group (Redis OSS / Valkey,
 * encrypted in transit and at rest, an AUTH token from Secrets Manager, Multi-AZ failover when
 * there are replicas) or an L1 Memcached cluster (encrypted in transit), each with its subnet
 * group and a security group that callers open with `connections`. The same versions and sizes as
 * the CloudFormation export (`versions.ts`, `sizes.ts`).
 */
export const elasticacheCdk: CdkEmitter = {
  phase: 20,
  emit(node, ctx) {
    ctx.use('elasticache');
    ctx.use('ec2');
    const p = node.props;
    const v = ctx.v(node.id);
    const id = ctx.id(node.id);
    const engine = engineOf(p);
    const port = elasticachePort(engine);
    const sg = ctx.helperVar(node.id, 'SecurityGroup');
    const subnets = ctx.helperVar(node.id, 'SubnetGroup');
    const sizes = elasticacheSizes(node);
    const nodeType = ctx.size(node.id, 'nodeType', sizes['nodeType']!);
    const replicasExpr = ctx.size(node.id, 'replicas', sizes['replicas']!);
    const lines: string[] = [];
    if (p['purpose'] === 'sessions') {
      lines.push(
        `// Web sessions live here, not on the instances: when Auto Scaling scales in, an instance and`,
        `// every session it held disappear, and ALB sticky sessions cannot bring them back. Any`,
        `// instance can serve any user because the session is read from this shared store.`,
      );
    } else {
      lines.push(
        `// Query/result cache: the application reads here first and goes to the database only on a`,
        `// miss, so heavy, repeated queries stop costing the database time and capacity.`,
      );
    }
    lines.push(
      `const ${sg} = new ec2.SecurityGroup(this, ${tsString(ctx.helperId(node.id, 'SecurityGroup'))}, {`,
      `  vpc,`,
      `  description: ${tsString(`ElastiCache ${node.id}: reachable only from its callers`)},`,
      `  allowAllOutbound: false,`,
      `});`,
      `const ${subnets} = new elasticache.CfnSubnetGroup(this, ${tsString(ctx.helperId(node.id, 'SubnetGroup'))}, {`,
      `  description: ${tsString(`Isolated subnets of ElastiCache ${node.id}`)},`,
      `  subnetIds: vpc.selectSubnets(${ctx.subnets('data')}).subnetIds,`,
      `});`,
    );
    if (engine === 'memcached') {
      const nodes = ctx.helperVar(node.id, 'Nodes');
      lines.push(
        `const ${nodes} = 1 + ${replicasExpr};`,
        `const ${v} = new elasticache.CfnCacheCluster(this, ${tsString(id)}, {`,
        `  engine: 'memcached',`,
        `  engineVersion: ${tsString(ELASTICACHE_VERSIONS.memcached)},`,
        `  cacheNodeType: ${nodeType},`,
        `  numCacheNodes: ${nodes},`,
        `  azMode: ${nodes} > 1 ? 'cross-az' : 'single-az',`,
        `  port: ${port},`,
        `  transitEncryptionEnabled: true,`,
        `  cacheSubnetGroupName: ${subnets}.ref,`,
        `  vpcSecurityGroupIds: [${sg}.securityGroupId],`,
        `});`,
        ctx.acknowledge(v, [ack(ELASTICACHE_ACKS.defaultPort(port))]),
      );
    } else {
      ctx.use('secretsmanager');
      const reps = ctx.helperVar(node.id, 'Replicas');
      const token = ctx.helperVar(node.id, 'AuthToken');
      lines.push(
        `// The AUTH token: generated in Secrets Manager, resolved by CloudFormation at deployment (never in the template).`,
        `const ${token} = new secretsmanager.Secret(this, ${tsString(ctx.helperId(node.id, 'AuthToken'))}, {`,
        `  description: ${tsString(`AUTH token of ElastiCache ${node.id}`)},`,
        `  generateSecretString: { passwordLength: 64, excludePunctuation: true },`,
        `});`,
        ctx.acknowledge(token, [ack(ELASTICACHE_ACKS.authTokenRotation)]),
        `const ${reps} = ${replicasExpr};`,
        `const ${v} = new elasticache.CfnReplicationGroup(this, ${tsString(id)}, {`,
        `  replicationGroupDescription: ${tsString(`${engine === 'valkey' ? 'Valkey' : 'Redis OSS'} ${p['purpose'] === 'sessions' ? 'session store' : 'query cache'} ${node.id}`)},`,
        `  engine: ${tsString(engine)},`,
        `  engineVersion: ${tsString(ELASTICACHE_VERSIONS[engine])},`,
        `  cacheNodeType: ${nodeType},`,
        `  numCacheClusters: 1 + ${reps},`,
        `  automaticFailoverEnabled: ${reps} > 0,`,
        `  multiAzEnabled: ${reps} > 0,`,
        `  port: ${port},`,
        `  transitEncryptionEnabled: true,`,
        `  atRestEncryptionEnabled: true,`,
        `  authToken: ${token}.secretValue.unsafeUnwrap(),`,
        `  cacheSubnetGroupName: ${subnets}.ref,`,
        `  securityGroupIds: [${sg}.securityGroupId],`,
        `});`,
        ctx.acknowledge(v, [ack(ELASTICACHE_ACKS.defaultPort(port)), ack(ELASTICACHE_ACKS.singleNode(Number(sizes['replicas']!.prod)))]),
      );
    }
    ctx.output(`${id}Endpoint`, elasticacheEndpoint(engine, v), `Endpoint of ElastiCache ${node.id}`);
    return lines;
  },
};
