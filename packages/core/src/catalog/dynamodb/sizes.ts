/**
 * A table's sizes per environment, one definition for both exports: provisioned capacity (the
 * design's in stage and prod, at most 5 units in dev) and deletion protection (prod only).
 */
import type { KindSize } from '../../cdk/types';
import type { DesignNode } from '../../model/types';

export function dynamodbSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const n = (key: string) => {
    const v = node.props[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : 5;
  };
  const read = n('readCapacity');
  const write = n('writeCapacity');
  return {
    readCapacity: { cfn: 'ReadCapacity', doc: 'Provisioned read capacity units.', prod: read, stage: read, dev: Math.min(read, 5) },
    writeCapacity: { cfn: 'WriteCapacity', doc: 'Provisioned write capacity units.', prod: write, stage: write, dev: Math.min(write, 5) },
    deletionProtection: { cfn: 'DeletionProtection', doc: 'Refuse to delete the table (prod).', prod: true, stage: false, dev: false },
  };
}
