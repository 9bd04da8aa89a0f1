import { q } from '../context';
import type { Rule } from '../types';

export const asgSizeOrder: Rule = {
  id: 'SC3002',
  family: 'compute',
  severity: 'error',
  title: { en: 'Auto Scaling sizes out of order', ko: 'Auto Scaling 크기 순서 오류' },
  description: {
    en: 'An Auto Scaling group needs minimum ≤ desired capacity ≤ maximum; CloudFormation fails to create or update a group whose desired capacity lies outside its limits.',
    ko: 'Auto Scaling 그룹은 최소 크기 ≤ 원하는 용량 ≤ 최대 크기여야 합니다. 원하는 용량이 범위를 벗어나면 CloudFormation이 그룹을 생성하거나 업데이트하지 못합니다.',
  },
  fix: { en: 'Set the sizes so that minimum ≤ desired ≤ maximum.', ko: '최소 ≤ 원하는 용량 ≤ 최대가 되도록 크기를 조정하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html',
  *check(ctx) {
    for (const asg of ctx.index.ofKind('asg')) {
      const min = ctx.num(asg, 'minSize');
      const desired = ctx.num(asg, 'desiredCapacity');
      const max = ctx.num(asg, 'maxSize');
      if ([min, desired, max].some((v) => !Number.isFinite(v))) continue;
      if (min <= desired && desired <= max) continue;
      yield {
        message: {
          en: `${q(asg)}: minimum ${min}, desired ${desired}, maximum ${max} — need minimum ≤ desired ≤ maximum.`,
          ko: `${q(asg)}: 최소 ${min}, 원하는 용량 ${desired}, 최대 ${max} — 최소 ≤ 원하는 용량 ≤ 최대여야 합니다.`,
        },
        nodes: [asg.id],
      };
    }
  },
};
