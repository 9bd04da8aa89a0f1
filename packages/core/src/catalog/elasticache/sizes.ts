/**
 * A cache's sizes per environment, one definition for both exports: stage and prod run the
 * design's node type and replicas; dev one cache.t4g.micro node without replicas.
 */
import type { KindSize } from '../../cdk/types';
import type { DesignNode } from '../../model/types';
import { propString, propNumber } from '../../cfn/context';

export function elasticacheSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const nodeType = propString(node, 'nodeType', 'cache.t4g.small');
  const replicas = propNumber(node, 'replicas', 1);
  return {
    nodeType: { cfn: 'NodeType', doc: 'Cache node type.', prod: nodeType, stage: nodeType, dev: 'cache.t4g.micro' },
    replicas: {
      cfn: 'Replicas',
      doc:
        node.props['engine'] === 'memcached'
          ? 'Extra Memcached nodes (nodes = 1 + replicas).'
          : 'Read replicas; one or more gives automatic failover across Availability Zones.',
      prod: replicas,
      stage: replicas,
      dev: 0,
    },
  };
}
