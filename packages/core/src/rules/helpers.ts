/** Helpers shared by several rules (not rules themselves). */
import { canConnect, isGeneric } from '../catalog/index';
import { logicalIdBase } from '../cfn/logical-ids';
import type { RuleContext } from './types';
import type { DesignEdge, DesignNode } from '../model/types';

export interface OriginEdge {
  readonly edge: DesignEdge;
  readonly target: DesignNode;
  /** undefined = the default behavior (*). */
  readonly pattern: unknown;
}

/**
 * The origins of a distribution: its connections to what can be an origin. References of an
 * imported distribution to other resources (a cache policy, a Lambda@Edge function, a log
 * bucket) are connections to generic resources, not origins.
 */
export function originEdges(ctx: RuleContext, cdn: DesignNode): OriginEdge[] {
  return ctx
    .callees(cdn)
    .filter(({ target }) => !isGeneric(target.kind) && canConnect(cdn.kind, target.kind))
    .map(({ edge, target }) => ({ edge, target, pattern: edge.props?.['pathPattern'] ?? undefined }));
}

export const PATH_PATTERN_DOCS =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern';

/** Whether an Auto Scaling group keeps its sessions outside the instances (an ElastiCache session store it calls). */
export function sessionStoresOf(ctx: RuleContext, asg: DesignNode): DesignNode[] {
  return ctx
    .callees(asg)
    .filter((c) => c.target.kind === 'elasticache' && ctx.prop(c.target, 'purpose') === 'sessions')
    .map((c) => c.target);
}

/**
 * `logicalIdBase` memoised by node (an edit makes a new node object) and then by label and id:
 * the app re-validates on every edit while most labels stay the same, and Unicode normalisation
 * is the costliest step of a 1,000-node validation.
 */
const baseByNode = new WeakMap<object, string>();
const baseCache = new Map<string, string>();
export function cachedLogicalIdBase(node: Pick<DesignNode, 'id' | 'label'>): string {
  let base = baseByNode.get(node);
  if (base !== undefined) return base;
  const key = `${node.id}\u0000${node.label ?? '\u0001'}`;
  base = baseCache.get(key);
  if (base === undefined) {
    if (baseCache.size > 20_000) baseCache.clear();
    base = logicalIdBase(node);
    baseCache.set(key, base);
  }
  baseByNode.set(node, base);
  return base;
}
