import { q } from '../context';
import type { Rule } from '../types';

export const dynamodbBypassesDax: Rule = {
  id: 'SC5007',
  family: 'caching',
  severity: 'info',
  title: { en: 'Table read both through DAX and directly', ko: 'DAX와 직접 연결로 함께 읽는 테이블' },
  description: {
    en: 'DAX is API-compatible with DynamoDB and write-through: the application sends reads and writes to DAX. Writes that go straight to the table are not seen by the DAX item cache, which then serves stale items until their TTL expires.',
    ko: 'DAX는 DynamoDB API와 호환되는 write-through 캐시이므로 애플리케이션은 읽기와 쓰기를 모두 DAX로 보냅니다. 테이블에 직접 쓴 내용은 DAX 항목 캐시에 반영되지 않아 TTL이 만료될 때까지 오래된 항목이 반환됩니다.',
  },
  fix: {
    en: 'Send every request for this table through DAX and delete the direct edge.',
    ko: '이 테이블에 대한 모든 요청을 DAX를 거치게 하고 직접 연결을 삭제하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.consistency.html',
  *check(ctx) {
    // The callers that use the DynamoDB API: servers and functions.
    for (const asg of [...ctx.index.ofKind('asg'), ...ctx.index.ofKind('lambda')]) {
      const callees = ctx.callees(asg);
      let viaDax: Set<string> | undefined;
      for (const c of callees) {
        if (c.target.kind !== 'dax') continue;
        for (const d of ctx.callees(c.target)) if (d.target.kind === 'dynamodb') (viaDax ??= new Set()).add(d.target.id);
      }
      if (!viaDax) continue;
      for (const { edge, target } of callees) {
        if (target.kind !== 'dynamodb' || !viaDax.has(target.id)) continue;
        yield {
          message: {
            en: `${q(asg)} reads ${q(target)} through DAX and also directly; direct writes leave stale items in DAX.`,
            ko: `${q(asg)}이(가) ${q(target)}을(를) DAX를 거쳐서도, 직접도 읽습니다. 직접 쓴 내용은 DAX에 오래된 항목을 남깁니다.`,
          },
          nodes: [asg.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
