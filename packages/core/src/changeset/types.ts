/**
 * The change set: what updating a stack from one template to another will do, with
 * CloudFormation's vocabulary (`ResourceChange` of the CloudFormation API: Action, Replacement,
 * Details). The first four fields of a change and of a detail are the public contract
 * (`stackcanvas diff --json`); the rest is for people and the app.
 */

/** `Dynamic`: the resources cannot be known before deploying (an `Fn::ForEach::` entry of `AWS::LanguageExtensions`). */
export type ChangeAction = 'Add' | 'Modify' | 'Remove' | 'Dynamic';

/** CloudFormation's `Replacement`: `Conditional` = it depends on values known only at deploy time. */
export type Replacement = 'True' | 'False' | 'Conditional';

/**
 * Why a value may change although we cannot be sure, or why a textually identical value changes:
 * - `parameter`: it depends on a parameter (or pseudo parameter) whose deployed value we do not know;
 * - `condition`: it depends on a condition (`Fn::If`, the `Condition` attribute);
 * - `mapping`: it looks up a `Mappings` entry that changed;
 * - `replaced`: it refers (`Ref`, `Fn::GetAtt`, `${X}`) to a resource that is itself replaced;
 * - `spec`: the resource schema says the property replaces the resource only in some cases;
 * - `unknown-type`: the replacement table does not know the resource type.
 */
export type CauseKind = 'parameter' | 'condition' | 'mapping' | 'replaced' | 'spec' | 'unknown-type';

export interface Cause {
  readonly kind: CauseKind;
  /** The parameter, condition, mapping or logical id concerned (absent for `spec` and `unknown-type`). */
  readonly name?: string;
}

export interface ChangeDetail {
  /** `Properties.KeySchema`, or a resource attribute: `DeletionPolicy`, `UpdateReplacePolicy`, `Metadata`, `DependsOn`, `Condition`, `UpdatePolicy`, `CreationPolicy`. */
  readonly path: string;
  /** The value in the old template as written (`null` when absent). */
  readonly old: unknown;
  /** The value in the new template as written (`null` when absent). */
  readonly new: unknown;
  readonly replacement: Replacement;
  /**
   * `Static`: the value certainly changes. `Dynamic`: it may change, depending on `causes`
   * (CloudFormation's `Evaluation`).
   */
  readonly evaluation: 'Static' | 'Dynamic';
  readonly causes: readonly Cause[];
  /**
   * The values with `Fn::FindInMap` lookups resolved, when a mapping is involved (a lookup keyed
   * by a parameter becomes `{ "<row>": value, … }`), so a changed size shows as numbers.
   */
  readonly resolved?: { readonly old: unknown; readonly new: unknown };
}

export interface ResourceChange {
  readonly logicalId: string;
  readonly resourceType: string;
  readonly action: ChangeAction;
  /** The strongest replacement of the details; `null` for Add, Remove and Dynamic. */
  readonly replacement: Replacement | null;
  readonly details: readonly ChangeDetail[];
}

/** A change outside Resources: `Parameters`, `Outputs`, `Conditions`, `Mappings`, `Rules`, `Metadata`, `Transform`, … */
export interface SectionChange {
  readonly section: string;
  /** The entry's name, or the section's own name for a scalar section (`Description`, `Transform`). */
  readonly name: string;
  readonly action: 'Add' | 'Modify' | 'Remove';
  readonly old: unknown;
  readonly new: unknown;
}

export type FindingSeverity = 'error' | 'warning' | 'info';

/** A consequence worth saying out loud: data loss, or a change CloudFormation cannot carry out. */
export interface Finding {
  /** Stable code (`SC-CS-001`), documented in docs/changesets.md. */
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly logicalId: string;
  readonly params: Readonly<Record<string, string>>;
  readonly en: string;
  readonly ko: string;
}

export interface ChangeSet {
  /** Sorted by logical id; a type change is a Remove followed by an Add of the same logical id. */
  readonly changes: readonly ResourceChange[];
  /** Sorted by section, then name. */
  readonly sections: readonly SectionChange[];
  /** Errors first, then warnings, then info; each group by logical id. */
  readonly findings: readonly Finding[];
}

/** A CloudFormation template as JSON gives it (intrinsics in long form). */
export interface TemplateLike {
  readonly Resources?: unknown;
  readonly [section: string]: unknown;
}
