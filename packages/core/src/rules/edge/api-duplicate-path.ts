import { collidingRoutes, routesOf } from '../../catalog/apigateway/routes';
import { q } from '../context';
import type { Rule } from '../types';

/** Two integrations of one REST API mounted at the same path (absent = the root). */
export const apiDuplicatePath: Rule = {
  id: 'SC2010',
  family: 'edge',
  severity: 'error',
  title: { en: 'API integrations share a path', ko: '같은 경로를 쓰는 API 통합' },
  description: {
    en: 'Each integration of an API Gateway REST API answers its own path and everything under it. Two on one path would need two methods on the same resource (or two path variables under one parent), which API Gateway refuses. An edge without a path is mounted at the root (/).',
    ko: 'API Gateway REST API의 통합은 각자의 경로와 그 아래 경로에 응답합니다. 같은 경로의 두 통합은 같은 리소스에 메서드 두 개(또는 한 부모 아래 경로 변수 두 개)가 필요하므로 API Gateway가 거부합니다. 경로가 없는 연결은 루트(/)에 연결됩니다.',
  },
  fix: {
    en: 'Give each edge out of the API its own path, e.g. /orders and /products.',
    ko: 'API에서 나가는 연결마다 /orders, /products처럼 다른 경로를 지정하세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-request.html',
  *check(ctx) {
    for (const api of ctx.index.ofKind('apigateway')) {
      for (const [path, group] of collidingRoutes(routesOf(api, ctx.index))) {
        yield {
          message: {
            en: `${q(api)} has ${group.length} integrations on ${path}.`,
            ko: `${q(api)}에 경로 ${path}의 통합이 ${group.length}개 있습니다.`,
          },
          nodes: [api.id, ...new Set(group.map((r) => r.target.id))],
          edges: group.map((r) => r.edge.id),
        };
      }
    }
  },
};
