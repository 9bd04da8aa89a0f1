import { q } from '../context';
import type { Rule } from '../types';

export const redisWithoutReplicas: Rule = {
  id: 'SC5005',
  family: 'caching',
  severity: 'warning',
  title: { en: 'Valkey / Redis OSS without replicas', ko: '복제본 없는 Valkey / Redis OSS' },
  description: {
    en: 'Automatic failover with Multi-AZ needs at least one read replica in another Availability Zone. Without one, a node failure empties the cache (and for a session store, logs every user out) until the node is replaced.',
    ko: '다중 AZ 자동 장애 조치에는 다른 가용 영역에 읽기 복제본이 하나 이상 필요합니다. 복제본이 없으면 노드 장애 시 교체될 때까지 캐시가 비고, 세션 저장소라면 모든 사용자가 로그아웃됩니다.',
  },
  fix: { en: 'Set read replicas to 1 or more.', ko: '읽기 복제본을 1개 이상으로 설정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
  *check(ctx) {
    for (const cache of ctx.index.ofKind('elasticache')) {
      const engine = ctx.prop(cache, 'engine');
      if ((engine !== 'redis' && engine !== 'valkey') || ctx.num(cache, 'replicas') !== 0) continue;
      const sessions = ctx.prop(cache, 'purpose') === 'sessions';
      yield {
        message: sessions
          ? {
              en: `${q(cache)} holds sessions on a single node with no replica: no failover.`,
              ko: `${q(cache)}은(는) 복제본 없이 노드 하나에 세션을 저장하므로 장애 조치가 되지 않습니다.`,
            }
          : { en: `${q(cache)} has no replica: no failover.`, ko: `${q(cache)}에 복제본이 없어 장애 조치가 되지 않습니다.` },
        nodes: [cache.id],
      };
    }
  },
};
