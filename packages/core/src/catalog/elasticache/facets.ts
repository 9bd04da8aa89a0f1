/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitElastiCache } from './cfn';
import { elasticacheCdk } from './cdk';
import { elasticacheImporter } from './importer';
import { elasticacheReach } from './reach';

const CACHED = { en: 'the cached data (sessions in a session store: users are signed out)', ko: '캐시된 데이터(세션 저장소라면 세션: 사용자가 로그아웃됨)' };

export const facets: KindFacets = {
  cfn: {
    emit: emitElastiCache,
    resources: {
      'AWS::ElastiCache::ReplicationGroup': { primary: true, tags: 'standard', holdsData: CACHED },
      'AWS::ElastiCache::CacheCluster': { primary: true, tags: 'standard', holdsData: CACHED },
      'AWS::ElastiCache::SubnetGroup': { tags: 'standard' },
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
