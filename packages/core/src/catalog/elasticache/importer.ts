/** ElastiCache read back from a template: Redis OSS / Valkey replication groups and Memcached clusters. */
import { keyValue, num } from '../../import/values';
import type { ImportFacet } from '../import-facet';

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
