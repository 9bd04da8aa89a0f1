import type { Kind } from '../../catalog/index';
import { q } from '../context';
import { edgeEnds } from '../helpers';
import type { Rule } from '../types';

const INTERNET_SIDE: ReadonlySet<Kind> = new Set<Kind>(['cloudfront', 'waf']);
const DATA_STORES: ReadonlySet<Kind> = new Set<Kind>(['elasticache', 'dax', 'rds', 'dynamodb']);

export function isInternetToDataStore(source: Kind, target: Kind): boolean {
  return INTERNET_SIDE.has(source) && DATA_STORES.has(target);
}

/** CloudFront or WAF wired straight to a cache or a database. */
export const dataStoreFromInternet: Rule = {
  id: 'SC1002',
  family: 'connections',
  severity: 'error',
  title: { en: 'Data store reachable from the internet side', ko: '인터넷 쪽에서 접근하는 데이터 저장소' },
  description: {
    en: 'ElastiCache, DAX and RDS live in private subnets and DynamoDB is reached through the AWS API: only your application inside the VPC should talk to them. An edge from CloudFront or WAF would expose a cache or a database to viewers.',
    ko: 'ElastiCache, DAX, RDS는 프라이빗 서브넷에 있고 DynamoDB는 AWS API로 접근합니다. VPC 안의 애플리케이션만 접근해야 하며, CloudFront나 WAF에서 연결하면 캐시나 데이터베이스가 사용자에게 노출됩니다.',
  },
  fix: {
    en: 'Route requests CloudFront → load balancer → Auto Scaling group, and connect the group to the data store.',
    ko: 'CloudFront → 로드 밸런서 → Auto Scaling 그룹 순으로 요청을 보내고, 데이터 저장소는 Auto Scaling 그룹에서 연결하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/accessing-elasticache.html',
  *check(ctx) {
    const { sources, targets } = edgeEnds(ctx);
    for (let i = 0; i < ctx.design.edges.length; i++) {
      const edge = ctx.design.edges[i]!;
      const s = sources[i];
      const t = targets[i];
      if (!s || !t || !isInternetToDataStore(s.kind, t.kind)) continue;
      yield {
        message: {
          en: `${q(t)} is connected from ${q(s)}: a data store must only be reached by the application inside the VPC.`,
          ko: `${q(t)}이(가) ${q(s)}에서 연결되어 있습니다. 데이터 저장소는 VPC 안의 애플리케이션만 접근해야 합니다.`,
        },
        nodes: [s.id, t.id],
        edges: [edge.id],
      };
    }
  },
};
