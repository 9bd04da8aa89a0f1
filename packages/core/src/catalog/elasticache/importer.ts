/** ElastiCache read back from a template: Redis OSS / Valkey replication groups and Memcached clusters. */
import { firstGroupId, getPath, setKeyValue, setPath } from '../../import/edit';
import { collectRefs } from '../../import/refs';
import { keyValue, num, rec } from '../../import/values';
import type { Held, ImportFacet } from '../import-facet';

const REPLICATION_GROUP = 'AWS::ElastiCache::ReplicationGroup';

/** Replicas are written the way the template counts nodes. */
function writeReplicas(v: unknown, held: Held): void {
  const n = Number(v);
  const p = rec(held.primary.resource['Properties']);
  if (held.primary.resource['Type'] !== REPLICATION_GROUP) setPath(held.primary, ['NumCacheNodes'], n + 1);
  else if (p['ReplicasPerNodeGroup'] !== undefined) setPath(held.primary, ['ReplicasPerNodeGroup'], n);
  else setPath(held.primary, ['NumCacheClusters'], n + 1);
}

/**
 * The engine: Redis OSS ↔ Valkey rewrites `Engine` and drops `EngineVersion` and the parameter
 * group (they are per engine; ElastiCache picks the current version). Memcached is another resource
 * type: the replication group is replaced by a cache cluster under the same logical id, keeping
 * its node type, subnet group, security groups and tags (a replacement: the cached data is lost).
 */
function writeEngine(v: unknown, held: Held): void {
  const engine = String(v);
  const h = held.primary;
  const p = rec(h.resource['Properties']);
  const isGroup = h.resource['Type'] === REPLICATION_GROUP;
  if (engine !== 'memcached' && isGroup) {
    p['Engine'] = engine;
    delete p['EngineVersion'];
    delete p['CacheParameterGroupName'];
    h.resource['Properties'] = p;
    return;
  }
  if (engine === 'memcached' && !isGroup) return;
  const nodes = isGroup ? Number(p['NumCacheClusters'] ?? Number(p['ReplicasPerNodeGroup'] ?? 0) + 1) || 1 : 1;
  const common = {
    ...(p['CacheNodeType'] !== undefined ? { CacheNodeType: p['CacheNodeType'] } : {}),
    ...(p['CacheSubnetGroupName'] !== undefined ? { CacheSubnetGroupName: p['CacheSubnetGroupName'] } : {}),
    ...(p['Tags'] !== undefined ? { Tags: p['Tags'] } : {}),
  };
  const groups = isGroup ? p['SecurityGroupIds'] : p['VpcSecurityGroupIds'];
  const { Properties: _old, Type: _type, ...attributes } = h.resource;
  h.resource =
    engine === 'memcached'
      ? {
          Type: 'AWS::ElastiCache::CacheCluster',
          ...attributes,
          Properties: {
            Engine: 'memcached',
            NumCacheNodes: nodes,
            AZMode: nodes > 1 ? 'cross-az' : 'single-az',
            Port: 11211,
            ...common,
            ...(groups !== undefined ? { VpcSecurityGroupIds: groups } : {}),
          },
        }
      : {
          Type: REPLICATION_GROUP,
          ...attributes,
          Properties: {
            ReplicationGroupDescription: `${h.id} (${engine === 'valkey' ? 'Valkey' : 'Redis OSS'})`,
            Engine: engine,
            NumCacheClusters: nodes,
            AutomaticFailoverEnabled: nodes > 1,
            MultiAZEnabled: nodes > 1,
            TransitEncryptionEnabled: true,
            AtRestEncryptionEnabled: true,
            Port: 6379,
            ...common,
            ...(groups !== undefined ? { SecurityGroupIds: groups } : {}),
          },
        };
}

export const elasticacheImporter: ImportFacet = {
  claims(r) {
    const engine = r.view['Engine'];
    if (r.type === 'AWS::ElastiCache::ReplicationGroup') return engine === undefined || ['redis', 'valkey'].includes(String(engine).toLowerCase());
    // Only Memcached: the exporter writes Redis OSS / Valkey as a replication group, and a
    // different resource type would be a different resource (other attributes, a replacement).
    if (r.type === 'AWS::ElastiCache::CacheCluster') return String(engine).toLowerCase() === 'memcached';
    return false;
  },
  derived: { 'AWS::ElastiCache::SubnetGroup': [], 'AWS::ElastiCache::ParameterGroup': [] },
  edit: {
    write: {
      engine: writeEngine,
      nodeType: (v, held) => setPath(held.primary, ['CacheNodeType'], v),
      replicas: writeReplicas,
      // What the cache is for lives only in a tag (the template has no other place for it).
      purpose: (v, held) => setKeyValue(held.primary, 'Tags', 'stackcanvas:purpose', String(v)),
    },
    port(held) {
      const port = Number(getPath(held.primary, ['Port']));
      return Number.isInteger(port) && port > 0 ? port : undefined;
    },
    securityGroup: (held) =>
      firstGroupId(getPath(held.primary, [held.primary.resource['Type'] === REPLICATION_GROUP ? 'SecurityGroupIds' : 'VpcSecurityGroupIds']), held),
    network(held) {
      const [group] = collectRefs(getPath(held.primary, ['CacheSubnetGroupName']));
      const subnetGroup = group ? held.get(group) : undefined;
      return { subnets: subnetGroup ? getPath(subnetGroup, ['SubnetIds']) : undefined };
    },
    connectIn: () => true,
  },
  readProps(r, { reader }) {
    const p = r.view;
    const engine = String(p['Engine'] ?? 'redis').toLowerCase();
    reader.set('engine', engine, 'Engine', p['Engine']);
    reader.set('nodeType', p['CacheNodeType'], 'CacheNodeType');
    if (r.type === 'AWS::ElastiCache::ReplicationGroup') {
      const perGroup = num(p['ReplicasPerNodeGroup']);
      const clusters = num(p['NumCacheClusters']);
      const replicas =
        perGroup ?? (clusters !== undefined ? clusters - 1 : p['ReplicasPerNodeGroup'] === undefined && p['NumCacheClusters'] === undefined ? 0 : undefined);
      reader.set(
        'replicas',
        replicas,
        p['ReplicasPerNodeGroup'] !== undefined ? 'ReplicasPerNodeGroup' : 'NumCacheClusters',
        p['ReplicasPerNodeGroup'] ?? p['NumCacheClusters'],
      );
    } else {
      const nodes = num(p['NumCacheNodes']);
      reader.set('replicas', engine === 'memcached' && nodes !== undefined ? nodes - 1 : 0, 'NumCacheNodes', p['NumCacheNodes']);
    }
    const tagged = keyValue(p['Tags'], 'stackcanvas:purpose');
    const text = `${r.id} ${typeof p['ReplicationGroupDescription'] === 'string' ? p['ReplicationGroupDescription'] : ''}`;
    reader.set('purpose', tagged === 'sessions' || tagged === 'cache' ? tagged : /session/i.test(text) ? 'sessions' : 'cache', 'Tags stackcanvas:purpose');
  },
};
