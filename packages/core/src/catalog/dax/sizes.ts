/** A DAX cluster's sizes per environment, one definition for both exports: the design's in stage and prod; one dax.t3.small node in dev. */
import type { KindSize } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { propString, propNumber } from '../../cfn/context';

export function daxSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const nodeType = propString(node, 'nodeType', 'dax.t3.small');
  const factor = propNumber(node, 'replicationFactor', 3);
  return {
    nodeType: { cfn: 'NodeType', doc: 'DAX node type.', prod: nodeType, stage: nodeType, dev: 'dax.t3.small' },
    replicationFactor: {
      cfn: 'ReplicationFactor',
      doc: 'Nodes in the cluster (AWS recommends three or more in production).',
      prod: factor,
      stage: factor,
      dev: 1,
    },
  };
}
