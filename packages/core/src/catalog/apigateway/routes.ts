/**
 * The routes of a REST API, from its outgoing edges: one integration per edge, mounted at the
 * edge's `path`. Shared by both exports, the importer and the validation rules, so they agree on
 * what each edge becomes:
 * - a Lambda function or a load balancer (`proxy`): the base path and everything under it
 *   (`<path>` and `<path>/{proxy+}`), GET and ANY on each (GET is the cached one);
 * - a DynamoDB table (`item`): GET `<path>/{id}`, the item whose partition key is {id}.
 * Two integrations on one base path collide (API Gateway allows one variable child per resource).
 */
import type { DesignIndex } from '../../model/graph';
import type { DesignEdge, DesignNode } from '../../model/types';

export type RouteStyle = 'proxy' | 'item';

export interface Route {
  readonly edge: DesignEdge;
  readonly target: DesignNode;
  readonly style: RouteStyle;
  /** Segments of the base path; empty = the root. */
  readonly base: readonly string[];
}

/** The integration kinds and how each is mounted. */
export const ROUTE_STYLES: Readonly<Record<string, RouteStyle>> = { lambda: 'proxy', alb: 'proxy', dynamodb: 'item' };

/** `/v1/items/` → `['v1', 'items']`; absent, empty or `/` → the root. */
export function pathSegments(path: unknown): string[] {
  return typeof path === 'string' ? path.split('/').filter(Boolean) : [];
}

/** The base path as written in messages and descriptions: `/`, `/items`. */
export function pathText(segments: readonly string[]): string {
  return `/${segments.join('/')}`;
}

/** Every integration edge of an API, ordered by base path, then target id, then edge id. */
export function routesOf(api: DesignNode, index: DesignIndex): Route[] {
  const out: Route[] = [];
  for (const edge of index.outgoing(api.id)) {
    const target = index.nodes.get(edge.target);
    const style = target && ROUTE_STYLES[target.kind];
    if (!target || !style) continue;
    out.push({ edge, target, style, base: pathSegments(edge.props['path']) });
  }
  const key = (r: Route) => `${pathText(r.base)}\u0000${r.target.id}\u0000${r.edge.id}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Routes that share a base path (each group of two or more collides), by base path. */
export function collidingRoutes(routes: readonly Route[]): Map<string, Route[]> {
  const byBase = new Map<string, Route[]>();
  for (const r of routes) {
    const k = pathText(r.base);
    byBase.set(k, [...(byBase.get(k) ?? []), r]);
  }
  for (const [k, group] of byBase) if (group.length < 2) byBase.delete(k);
  return byBase;
}

/** One method the API exposes for a route. */
export interface MethodPlan {
  readonly route: Route;
  /** Full path segments of the resource, `{proxy+}` or `{id}` last for variable ones. */
  readonly resource: readonly string[];
  readonly verb: 'GET' | 'ANY';
  /** Path parameter the method declares (and caches by): `proxy`, `id`, or none. */
  readonly pathParameter?: 'proxy' | 'id';
}

/** The methods of every route, in route order. */
export function methodsOf(routes: readonly Route[]): MethodPlan[] {
  const out: MethodPlan[] = [];
  for (const route of routes) {
    if (route.style === 'item') {
      out.push({ route, resource: [...route.base, '{id}'], verb: 'GET', pathParameter: 'id' });
      continue;
    }
    for (const [resource, pathParameter] of [
      [route.base, undefined],
      [[...route.base, '{proxy+}'], 'proxy'],
    ] as const) {
      for (const verb of ['GET', 'ANY'] as const) out.push({ route, resource, verb, ...(pathParameter ? { pathParameter } : {}) });
    }
  }
  return out;
}
