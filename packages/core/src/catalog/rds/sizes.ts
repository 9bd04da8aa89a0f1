/**
 * A database's sizes per environment, one definition for both exports: stage and prod run the
 * design's class and Multi-AZ choice; dev one db.t4g.micro in one Availability Zone. Deletion
 * protection in prod only.
 */
import type { KindSize } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { propString } from '../../cfn/context';

export function rdsSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const cls = propString(node, 'instanceClass', 'db.t4g.small');
  const multiAz = node.props['multiAz'] !== false;
  return {
    instanceClass: { cfn: 'InstanceClass', doc: 'Instance class.', prod: cls, stage: cls, dev: 'db.t4g.micro' },
    multiAz: { cfn: 'MultiAZ', doc: 'A synchronous standby in a second Availability Zone.', prod: multiAz, stage: multiAz, dev: false },
    deletionProtection: { cfn: 'DeletionProtection', doc: 'Refuse to delete the database (prod).', prod: true, stage: false, dev: false },
  };
}
