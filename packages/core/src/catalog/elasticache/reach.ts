/**
 * How callers reach a cache: its engine's port, its endpoint (primary, or Memcached's
 * configuration endpoint) and, for Redis OSS / Valkey, read access to the secret holding the AUTH
 * token and its ARN.
 */
import { tsString } from '../../cdk/literal';
import { ref, sub } from '../../cfn/context';
import type { ReachFacet } from '../kind';
import { authTokenId } from './versions';

/** Port each engine listens on. */
export function elasticachePort(engine: unknown): number {
  return engine === 'memcached' ? 11211 : 6379;
}

export const elasticacheReach: ReachFacet = {
  port: (node) => elasticachePort(node.props['engine']),
  iam(node, ctx) {
    if (node.props['engine'] === 'memcached') return [];
    const id = ctx.id(node.id);
    return [{ Sid: `AuthToken${id}`.slice(0, 100), Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: ref(authTokenId(id)) }];
  },
  env(node, ctx) {
    const id = ctx.id(node.id);
    const attr = node.props['engine'] === 'memcached' ? 'ConfigurationEndpoint.Address' : 'PrimaryEndPoint.Address';
    const endpoint = { name: 'ENDPOINT', value: sub(`\${${id}.${attr}}:${elasticachePort(node.props['engine'])}`) };
    return node.props['engine'] === 'memcached' ? [endpoint] : [endpoint, { name: 'AUTH_SECRET_ARN', value: ref(authTokenId(id)) }];
  },
  cdk: {
    wire(caller, callerId, node, ctx) {
      const port = elasticachePort(node.props['engine']);
      const out = [
        `${ctx.helperVar(node.id, 'SecurityGroup')}.connections.allowFrom(${caller}, ec2.Port.tcp(${port}), ${tsString(`${callerId} to ElastiCache ${node.id}`)});`,
      ];
      if (node.props['engine'] !== 'memcached') {
        ctx.use('iam');
        out.push(
          `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [${ctx.helperVar(node.id, 'AuthToken')}.secretArn] }));`,
        );
      }
      return out;
    },
    env(node, ctx) {
      const v = ctx.v(node.id);
      const address = node.props['engine'] === 'memcached' ? `${v}.attrConfigurationEndpointAddress` : `${v}.attrPrimaryEndPointAddress`;
      const endpoint = { name: 'ENDPOINT', template: `\${${address}}:${elasticachePort(node.props['engine'])}` };
      return node.props['engine'] === 'memcached'
        ? [endpoint]
        : [endpoint, { name: 'AUTH_SECRET_ARN', template: `\${${ctx.helperVar(node.id, 'AuthToken')}.secretArn}` }];
    },
  },
};
