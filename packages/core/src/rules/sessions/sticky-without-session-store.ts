import { q } from '../context';
import { sessionStoresOf } from '../helpers';
import type { Rule } from '../types';

/** The course chapter's scenario: sticky sessions break when Auto Scaling scales in. */
export const stickyWithoutSessionStore: Rule = {
  id: 'SC4001',
  family: 'sessions',
  severity: 'warning',
  title: { en: 'Sticky sessions without a session store', ko: '세션 저장소 없는 고정 세션(Sticky Session)' },
  description: {
    en: 'Sticky sessions pin each user to one instance, so the session lives on that instance. When Auto Scaling scales in (or an instance fails) those users lose their sessions and are logged out; when it scales out, new instances get no existing users. Keep sessions in an external store instead.',
    ko: 'ALB의 Sticky Session(고정 세션)은 사용자를 특정 서버로 전달하므로 세션이 그 인스턴스에만 있습니다. Auto Scaling으로 Scale In 하거나 인스턴스에 장애가 나면 세션이 유실되고, Scale Out 해도 기존 사용자는 새 인스턴스로 분산되지 않습니다. 사용자의 세션 정보를 서버가 아닌 외부 저장 공간에 캐싱하세요.',
  },
  fix: {
    en: 'Add an ElastiCache node with purpose “Web session store”, connect the Auto Scaling group to it, and turn stickiness off.',
    ko: '용도가 “웹 세션 저장소”인 ElastiCache를 추가하고 Auto Scaling 그룹에서 연결한 뒤 고정 세션을 끄세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
  *check(ctx) {
    for (const alb of ctx.index.ofKind('alb')) {
      if (!ctx.bool(alb, 'stickiness')) continue;
      for (const { edge, target } of ctx.callees(alb)) {
        if (target.kind !== 'asg' || sessionStoresOf(ctx, target).length > 0) continue;
        yield {
          message: {
            en: `${q(alb)} uses sticky sessions in front of ${q(target)}, which keeps sessions on its instances: they are lost on scale-in. Keep sessions in ElastiCache.`,
            ko: `${q(alb)}이(가) ${q(target)} 앞에서 고정 세션을 사용하여 세션이 인스턴스에 저장됩니다. Scale In 시 세션이 유실되므로 세션은 ElastiCache에 저장하세요.`,
          },
          nodes: [alb.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
