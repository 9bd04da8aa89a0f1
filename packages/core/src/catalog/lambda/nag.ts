/**
 * What cdk-nag's AwsSolutions pack finds on a function that does not apply or stays, with the
 * reasons both exports write.
 */
import type { Acknowledgement } from '../../cfn/nag';

/** The runtime the kind defaults to: the latest Node.js that both CloudFormation and the CDK know. */
export const LATEST_RUNTIME = 'nodejs24.x';

/** AwsSolutions-L1 when the design chose another runtime than the latest one. */
export function runtimeAck(runtime: string): Acknowledgement | undefined {
  if (runtime === LATEST_RUNTIME) return undefined;
  return {
    id: 'AwsSolutions-L1',
    reason: `The design chose the runtime ${runtime} (prop runtime), a supported Lambda runtime, for the code it will run; the newest of its family may not be generally available in every Region yet. Move to the newest runtime when the code supports it.`,
  };
}

/** AwsSolutions-IAM4 on the execution role: the managed policy Lambda documents for logging (and, in the VPC, network interfaces). */
export function managedPolicyAck(inVpc: boolean): Acknowledgement {
  const policy = inVpc ? 'AWSLambdaVPCAccessExecutionRole' : 'AWSLambdaBasicExecutionRole';
  return {
    id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/${policy}]`,
    reason: `${policy} is the policy AWS maintains for a function's logs${inVpc ? ' and the network interfaces it needs in its subnets' : ''}; everything the function's connections need is in the role's own policy, resource by resource.`,
  };
}
