import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

/** Expression of the address clients connect to (primary endpoint, or Memcached's configuration endpoint). */
function elasticacheEndpoint(engine: unknown, v: string): string {
  return engine === 'memcached' ? `${v}.attrConfigurationEndpointAddress` : `${v}.attrPrimaryEndPointAddress`;
}

/**
 * ElastiCache has no L2 construct in aws-cdk-lib: an L1 replication group (Redis OSS / Valkey,
 * encrypted in transit and at rest, Multi-AZ failover when there are replicas) or an L1 Memcached
 * cluster, each with its subnet group and a security group that callers open with `connections`.
 */
export const elasticacheCdk: CdkEmitter = {
  phase: 20,
  emit(node, ctx) {
    ctx.use('elasticache');
    ctx.use('ec2');
    const p = node.props;
    const v = ctx.v(node.id);
    const id = ctx.id(node.id);
    const engine = p['engine'] === 'memcached' ? 'memcached' : p['engine'] === 'valkey' ? 'valkey' : 'redis';
    const sg = ctx.helperVar(node.id, 'SecurityGroup');
    const subnets = ctx.helperVar(node.id, 'SubnetGroup');
    const replicas = Number(p['replicas'] ?? 1);
    const nodeType = ctx.size(node.id, 'nodeType', {
      doc: 'Cache node type.',
      prod: String(p['nodeType'] ?? 'cache.t4g.small'),
      stage: String(p['nodeType'] ?? 'cache.t4g.small'),
      dev: 'cache.t4g.micro',
    });
    const replicasExpr = ctx.size(node.id, 'replicas', {
      doc:
        engine === 'memcached'
          ? 'Extra Memcached nodes (nodes = 1 + replicas).'
          : 'Read replicas; one or more gives automatic failover across Availability Zones.',
      prod: replicas,
      stage: replicas,
      dev: 0,
    });
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
        `  engineVersion: '1.6.22',`,
        `  cacheNodeType: ${nodeType},`,
        `  numCacheNodes: ${nodes},`,
        `  azMode: ${nodes} > 1 ? 'cross-az' : 'single-az',`,
        `  port: 11211,`,
        `  transitEncryptionEnabled: true,`,
        `  cacheSubnetGroupName: ${subnets}.ref,`,
        `  vpcSecurityGroupIds: [${sg}.securityGroupId],`,
        `});`,
      );
    } else {
      const reps = ctx.helperVar(node.id, 'Replicas');
      lines.push(
        `const ${reps} = ${replicasExpr};`,
        `const ${v} = new elasticache.CfnReplicationGroup(this, ${tsString(id)}, {`,
        `  replicationGroupDescription: ${tsString(`${engine === 'valkey' ? 'Valkey' : 'Redis OSS'} ${p['purpose'] === 'sessions' ? 'session store' : 'query cache'} ${node.id}`)},`,
        `  engine: ${tsString(engine)},`,
        `  engineVersion: ${tsString(engine === 'valkey' ? '8.0' : '7.1')},`,
        `  cacheNodeType: ${nodeType},`,
        `  numCacheClusters: 1 + ${reps},`,
        `  automaticFailoverEnabled: ${reps} > 0,`,
        `  multiAzEnabled: ${reps} > 0,`,
        `  port: 6379,`,
        `  transitEncryptionEnabled: true,`,
        `  atRestEncryptionEnabled: true,`,
        `  cacheSubnetGroupName: ${subnets}.ref,`,
        `  securityGroupIds: [${sg}.securityGroupId],`,
        `});`,
      );
    }
    ctx.output(`${id}Endpoint`, elasticacheEndpoint(engine, v), `Endpoint of ElastiCache ${node.id}`);
    return lines;
  },
};
