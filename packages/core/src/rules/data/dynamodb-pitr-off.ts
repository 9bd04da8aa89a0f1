import { q } from '../context';
import type { Rule } from '../types';

export const dynamodbPitrOff: Rule = {
  id: 'SC6003',
  family: 'data',
  severity: 'info',
  title: { en: 'DynamoDB point-in-time recovery off', ko: 'DynamoDB 특정 시점 복구 꺼짐' },
  description: {
    en: 'Point-in-time recovery keeps continuous backups for the last 35 days, so accidental writes or deletes can be rolled back to any second.',
    ko: '특정 시점 복구는 최근 35일 동안 연속 백업을 유지하여 실수로 쓰거나 삭제한 데이터를 원하는 시점으로 되돌릴 수 있게 합니다.',
  },
  fix: { en: 'Turn point-in-time recovery on.', ko: '특정 시점 복구를 켜세요.' },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html',
  *check(ctx) {
    for (const table of ctx.index.ofKind('dynamodb')) {
      if (ctx.prop(table, 'pointInTimeRecovery') !== false) continue;
      yield { message: { en: `${q(table)} has point-in-time recovery off.`, ko: `${q(table)}의 특정 시점 복구가 꺼져 있습니다.` }, nodes: [table.id] };
    }
  },
};
