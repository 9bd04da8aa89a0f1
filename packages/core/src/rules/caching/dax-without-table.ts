import { q } from '../context';
import type { Rule } from '../types';

export const daxWithoutTable: Rule = {
  id: 'SC5001',
  family: 'caching',
  severity: 'error',
  title: { en: 'DAX not connected to DynamoDB', ko: 'DynamoDB에 연결되지 않은 DAX' },
  description: {
    en: 'DAX is a read-through, write-through cache in front of DynamoDB tables: it has nothing to cache and its IAM role nothing to allow unless it is connected to a table.',
    ko: 'DAX는 DynamoDB 테이블 앞의 읽기/쓰기 통과(read-through / write-through) 캐시입니다. 테이블에 연결되지 않으면 캐싱할 데이터도, IAM 역할이 허용할 대상도 없습니다.',
  },
  fix: { en: 'Connect the DAX cluster to the DynamoDB table it accelerates.', ko: 'DAX 클러스터를 가속할 DynamoDB 테이블에 연결하세요.' },
  docsUrl: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.concepts.html',
  *check(ctx) {
    for (const dax of ctx.index.ofKind('dax')) {
      // An imported cluster's tables are named in its template (its role's policy), perhaps of another stack: it deploys as written.
      if (dax.imported || ctx.callees(dax).some((c) => c.target.kind === 'dynamodb')) continue;
      yield {
        message: { en: `${q(dax)} is not connected to a DynamoDB table.`, ko: `${q(dax)}이(가) DynamoDB 테이블에 연결되어 있지 않습니다.` },
        nodes: [dax.id],
      };
    }
  },
};
