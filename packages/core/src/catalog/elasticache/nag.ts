/** What cdk-nag's AwsSolutions pack finds on a cache that does not apply or stays, with the reasons both exports write. */
import type { Acknowledgement } from '../../cfn/nag';

export const ELASTICACHE_ACKS = {
  defaultPort: (port: number): Acknowledgement => ({
    id: 'AwsSolutions-AEC5',
    reason: `The engine's default port (${port}): the cache lives in isolated subnets and its security group admits only its callers' groups, so a different port would hide nothing from anyone who can reach it.`,
  }),
  singleNode: (replicas: number): Acknowledgement => ({
    id: 'AwsSolutions-AEC4',
    reason:
      replicas > 0
        ? `Multi-AZ with automatic failover in stage and prod (the design's ${replicas} replica${replicas === 1 ? '' : 's'}); a dev stack (EnvironmentName = dev) runs one node without replicas to save cost, so the check fails there by design.`
        : 'The design has no replica (replicas = 0; the designer warns, SC5005), so there is no second node to fail over to in any environment. Add a replica for Multi-AZ with automatic failover.',
  }),
  authTokenRotation: {
    id: 'AwsSolutions-SMG4',
    reason:
      'The AUTH token of the replication group, generated in Secrets Manager and read by CloudFormation at deployment. Rotation needs a function that calls ModifyReplicationGroup (AuthTokenUpdateStrategy ROTATE, then SET) while the application rereads the secret; it is not generated. Rotate by that procedure.',
  },
} as const;
