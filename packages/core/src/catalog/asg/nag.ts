/**
 * What cdk-nag's AwsSolutions pack finds on an Auto Scaling group that does not apply or stays,
 * with the reasons both exports write, and the scaling notifications it asks for.
 */
import type { Acknowledgement } from '../../cfn/nag';
import type { DesignIndex } from '../../model/graph';
import type { DesignNode } from '../../model/types';

/** The events cdk-nag's AS3 wants notifications for (all four). */
export const SCALING_EVENTS = [
  'autoscaling:EC2_INSTANCE_LAUNCH',
  'autoscaling:EC2_INSTANCE_LAUNCH_ERROR',
  'autoscaling:EC2_INSTANCE_TERMINATE',
  'autoscaling:EC2_INSTANCE_TERMINATE_ERROR',
] as const;

/** The type of an imported resource that can receive scaling notifications. */
const TOPIC_TYPE = 'AWS::SNS::Topic';

/** SNS topics the group is connected to (imported resources): they receive its scaling notifications. */
export function notificationTopics(node: DesignNode, index: DesignIndex): DesignNode[] {
  return index
    .outgoing(node.id)
    .map((e) => index.nodes.get(e.target))
    .filter((t): t is DesignNode => t?.kind === 'cfn-resource' && t.props['type'] === TOPIC_TYPE)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const ASG_ACKS = {
  ssmManagedPolicy: {
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
    reason:
      'AmazonSSMManagedInstanceCore is the policy AWS maintains for the SSM agent (Session Manager instead of SSH, no inbound port); a hand-written copy would fall behind the agent. The instances get everything else through the inline policy of their connections.',
  },
  noTopic: {
    id: 'AwsSolutions-AS3',
    reason:
      'No notification topic is drawn for this group: scaling activity is kept in its activity history and CloudWatch metrics. Connect the group to an SNS topic (an imported AWS::SNS::Topic) and both exports send it every launch and termination, failed or not.',
  },
} as const satisfies Record<string, Acknowledgement>;
