import { q } from '../context';
import { sessionStoresOf } from '../helpers';
import type { Rule } from '../types';

export const stickyWithSessionStore: Rule = {
  id: 'SC4002',
  family: 'sessions',
  severity: 'info',
  title: { en: 'Sticky sessions kept beside a session store', ko: '세션 저장소가 있는데 고정 세션 사용' },
  description: {
    en: 'With sessions in ElastiCache any instance can serve any user, so stickiness is no longer needed; keeping it makes load uneven (a busy instance keeps its users) and new instances after a scale-out take only new users.',
    ko: '세션이 ElastiCache에 있으면 어느 인스턴스든 모든 사용자를 처리할 수 있어 고정 세션이 필요 없습니다. 유지하면 부하가 고르게 분산되지 않고, Scale Out 후 새 인스턴스는 새 사용자만 받습니다.',
  },
  fix: { en: 'Turn stickiness off on the load balancer.', ko: '로드 밸런서의 고정 세션을 끄세요.' },
  docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  *check(ctx) {
    for (const alb of ctx.index.ofKind('alb')) {
      if (!ctx.bool(alb, 'stickiness')) continue;
      for (const { edge, target } of ctx.callees(alb)) {
        if (target.kind !== 'asg') continue;
        const stores = sessionStoresOf(ctx, target);
        if (stores.length === 0) continue;
        yield {
          message: {
            en: `${q(target)} keeps sessions in ${stores.map((s) => q(s)).join(', ')}; stickiness on ${q(alb)} is no longer needed.`,
            ko: `${q(target)}은(는) 세션을 ${stores.map((s) => q(s)).join(', ')}에 저장하므로 ${q(alb)}의 고정 세션은 더 이상 필요하지 않습니다.`,
          },
          nodes: [alb.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
