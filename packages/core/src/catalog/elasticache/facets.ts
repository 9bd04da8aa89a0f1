/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitElastiCache } from './cfn';
import { elasticacheCdk } from './cdk';
import { elasticacheImporter } from './importer';
import { elasticacheReach } from './reach';

/**
 * What replacing or removing a cache loses. Redis OSS / Valkey can keep a snapshot (DeletionPolicy
 * Snapshot, the CloudFormation DeletionPolicy page); Memcached has no backups.
 */
const CACHED = {
  en: 'cache',
  ko: '캐시',
  dataEn: 'the cached data (for a session store: every session)',
  dataKo: '캐시된 데이터(세션 저장소라면 모든 세션)',
  snapshot: (properties: Readonly<Record<string, unknown>>) => String(properties['Engine'] ?? 'redis').toLowerCase() !== 'memcached',
};

export const facets: KindFacets = {
  cfn: {
    emit: emitElastiCache,
    resources: {
      'AWS::ElastiCache::ReplicationGroup': { primary: true, tags: 'standard', holdsData: CACHED },
      'AWS::ElastiCache::CacheCluster': { primary: true, tags: 'standard', holdsData: CACHED },
      'AWS::ElastiCache::SubnetGroup': { tags: 'standard' },
      'AWS::SecretsManager::Secret': { tags: 'standard' },
    },
  },
  cdk: {
    ...elasticacheCdk,
    idSuffix: 'Cache',
    primaryResources: (n) => [n.props['engine'] === 'memcached' ? 'AWS::ElastiCache::CacheCluster' : 'AWS::ElastiCache::ReplicationGroup'],
  },
  importer: elasticacheImporter,
  reach: elasticacheReach,
};
