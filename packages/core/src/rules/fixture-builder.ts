/**
 * A compact way to write designs for rule fixtures and tests:
 * `design({ cdn: 'cloudfront', alb: ['alb', { stickiness: true }, 'Web ALB'] }, ['cdn>alb', ['cdn>s3', { pathPattern: '/s/*' }]])`.
 * Nodes get the kind's default props (as `parseDesign` normalizes them); edge ids are
 * `<source>-<target>` (then `-2`, `-3` for repeats). Dangling edges are allowed on purpose.
 */
import { catalog, defaultProps, type Kind } from '../catalog/index';
import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type DesignEdge, type DesignNode } from '../model/types';

export type NodeSpec = Kind | readonly [Kind, Readonly<Record<string, unknown>>?, string?];
export type EdgeSpec = string | readonly [string, Readonly<Record<string, unknown>>];

export function design(nodes: Readonly<Record<string, NodeSpec>>, edges: readonly EdgeSpec[] = [], name = 'fixture'): Design {
  const outNodes: DesignNode[] = Object.entries(nodes).map(([id, spec], i) => {
    const [kind, props, label] = typeof spec === 'string' ? [spec as Kind, undefined, undefined] : spec;
    return {
      id,
      kind,
      ...(label !== undefined ? { label } : {}),
      position: { x: i * 200, y: 0 },
      props: { ...defaultProps(catalog[kind].props), ...(props ?? {}) },
    };
  });
  const seen = new Map<string, number>();
  const outEdges: DesignEdge[] = edges.map((spec) => {
    const [path, props] = typeof spec === 'string' ? [spec, {}] : spec;
    const [source = '', target = ''] = path.split('>');
    const base = `${source}-${target}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, source, target, props: { ...props } };
  });
  return { format: DESIGN_FORMAT, version: DESIGN_VERSION, name, nodes: outNodes, edges: outEdges };
}

/** Good and bad designs of one rule: it must fire on every bad one and stay silent on every good one. */
export interface RuleFixtures {
  readonly good: readonly Design[];
  readonly bad: readonly Design[];
}
