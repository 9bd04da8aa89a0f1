import { q } from '../context';
import type { Rule } from '../types';

export const rdsWithoutCache: Rule = {
  id: 'SC5006',
  family: 'caching',
  severity: 'info',
  title: { en: 'Database read with no cache in front', ko: '캐시 없이 읽는 데이터베이스' },
  description: {
    en: 'When heavy, repeated queries make database responses slow, or many requests exhaust its capacity, caching query results in ElastiCache (lazy loading: read the cache, query the database on a miss) takes that load off the database.',
    ko: '무겁고 반복되는 쿼리로 데이터베이스 응답 시간이 길어지거나, 대규모 요청으로 처리 용량이 부족한 경우 ElastiCache에 쿼리 결과를 캐싱하면(지연 로딩: 캐시를 먼저 읽고 미스 시 데이터베이스 조회) 데이터베이스 부하를 줄일 수 있습니다.',
  },
  fix: {
    en: 'Add an ElastiCache node with purpose “Query / result cache” and connect the Auto Scaling group to it.',
    ko: '용도가 “쿼리 / 결과 캐시”인 ElastiCache를 추가하고 Auto Scaling 그룹에서 연결하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html',
  *check(ctx) {
    for (const db of ctx.index.ofKind('rds')) {
      const readers = ctx.callers(db).filter((c) => c.source.kind === 'asg');
      if (readers.length === 0) continue;
      const cached = readers.some((r) => ctx.callees(r.source).some((c) => c.target.kind === 'elasticache' && ctx.prop(c.target, 'purpose') !== 'sessions'));
      if (cached) continue;
      yield {
        message: {
          en: `${readers.map((r) => q(r.source)).join(', ')} query ${q(db)} with no cache in front; consider caching results in ElastiCache.`,
          ko: `${readers.map((r) => q(r.source)).join(', ')}이(가) 캐시 없이 ${q(db)}을(를) 조회합니다. ElastiCache에 결과 캐싱을 고려하세요.`,
        },
        nodes: [db.id, ...readers.map((r) => r.source.id)],
        edges: readers.map((r) => r.edge.id),
      };
    }
  },
};
