/** Helpers shared by several rules (not rules themselves). */
import { canConnect, isGeneric, type Kind } from '../catalog/index';
import { pascalCase } from '../cfn/logical-ids';
import type { RuleContext } from './types';
import type { DesignEdge, DesignNode } from '../model/types';

export interface OriginEdge {
  readonly edge: DesignEdge;
  readonly target: DesignNode;
  /** undefined = the default behavior (*). */
  readonly pattern: unknown;
}

/** Per validation (a context is made per design), per distribution: five rules ask. */
const originsMemo = new WeakMap<RuleContext, Map<DesignNode, readonly OriginEdge[]>>();

/**
 * The origins of a distribution: its connections to what can be an origin. References of an
 * imported distribution to other resources (a cache policy, a Lambda@Edge function, a log
 * bucket) are connections to generic resources, not origins.
 */
export function originEdges(ctx: RuleContext, cdn: DesignNode): readonly OriginEdge[] {
  let byCdn = originsMemo.get(ctx);
  if (!byCdn) originsMemo.set(ctx, (byCdn = new Map()));
  let origins = byCdn.get(cdn);
  if (!origins) {
    const list: OriginEdge[] = [];
    for (const { edge, target } of ctx.callees(cdn)) {
      if (!isGeneric(target.kind) && canConnect(cdn.kind, target.kind)) list.push({ edge, target, pattern: edge.props?.['pathPattern'] ?? undefined });
    }
    byCdn.set(cdn, (origins = list));
  }
  return origins;
}

/** Whether `ctx.callees(node)` has an entry (of this kind): the same answer without making the list. */
export function hasCallee(ctx: RuleContext, node: DesignNode, kind?: Kind): boolean {
  for (const edge of ctx.index.outgoing(node.id)) {
    const target = ctx.index.nodes.get(edge.target);
    if (target && (kind === undefined || target.kind === kind)) return true;
  }
  return false;
}

/** Whether `ctx.callers(node)` has an entry (of this kind): the same answer without making the list. */
export function hasCaller(ctx: RuleContext, node: DesignNode, kind?: Kind): boolean {
  for (const edge of ctx.index.incoming(node.id)) {
    const source = ctx.index.nodes.get(edge.source);
    if (source && (kind === undefined || source.kind === kind)) return true;
  }
  return false;
}

/** The nodes at the two ends of every edge, in the order of `design.edges` (undefined where an edge dangles). */
export interface EdgeEnds {
  readonly sources: readonly (DesignNode | undefined)[];
  readonly targets: readonly (DesignNode | undefined)[];
}
const endsMemo = new WeakMap<RuleContext, EdgeEnds>();

/** `ctx.node(edge.source)` and `ctx.node(edge.target)` for every edge, looked up once per validation (three rules walk every edge). */
export function edgeEnds(ctx: RuleContext): EdgeEnds {
  let ends = endsMemo.get(ctx);
  if (!ends) {
    const sources: (DesignNode | undefined)[] = [];
    const targets: (DesignNode | undefined)[] = [];
    for (const edge of ctx.design.edges) {
      sources.push(ctx.node(edge.source));
      targets.push(ctx.node(edge.target));
    }
    endsMemo.set(ctx, (ends = { sources, targets }));
  }
  return ends;
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
 * `logicalIdBase`, with `pascalCase` memoised by text (a label, or an id when the label gives
 * nothing): the app re-validates on every edit while most labels stay the same, opening a file
 * makes new node objects with the same labels, and Unicode normalisation is the costliest step of
 * a 1,000-node validation.
 */
const pascalCache = new Map<string, string>();
function cachedPascalCase(text: string): string {
  let out = pascalCache.get(text);
  if (out === undefined) {
    if (pascalCache.size > 20_000) pascalCache.clear();
    out = pascalCase(text);
    pascalCache.set(text, out);
  }
  return out;
}

/** The same as `logicalIdBase(node)`. */
export function cachedLogicalIdBase(node: Pick<DesignNode, 'id' | 'label'>): string {
  return (node.label !== undefined ? cachedPascalCase(node.label) : '') || cachedPascalCase(node.id);
}
