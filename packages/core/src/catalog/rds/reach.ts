/** How callers reach a database: its engine's port, its endpoint, and read access to the secret holding its credentials. */
import { tsString } from '../../cdk/literal';
import { getAtt, sub } from '../../cfn/context';
import type { ReachFacet } from '../kind';

export function rdsPort(engine: unknown): number {
  return engine === 'mysql' ? 3306 : 5432;
}

export const rdsReach: ReachFacet = {
  port: (node) => rdsPort(node.props['engine']),
  iam(node, ctx) {
    const dbid = ctx.id(node.id);
    // The secret exists only when RDS manages the master password (the generated database does; an imported one may not).
    if (ctx.held(node.id) && (ctx.resourceOf(node.id)?.Properties as Record<string, unknown> | undefined)?.['ManageMasterUserPassword'] !== true) {
      ctx.warnings.push(
        `${node.label ?? node.id}: RDS does not manage its master password, so callers get no access to a secret; give them the credentials another way`,
      );
      return [];
    }
    return [
      { Sid: `Secret${dbid}`.slice(0, 100), Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: getAtt(dbid, 'MasterUserSecret.SecretArn') },
    ];
  },
  env(node, ctx) {
    const id = ctx.id(node.id);
    return [
      { name: 'ENDPOINT', value: sub(`\${${id}.Endpoint.Address}:\${${id}.Endpoint.Port}`) },
      { name: 'SECRET_ARN', value: getAtt(id, 'MasterUserSecret.SecretArn') },
    ];
  },
  cdk: {
    wire(caller, callerId, node, ctx) {
      ctx.use('iam');
      const v = ctx.v(node.id);
      return [
        `${v}.connections.allowFrom(${caller}, ec2.Port.tcp(${rdsPort(node.props['engine'])}), ${tsString(`${callerId} to database ${node.id}`)});`,
        `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [${v}.secret!.secretArn] }));`,
      ];
    },
    env(node, ctx) {
      const v = ctx.v(node.id);
      return [
        { name: 'ENDPOINT', template: `\${${v}.dbInstanceEndpointAddress}:\${${v}.dbInstanceEndpointPort}` },
        { name: 'SECRET_ARN', template: `\${${v}.secret!.secretArn}` },
      ];
    },
  },
};
