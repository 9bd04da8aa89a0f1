/** How callers reach a cache: its engine's port and its endpoint (primary, or Memcached's configuration endpoint). */
import { tsString } from '../../cdk/literal';
import { sub } from '../../cfn/context';
import type { ReachFacet } from '../kind';

/** Port each engine listens on. */
export function elasticachePort(engine: unknown): number {
  return engine === 'memcached' ? 11211 : 6379;
}

export const elasticacheReach: ReachFacet = {
  port: (node) => elasticachePort(node.props['engine']),
  env(node, ctx) {
    const id = ctx.id(node.id);
    const attr = node.props['engine'] === 'memcached' ? 'ConfigurationEndpoint.Address' : 'PrimaryEndPoint.Address';
    return [{ name: 'ENDPOINT', value: sub(`\${${id}.${attr}}:${elasticachePort(node.props['engine'])}`) }];
  },
  cdk: {
    wire(caller, callerId, node, ctx) {
      const port = elasticachePort(node.props['engine']);
      return [
        `${ctx.helperVar(node.id, 'SecurityGroup')}.connections.allowFrom(${caller}, ec2.Port.tcp(${port}), ${tsString(`${callerId} to ElastiCache ${node.id}`)});`,
      ];
    },
    env(node, ctx) {
      const v = ctx.v(node.id);
      const address = node.props['engine'] === 'memcached' ? `${v}.attrConfigurationEndpointAddress` : `${v}.attrPrimaryEndPointAddress`;
      return [{ name: 'ENDPOINT', template: `\${${address}}:${elasticachePort(node.props['engine'])}` }];
    },
  },
};
