import { q } from '../context';
import type { Rule } from '../types';

export const rdsSingleAz: Rule = {
  id: 'SC6001',
  family: 'data',
  severity: 'warning',
  title: { en: 'RDS in a single Availability Zone', ko: '단일 AZ RDS' },
  description: {
    en: 'A Single-AZ DB instance is down during an Availability Zone outage, an instance failure and some maintenance. Multi-AZ keeps a synchronous standby in another zone and fails over to it automatically.',
    ko: '단일 AZ DB 인스턴스는 가용 영역 장애, 인스턴스 장애, 일부 유지 관리 동안 중단됩니다. 다중 AZ는 다른 가용 영역에 동기식 대기 인스턴스를 두고 자동으로 장애 조치합니다.',
  },
  fix: { en: 'Turn Multi-AZ on.', ko: '다중 AZ를 켜세요.' },
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
  *check(ctx) {
    for (const db of ctx.index.ofKind('rds')) {
      if (ctx.prop(db, 'multiAz') !== false) continue;
      yield { message: { en: `${q(db)} runs in a single Availability Zone.`, ko: `${q(db)}이(가) 단일 가용 영역에서 실행됩니다.` }, nodes: [db.id] };
    }
  },
};
