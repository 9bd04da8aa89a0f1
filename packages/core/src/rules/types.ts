/**
 * Types of the rule engine. One rule per file under `rules/<family>/`, registered in the literal
 * list of `rules/index.ts`; `docs/rules.md` is generated from this metadata.
 *
 * Rule ids are stable, like cfn-lint's: `SC` + a family digit + three digits.
 * 1xxx connections, 2xxx edge (CloudFront, WAF), 3xxx load balancing & compute, 4xxx sessions,
 * 5xxx caching, 6xxx data & security. An id is never reused, even when a rule is retired.
 */
import type { I18n } from '../catalog/types';
import type { DesignIndex } from '../model/graph';
import type { Design, DesignEdge, DesignNode } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleFamily = 'connections' | 'edge' | 'compute' | 'sessions' | 'caching' | 'data';

export const FAMILIES: readonly { id: RuleFamily; digit: string; name: I18n }[] = [
  { id: 'connections', digit: '1', name: { en: 'Connections', ko: '연결' } },
  { id: 'edge', digit: '2', name: { en: 'Edge (CloudFront, WAF)', ko: '엣지 (CloudFront, WAF)' } },
  { id: 'compute', digit: '3', name: { en: 'Load balancing & compute', ko: '로드 밸런싱 & 컴퓨팅' } },
  { id: 'sessions', digit: '4', name: { en: 'Web sessions', ko: '웹 세션' } },
  { id: 'caching', digit: '5', name: { en: 'Caching', ko: '캐싱' } },
  { id: 'data', digit: '6', name: { en: 'Data & security', ko: '데이터 & 보안' } },
];

/** What a rule is, independent of any design: the source of `docs/rules.md`. */
export interface RuleMeta {
  /** Stable id, e.g. `SC4001`. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly severity: Severity;
  readonly title: I18n;
  /** Why it matters, in a sentence or two. */
  readonly description: I18n;
  /** What to do about it. */
  readonly fix: I18n;
  /** The AWS documentation page the rule is grounded in. */
  readonly docsUrl: string;
}

/** One problem a rule found: what, and where. */
export interface Finding {
  readonly message: I18n;
  readonly nodes?: readonly string[];
  readonly edges?: readonly string[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): Iterable<Finding>;
}

/** One precise problem in a design, as the panel, the badges and the CLI show it. */
export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: I18n;
  /** Node ids it points at, sorted. */
  readonly nodes: readonly string[];
  /** Edge ids it points at, sorted. */
  readonly edges: readonly string[];
  readonly title: I18n;
  readonly fix: I18n;
  readonly docsUrl: string;
}

/** What every rule receives: the design, its index (built once) and total helpers. */
export interface RuleContext {
  readonly design: Design;
  readonly index: DesignIndex;
  /** The node with this id, or undefined (edges of in-memory designs may dangle). */
  node(id: string): DesignNode | undefined;
  /** A prop's value, or the catalog default when absent (in-memory designs may lack props). */
  prop(node: DesignNode, name: string): unknown;
  num(node: DesignNode, name: string): number;
  bool(node: DesignNode, name: string): boolean;
  /** Edges leaving `node` whose target exists, with that target. */
  callees(node: DesignNode): readonly { readonly edge: DesignEdge; readonly target: DesignNode }[];
  /** Edges entering `node` whose source exists, with that source. */
  callers(node: DesignNode): readonly { readonly edge: DesignEdge; readonly source: DesignNode }[];
}
