/**
 * The sizes of an Auto Scaling group per environment, one definition for both exports (the
 * CloudFormation `EnvironmentSizes` mapping and the CDK app's `lib/environments.ts`): stage and
 * prod run the design's sizes; dev the smallest group that still serves (one instance, at most two,
 * t3.micro).
 */
import type { SizeSpec } from '../../cdk/types';
import type { DesignNode } from '../../model/types';

/** A size of the kind: the CDK field and the suffix of the CloudFormation mapping row. */
export interface KindSize extends SizeSpec {
  readonly cfn: string;
}

function num(node: DesignNode, key: string, fallback: number): number {
  const v = node.props[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Keyed by the CDK field (`minCapacity`, …). */
export function asgSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const min = num(node, 'minSize', 2);
  const max = Math.max(min, num(node, 'maxSize', 4));
  const desired = Math.min(max, Math.max(min, num(node, 'desiredCapacity', 2)));
  const instanceType = typeof node.props['instanceType'] === 'string' ? node.props['instanceType'] : 't3.small';
  const devMin = Math.min(min, 1);
  const devMax = Math.max(Math.min(max, 2), devMin, 1);
  const devDesired = Math.min(devMax, Math.max(devMin, Math.min(desired, 1)));
  return {
    desiredCapacity: { cfn: 'DesiredCapacity', doc: 'Instances to run now.', prod: desired, stage: desired, dev: devDesired },
    instanceType: { cfn: 'InstanceType', doc: 'EC2 instance type.', prod: instanceType, stage: instanceType, dev: 't3.micro' },
    maxCapacity: { cfn: 'MaxSize', doc: 'Most instances when scaling out.', prod: max, stage: max, dev: devMax },
    minCapacity: { cfn: 'MinSize', doc: 'Fewest instances.', prod: min, stage: min, dev: devMin },
  };
}
