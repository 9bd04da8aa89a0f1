/**
 * The few places where the resource schema's `causesReplacement: "maybe"` can be made exact from
 * the values, kept by hand because the schema cannot say it. Each entry names the documentation
 * it follows; anything not listed here keeps what the schema says (docs/changesets.md).
 */
import type { Replacement } from './types';

/** Given the old and the new value (literals only; intrinsics keep the schema's answer), the replacement, or undefined for "as the schema says". */
type Refinement = (oldValue: unknown, newValue: unknown) => Replacement | undefined;

/**
 * `AWS::RDS::DBInstance.Engine` is "maybe" in the schema only because an Oracle database can be
 * converted in place to the container-database architecture (`oracle-ee` → `oracle-ee-cdb`,
 * `oracle-se2` → `oracle-se2-cdb`: "requires an interruption", not a replacement). Any other
 * engine change creates a new instance: the UpdateReplacePolicy page of the CloudFormation user
 * guide uses exactly this as its example ("if you update the Engine property of an
 * AWS::RDS::DBInstance resource type, CloudFormation creates a new resource and replaces the
 * current DB instance resource with the new one").
 */
const rdsEngine: Refinement = (oldValue, newValue) => {
  if (typeof oldValue !== 'string' || typeof newValue !== 'string') return undefined;
  const from = oldValue.toLowerCase();
  const to = newValue.toLowerCase();
  if (from === to) return 'False';
  if ((from === 'oracle-ee' && to === 'oracle-ee-cdb') || (from === 'oracle-se2' && to === 'oracle-se2-cdb')) return 'False';
  return 'True';
};

export const REFINEMENTS: Readonly<Record<string, Readonly<Record<string, Refinement>>>> = {
  'AWS::RDS::DBInstance': { Engine: rdsEngine },
};
