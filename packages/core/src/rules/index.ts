/**
 * Topology validation: `validate(design) → Diagnostic[]`, pure and deterministic.
 * The rule registry is filled by the validation work (issue 4); until then no rule runs.
 */
import type { I18n } from '../catalog/types';
import type { Design } from '../model/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: I18n;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export function validate(_design: Design): Diagnostic[] {
  return [];
}
