/**
 * Topology validation: `validate(design) → Diagnostic[]`, pure and deterministic.
 *
 * One rule per file under `rules/<family>/`, listed here (a test fails when a rule file is not
 * registered or an id repeats). Ids: `SC` + family digit + three digits (see `types.ts`);
 * `docs/rules.md` is generated from this list by `scripts/gen-rules-doc.ts`.
 */
import type { Design } from '../model/types';
import { apiCachePerUser } from './caching/api-cache-per-user';
import { cacheNotRead } from './caching/cache-not-read';
import { daxSingleNode } from './caching/dax-single-node';
import { daxTooManyNodes } from './caching/dax-too-many-nodes';
import { dataStoreOverCapacity } from './caching/data-store-over-capacity';
import { daxWithoutTable } from './caching/dax-without-table';
import { dynamodbBypassesDax } from './caching/dynamodb-bypasses-dax';
import { rdsWithoutCache } from './caching/rds-without-cache';
import { redisWithoutReplicas } from './caching/redis-without-replicas';
import { albNoTargets } from './compute/alb-no-targets';
import { asgNoLoadBalancer } from './compute/asg-no-load-balancer';
import { asgSingleInstance } from './compute/asg-single-instance';
import { asgSizeOrder } from './compute/asg-size-order';
import { lambdaRdsWithoutProxy } from './compute/lambda-rds-without-proxy';
import { apiInternalAlb } from './connections/api-internal-alb';
import { cycle } from './connections/cycle';
import { danglingEdge } from './connections/dangling-edge';
import { dataStoreFromInternet } from './connections/data-store-from-internet';
import { duplicateEdge } from './connections/duplicate-edge';
import { duplicateId } from './connections/duplicate-id';
import { forbiddenConnection } from './connections/forbidden-connection';
import { lambdaOutsideVpc } from './connections/lambda-outside-vpc';
import { orphanNode } from './connections/orphan-node';
import { createContext } from './context';
import { dynamodbPitrOff } from './data/dynamodb-pitr-off';
import { labelWithoutLogicalId } from './data/label-without-logical-id';
import { logicalIdCollision } from './data/logical-id-collision';
import { rdsBackupsOff } from './data/rds-backups-off';
import { rdsSingleAz } from './data/rds-single-az';
import { s3OriginWithoutOac } from './data/s3-origin-without-oac';
import { apiDuplicatePath } from './edge/api-duplicate-path';
import { cloudfrontMultipleDefaults } from './edge/cloudfront-multiple-defaults';
import { cloudfrontNoDefault } from './edge/cloudfront-no-default';
import { cloudfrontNoOrigin } from './edge/cloudfront-no-origin';
import { duplicatePathPattern } from './edge/duplicate-path-pattern';
import { internalAlbOrigin } from './edge/internal-alb-origin';
import { malformedPathPattern } from './edge/malformed-path-pattern';
import { wafCloudfrontScope } from './edge/waf-cloudfront-scope';
import { wafMixedScope } from './edge/waf-mixed-scope';
import { wafProtectsNothing } from './edge/waf-protects-nothing';
import { wafSharedTarget } from './edge/waf-shared-target';
import { memcachedSessionStore } from './sessions/memcached-session-store';
import { stickyWithSessionStore } from './sessions/sticky-with-session-store';
import { stickyWithoutSessionStore } from './sessions/sticky-without-session-store';
import type { Diagnostic, Rule, Severity } from './types';

export * from './types';
export { pathPatternProblem } from './edge/malformed-path-pattern';
export { createValidationMemo, type ValidationMemo } from './memo';

/** Every rule, in id order. */
export const RULES: readonly Rule[] = [
  forbiddenConnection,
  dataStoreFromInternet,
  danglingEdge,
  duplicateEdge,
  cycle,
  orphanNode,
  duplicateId,
  lambdaOutsideVpc,
  apiInternalAlb,
  cloudfrontNoOrigin,
  cloudfrontMultipleDefaults,
  cloudfrontNoDefault,
  duplicatePathPattern,
  malformedPathPattern,
  internalAlbOrigin,
  wafCloudfrontScope,
  wafProtectsNothing,
  wafSharedTarget,
  wafMixedScope,
  apiDuplicatePath,
  albNoTargets,
  asgSizeOrder,
  asgSingleInstance,
  asgNoLoadBalancer,
  lambdaRdsWithoutProxy,
  stickyWithoutSessionStore,
  stickyWithSessionStore,
  memcachedSessionStore,
  daxWithoutTable,
  daxSingleNode,
  daxTooManyNodes,
  cacheNotRead,
  redisWithoutReplicas,
  rdsWithoutCache,
  dynamodbBypassesDax,
  dataStoreOverCapacity,
  apiCachePerUser,
  rdsSingleAz,
  rdsBackupsOff,
  dynamodbPitrOff,
  s3OriginWithoutOac,
  logicalIdCollision,
  labelWithoutLogicalId,
];

const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return RULE_BY_ID.get(id);
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors first, then warnings, then info; within a severity by rule id, then by what they point at. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    cmp(a.rule, b.rule) ||
    cmp(a.nodes.join('\n'), b.nodes.join('\n')) ||
    cmp(a.edges.join('\n'), b.edges.join('\n')) ||
    cmp(a.message.en, b.message.en)
  );
}

/** A finding's ids: deduplicated and sorted (most findings name one or two). */
function idList(ids: readonly string[] | undefined): string[] {
  if (!ids || ids.length === 0) return [];
  if (ids.length === 1) return [ids[0]!];
  return [...new Set(ids)].sort(cmp);
}

/**
 * Runs every rule (or the given ones) over a design. Pure and deterministic: the same design gives
 * the same list whatever the order of its nodes and edges. Total on any in-memory design
 * (dangling edges, duplicate ids, missing props). O(nodes + edges) per rule.
 */
export function validate(design: Design, rules: readonly Rule[] = RULES): Diagnostic[] {
  const ctx = createContext(design);
  const out: { d: Diagnostic; nodes: string; edges: string }[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) {
      const nodes = idList(f.nodes);
      const edges = idList(f.edges);
      const d: Diagnostic = {
        rule: rule.id,
        severity: rule.severity,
        message: f.message,
        nodes,
        edges,
        title: rule.title,
        fix: rule.fix,
        docsUrl: rule.docsUrl,
      };
      out.push({ d, nodes: nodes.join('\n'), edges: edges.join('\n') });
    }
  }
  // compareDiagnostics, with the joined id lists computed once per diagnostic instead of per comparison.
  out.sort(
    (a, b) =>
      SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] ||
      cmp(a.d.rule, b.d.rule) ||
      cmp(a.nodes, b.nodes) ||
      cmp(a.edges, b.edges) ||
      cmp(a.d.message.en, b.d.message.en),
  );
  return out.map((x) => x.d);
}

/** How many diagnostics of each severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
