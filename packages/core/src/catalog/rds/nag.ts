/** What cdk-nag's AwsSolutions pack finds on a database that does not apply or stays, with the reasons both exports write. */
import type { Acknowledgement } from '../../cfn/nag';

export const RDS_ACKS = {
  defaultPort: (port: number): Acknowledgement => ({
    id: 'AwsSolutions-RDS11',
    reason: `The engine's default port (${port}): the database lives in isolated subnets and its security group admits only its callers' groups, so a different port would hide nothing from anyone who can reach it.`,
  }),
  deletionProtection: {
    id: 'AwsSolutions-RDS10',
    reason:
      'Deletion protection is on in prod (EnvironmentName = prod); dev and stage stacks are meant to be torn down, so the check fails there by design. Deleting or replacing the database always leaves a final snapshot (DeletionPolicy Snapshot).',
  },
  singleAz: (multiAz: boolean): Acknowledgement => ({
    id: 'AwsSolutions-RDS3',
    reason: multiAz
      ? 'Multi-AZ in stage and prod; a dev stack (EnvironmentName = dev) runs one instance in one Availability Zone to save cost, so the check fails there by design.'
      : 'The design chose a single-AZ database (multiAz = false; the designer warns, SC6001): there is no standby in any environment. Turn multiAz on for a synchronous standby with automatic failover.',
  }),
  noBackups: {
    id: 'AwsSolutions-RDS13',
    reason:
      'The design turned automated backups off (backupRetentionDays = 0; the designer warns, SC6002). Set a retention of 1 to 35 days to keep point-in-time recovery.',
  },
} as const;
