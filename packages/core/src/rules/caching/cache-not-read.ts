import { q } from '../context';
import { hasCaller } from '../helpers';
import type { Rule } from '../types';

export const cacheNotRead: Rule = {
  id: 'SC5004',
  family: 'caching',
  severity: 'warning',
  title: { en: 'Cache no one reads', ko: '아무도 읽지 않는 캐시' },
  description: {
    en: 'A cache only helps when the application reads it (and fills it on a miss); an ElastiCache or DAX cluster no component calls is billed per node-hour for nothing.',
    ko: '캐시는 애플리케이션이 읽고(캐시 미스 시 채워야) 효과가 있습니다. 아무 구성 요소도 호출하지 않는 ElastiCache나 DAX 클러스터는 노드 시간당 비용만 발생합니다.',
  },
  fix: {
    en: 'Connect the Auto Scaling group that should read the cache, or delete the cache.',
    ko: '캐시를 읽어야 할 Auto Scaling 그룹에서 연결하거나 캐시를 삭제하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html',
  *check(ctx) {
    for (const kind of ['elasticache', 'dax'] as const) {
      for (const cache of ctx.index.ofKind(kind)) {
        if (hasCaller(ctx, cache)) continue;
        yield { message: { en: `Nothing reads ${q(cache)}.`, ko: `${q(cache)}을(를) 읽는 구성 요소가 없습니다.` }, nodes: [cache.id] };
      }
    }
  },
};
