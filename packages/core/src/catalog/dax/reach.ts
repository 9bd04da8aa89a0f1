/**
 * How callers reach a DAX cluster: its TLS port, the DynamoDB item API through DAX (`dax:*`
 * data-plane actions on the cluster), and its discovery endpoint.
 */
import { tsString } from '../../cdk/literal';
import { getAtt } from '../../cfn/context';
import { TABLE_ACTIONS } from '../dynamodb/actions';
import type { ReachFacet } from '../kind';

/** DAX listens on 8111 (unencrypted) and 9111 (TLS); the generated cluster uses TLS. */
export const DAX_TLS_PORT = 9111;

/** Data-plane calls the DAX client makes: the item-level set of the table, through DAX. */
export const DAX_DATA_ACTIONS: readonly string[] = TABLE_ACTIONS.filter((a) => a !== 'dynamodb:DescribeTable').map((a) => a.replace('dynamodb:', 'dax:'));

export const daxReach: ReachFacet = {
  port: () => DAX_TLS_PORT,
  iam(node, ctx) {
    const did = ctx.id(node.id);
    return [{ Sid: `Dax${did}`.slice(0, 100), Effect: 'Allow', Action: [...DAX_DATA_ACTIONS], Resource: getAtt(did, 'Arn') }];
  },
  env: (node, ctx) => [{ name: 'ENDPOINT', value: getAtt(ctx.id(node.id), 'ClusterDiscoveryEndpointURL') }],
  cdk: {
    wire(caller, callerId, node, ctx) {
      ctx.use('iam');
      const sg = ctx.helperVar(node.id, 'SecurityGroup');
      return [
        `${sg}.connections.allowFrom(${caller}, ec2.Port.tcp(${DAX_TLS_PORT}), ${tsString(`${callerId} to DAX ${node.id} (TLS)`)});`,
        `iam.Grant.addToPrincipal({`,
        `  grantee: ${caller},`,
        `  actions: [${DAX_DATA_ACTIONS.map((a) => tsString(a)).join(', ')}],`,
        `  resourceArns: [${ctx.v(node.id)}.attrArn],`,
        `});`,
      ];
    },
    env: (node, ctx) => [{ name: 'ENDPOINT', template: `\${${ctx.v(node.id)}.attrClusterDiscoveryEndpointUrl}` }],
  },
};
