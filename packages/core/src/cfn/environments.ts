/**
 * Values that differ per environment (one stack per environment, `EnvironmentName` = dev, stage
 * or prod): numbers and strings become rows of the `EnvironmentSizes` mapping, switches become
 * `Fn::If` on a condition over the environment. The same per-environment values feed the CDK app
 * (`lib/environments.ts`), so both exports size every environment alike.
 */
import { ENVIRONMENT_NAMES, type EnvironmentName } from '../model/types';
import type { PerEnvironment } from '../network/plan';
import { type CfnValue, type EmitContext, ifCond, ref } from './context';

const CAPITAL: Readonly<Record<EnvironmentName, string>> = { dev: 'Dev', stage: 'Stage', prod: 'Prod' };

/**
 * A condition that holds in exactly the given environments, added to the template once:
 * `IsProd`, `IsDev`, `IsNotDev` (stage and prod), … Returns its name.
 */
export function environmentCondition(ctx: EmitContext, environments: readonly EnvironmentName[]): string {
  const inside = ENVIRONMENT_NAMES.filter((e) => environments.includes(e));
  const outside = ENVIRONMENT_NAMES.filter((e) => !environments.includes(e));
  if (inside.length === 0 || outside.length === 0) throw new Error(`no condition for environments ${environments.join(', ')}: it would be constant`);
  const equals = (e: EnvironmentName) => ({ 'Fn::Equals': [ref('EnvironmentName'), e] });
  const [name, expression] =
    inside.length === 1 ? [`Is${CAPITAL[inside[0]!]}`, equals(inside[0]!)] : [`IsNot${CAPITAL[outside[0]!]}`, { 'Fn::Not': [equals(outside[0]!)] }];
  ctx.conditions.set(name, expression);
  return name;
}

/**
 * A value per environment: a literal when all environments agree, else a lookup in the
 * `EnvironmentSizes` mapping (numbers, strings) or an `Fn::If` on the environment (booleans).
 * `key` names the mapping row (e.g. `WebServersMinSize`).
 */
export function perEnvironment(ctx: EmitContext, key: string, values: PerEnvironment<number | string | boolean>): CfnValue {
  const { dev, stage, prod } = values;
  if (dev === stage && stage === prod) return dev;
  if (typeof dev === 'boolean' || typeof stage === 'boolean' || typeof prod === 'boolean') {
    // Two of the three agree (they are booleans): the odd one gets the condition.
    const odd = ENVIRONMENT_NAMES.find((e) => ENVIRONMENT_NAMES.filter((o) => values[o] === values[e]).length === 1)!;
    const other = ENVIRONMENT_NAMES.find((e) => e !== odd)!;
    return ifCond(environmentCondition(ctx, [odd]), values[odd], values[other]);
  }
  return ctx.size(key, { dev, stage, prod });
}

/** The environments in which a switch is on. */
export function environmentsWhere(values: PerEnvironment<boolean>): EnvironmentName[] {
  return ENVIRONMENT_NAMES.filter((e) => values[e]);
}
