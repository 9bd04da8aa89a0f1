import { q } from '../context';
import type { Rule } from '../types';

/**
 * A Lambda function connecting to RDS directly. The catalog has no connection pool component
 * (RDS Proxy) to draw in between yet, so every such edge is reported.
 */
export const lambdaRdsWithoutProxy: Rule = {
  id: 'SC3005',
  family: 'compute',
  severity: 'warning',
  title: { en: 'Lambda connects to RDS without a connection pool', ko: '연결 풀 없이 RDS에 연결하는 Lambda' },
  description: {
    en: 'Each concurrent execution environment of a function opens its own database connections. When the function scales out (up to 1,000 concurrent executions by default), the connections storm the database and exhaust its max_connections; RDS Proxy pools and shares them.',
    ko: '함수의 동시 실행 환경마다 자체 데이터베이스 연결을 엽니다. 함수가 Scale Out 하면(기본 최대 동시 실행 1,000) 연결이 한꺼번에 몰려 데이터베이스의 max_connections를 소진합니다. RDS Proxy가 연결을 풀링해 공유합니다.',
  },
  fix: {
    en: 'Put RDS Proxy between the function and the database (connect with IAM authentication), and cap the function with reserved concurrency.',
    ko: '함수와 데이터베이스 사이에 RDS Proxy를 두고(IAM 인증으로 연결), 예약된 동시성으로 함수의 상한을 정하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
  *check(ctx) {
    for (const fn of ctx.index.ofKind('lambda')) {
      for (const { edge, target } of ctx.callees(fn)) {
        if (target.kind !== 'rds') continue;
        yield {
          message: {
            en: `${q(fn)} opens connections to ${q(target)} from every concurrent execution: scale-out can exhaust its connections; use RDS Proxy.`,
            ko: `${q(fn)}이(가) 동시 실행마다 ${q(target)}에 연결을 엽니다. Scale Out 시 연결이 소진될 수 있으니 RDS Proxy를 사용하세요.`,
          },
          nodes: [fn.id, target.id],
          edges: [edge.id],
        };
      }
    }
  },
};
