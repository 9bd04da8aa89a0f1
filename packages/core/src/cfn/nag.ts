/**
 * Acknowledged cdk-nag findings, written where cdk-nag (v2) and reviewers read them: the
 * resource's `Metadata.cdk_nag.rules_to_suppress`, each with the reason the check does not apply
 * or why the finding stays. The CDK app writes the same metadata and calls
 * `Validations.of(construct).acknowledge()` (cdk-nag v3); the test suite turns the template's
 * metadata into such acknowledgements when it checks a template through `CfnInclude`.
 */
import type { CfnObject } from './context';

export interface Acknowledgement {
  /** The finding: a rule id (`AwsSolutions-RDS11`) or a rule with its finding (`AwsSolutions-IAM5[Resource::<Table.Arn>/*]`). */
  readonly id: string;
  /** Why the finding does not apply, or why it stays: read by a reviewer. */
  readonly reason: string;
}

/** The `Metadata` entry acknowledging findings on one resource (sorted by id; empty → nothing). */
export function acknowledged(rules: readonly (Acknowledgement | false | undefined)[]): CfnObject {
  const list = rules.filter((r): r is Acknowledgement => !!r).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return list.length ? { cdk_nag: { rules_to_suppress: list.map((r) => ({ id: r.id, reason: r.reason })) } } : {};
}
