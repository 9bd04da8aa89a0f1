import { q } from '../context';
import type { Rule } from '../types';

export const memcachedSessionStore: Rule = {
  id: 'SC4003',
  family: 'sessions',
  severity: 'warning',
  title: { en: 'Memcached as a session store', ko: '세션 저장소로 쓰는 Memcached' },
  description: {
    en: 'Memcached has no replication and no persistence: when a node fails or is replaced, the sessions on it are gone and those users are logged out. Valkey and Redis OSS replicate to another Availability Zone and fail over.',
    ko: 'Memcached는 복제와 영속성이 없어 노드에 장애가 나거나 교체되면 그 노드의 세션이 사라지고 사용자가 로그아웃됩니다. Valkey와 Redis OSS는 다른 가용 영역으로 복제하고 장애 조치합니다.',
  },
  fix: {
    en: 'Use the Valkey or Redis OSS engine with at least one replica for sessions.',
    ko: '세션 저장소에는 복제본이 1개 이상인 Valkey 또는 Redis OSS 엔진을 사용하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SelectEngine.html',
  *check(ctx) {
    for (const cache of ctx.index.ofKind('elasticache')) {
      if (ctx.prop(cache, 'purpose') !== 'sessions' || ctx.prop(cache, 'engine') !== 'memcached') continue;
      yield {
        message: {
          en: `${q(cache)} stores sessions in Memcached: they are lost when a node fails.`,
          ko: `${q(cache)}은(는) 세션을 Memcached에 저장하므로 노드 장애 시 세션이 유실됩니다.`,
        },
        nodes: [cache.id],
      };
    }
  },
};
