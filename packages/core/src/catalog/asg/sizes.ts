/**
 * The sizes of an Auto Scaling group per environment, one definition for both exports (the
 * CloudFormation `EnvironmentSizes` mapping and the CDK app's `lib/environments.ts`): stage and
 * prod run the design's sizes; dev the smallest group that still serves (one instance, at most two,
 * t3.micro).
 */
import type { KindSize } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { propNumber, propString } from '../../cfn/context';

/** Keyed by the CDK field (`minCapacity`, …). */
export function asgSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const min = propNumber(node, 'minSize', 2);
  const max = Math.max(min, propNumber(node, 'maxSize', 4));
  const desired = Math.min(max, Math.max(min, propNumber(node, 'desiredCapacity', 2)));
  const instanceType = propString(node, 'instanceType', 't3.small');
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
