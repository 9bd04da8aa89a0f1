/**
 * ElastiCache → a subnet group in the data subnets and, for Redis OSS / Valkey, a replication
 * group (encryption in transit and at rest, an AUTH token generated in Secrets Manager, automatic
 * failover and Multi-AZ with replicas), or for Memcached a cache cluster (encryption in transit)
 * spread over the Availability Zones. Engine versions pinned (`versions.ts`); node type and
 * replicas per environment (`sizes.ts`).
 */
import { type NodeEmitter, getAtt, names, propString, ref, sub } from '../../cfn/context';
import { perEnvironment } from '../../cfn/environments';
import { acknowledged } from '../../cfn/nag';
import { ELASTICACHE_ACKS } from './nag';
import { elasticachePort } from './reach';
import { elasticacheSizes } from './sizes';
import { authTokenId, ELASTICACHE_VERSIONS, engineOf } from './versions';

export const emitElastiCache: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const engine = engineOf(node.props);
  const sizes = elasticacheSizes(node);
  const replicas = sizes['replicas']!;
  const nodes = { dev: 1 + Number(replicas.dev), stage: 1 + Number(replicas.stage), prod: 1 + Number(replicas.prod) };
  const nodeType = perEnvironment(ctx, `${id}NodeType`, sizes['nodeType']!);
  const purpose = propString(node, 'purpose', 'cache') === 'sessions' ? 'web session store' : 'query cache';
  const port = elasticachePort(engine);
  ctx.add(
    names.subnetGroup(id),
    { Type: 'AWS::ElastiCache::SubnetGroup', Properties: { Description: `${id} subnets`, SubnetIds: ctx.subnetsOf(node.id) } },
    node.id,
  );
  if (engine === 'memcached') {
    ctx.add(
      id,
      {
        Type: 'AWS::ElastiCache::CacheCluster',
        Properties: {
          Engine: 'memcached',
          EngineVersion: ELASTICACHE_VERSIONS.memcached,
          CacheNodeType: nodeType,
          NumCacheNodes: perEnvironment(ctx, `${id}NumCacheNodes`, nodes),
          AZMode: perEnvironment(ctx, `${id}AZMode`, {
            dev: nodes.dev > 1 ? 'cross-az' : 'single-az',
            stage: nodes.stage > 1 ? 'cross-az' : 'single-az',
            prod: nodes.prod > 1 ? 'cross-az' : 'single-az',
          }),
          Port: port,
          TransitEncryptionEnabled: true,
          CacheSubnetGroupName: ref(names.subnetGroup(id)),
          VpcSecurityGroupIds: [ctx.securityGroupId(node.id)],
        },
        Metadata: acknowledged([ELASTICACHE_ACKS.defaultPort(port)]),
      },
      node.id,
    );
    ctx.output(`${id}ConfigurationEndpoint`, {
      Description: `Memcached configuration endpoint of ${id} (TLS, port ${port})`,
      Value: getAtt(id, 'ConfigurationEndpoint.Address'),
    });
    return;
  }
  const secret = authTokenId(id);
  ctx.add(
    secret,
    {
      Type: 'AWS::SecretsManager::Secret',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: AUTH token of the ${engine === 'valkey' ? 'Valkey' : 'Redis OSS'} ${purpose}`),
        // 64 letters and digits: within the AUTH token's 16–128 printable characters, none of the forbidden @ " /.
        GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
      },
      Metadata: acknowledged([ELASTICACHE_ACKS.authTokenRotation]),
    },
    node.id,
  );
  const failover = perEnvironment(ctx, `${id}Failover`, { dev: nodes.dev > 1, stage: nodes.stage > 1, prod: nodes.prod > 1 });
  ctx.add(
    id,
    {
      Type: 'AWS::ElastiCache::ReplicationGroup',
      Properties: {
        ReplicationGroupDescription: `${id} ${purpose} (${engine === 'valkey' ? 'Valkey' : 'Redis OSS'})`,
        Engine: engine,
        EngineVersion: ELASTICACHE_VERSIONS[engine],
        CacheNodeType: nodeType,
        NumCacheClusters: perEnvironment(ctx, `${id}NumCacheClusters`, nodes),
        AutomaticFailoverEnabled: failover,
        MultiAZEnabled: failover,
        TransitEncryptionEnabled: true,
        AtRestEncryptionEnabled: true,
        AuthToken: sub(`{{resolve:secretsmanager:\${${secret}}:SecretString}}`),
        Port: port,
        CacheSubnetGroupName: ref(names.subnetGroup(id)),
        SecurityGroupIds: [ctx.securityGroupId(node.id)],
      },
      Metadata: acknowledged([ELASTICACHE_ACKS.defaultPort(port), ELASTICACHE_ACKS.singleNode(Number(replicas.prod))]),
    },
    node.id,
  );
  ctx.output(`${id}PrimaryEndpoint`, {
    Description: `Primary (read/write) endpoint of ${id}, TLS on port ${port}`,
    Value: getAtt(id, 'PrimaryEndPoint.Address'),
  });
  ctx.output(`${id}ReaderEndpoint`, { Description: `Reader endpoint of ${id}, TLS on port ${port}`, Value: getAtt(id, 'ReaderEndPoint.Address') });
  ctx.output(`${id}AuthTokenSecretArn`, { Description: `Secrets Manager secret holding the AUTH token of ${id}`, Value: ref(secret) });
};
