/**
 * ElastiCache → a subnet group in the private subnets and, for Redis OSS / Valkey, a replication
 * group (encryption in transit and at rest; automatic failover and Multi-AZ with replicas), or for
 * Memcached a cache cluster spread over the Availability Zones.
 */
import { type NodeEmitter, getAtt, names, propNumber, propString, ref } from '../../cfn/context';

export const emitElastiCache: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const engine = propString(node, 'engine', 'redis');
  const replicas = propNumber(node, 'replicas', 1);
  const nodeType = propString(node, 'nodeType', 'cache.t4g.small');
  const purpose = propString(node, 'purpose', 'cache') === 'sessions' ? 'web session store' : 'query cache';
  ctx.add(
    names.subnetGroup(id),
    { Type: 'AWS::ElastiCache::SubnetGroup', Properties: { Description: `${id} subnets`, SubnetIds: ctx.privateSubnets() } },
    node.id,
  );
  if (engine === 'memcached') {
    const nodes = 1 + replicas;
    ctx.add(
      id,
      {
        Type: 'AWS::ElastiCache::CacheCluster',
        Properties: {
          Engine: 'memcached',
          CacheNodeType: nodeType,
          NumCacheNodes: nodes,
          AZMode: nodes > 1 ? 'cross-az' : 'single-az',
          Port: 11211,
          CacheSubnetGroupName: ref(names.subnetGroup(id)),
          VpcSecurityGroupIds: [ctx.securityGroupId(node.id)],
        },
      },
      node.id,
    );
    ctx.output(`${id}ConfigurationEndpoint`, {
      Description: `Memcached configuration endpoint of ${id} (port 11211)`,
      Value: getAtt(id, 'ConfigurationEndpoint.Address'),
    });
    return;
  }
  const failover = replicas >= 1;
  ctx.add(
    id,
    {
      Type: 'AWS::ElastiCache::ReplicationGroup',
      Properties: {
        ReplicationGroupDescription: `${id} ${purpose} (${engine === 'valkey' ? 'Valkey' : 'Redis OSS'})`,
        Engine: engine === 'valkey' ? 'valkey' : 'redis',
        CacheNodeType: nodeType,
        NumCacheClusters: 1 + replicas,
        AutomaticFailoverEnabled: failover,
        MultiAZEnabled: failover,
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        Port: 6379,
        CacheSubnetGroupName: ref(names.subnetGroup(id)),
        SecurityGroupIds: [ctx.securityGroupId(node.id)],
      },
    },
    node.id,
  );
  ctx.output(`${id}PrimaryEndpoint`, { Description: `Primary (read/write) endpoint of ${id}, TLS on port 6379`, Value: getAtt(id, 'PrimaryEndPoint.Address') });
  ctx.output(`${id}ReaderEndpoint`, { Description: `Reader endpoint of ${id}, TLS on port 6379`, Value: getAtt(id, 'ReaderEndPoint.Address') });
};
