/**
 * A cache's sizes per environment, one definition for both exports: stage and prod run the
 * design's node type and replicas; dev one cache.t4g.micro node without replicas.
 */
import type { KindSize } from '../asg/sizes';
import type { DesignNode } from '../../model/types';

export function elasticacheSizes(node: DesignNode): Readonly<Record<string, KindSize>> {
  const nodeType = typeof node.props['nodeType'] === 'string' ? node.props['nodeType'] : 'cache.t4g.small';
  const r = node.props['replicas'];
  const replicas = typeof r === 'number' && Number.isFinite(r) ? r : 1;
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
