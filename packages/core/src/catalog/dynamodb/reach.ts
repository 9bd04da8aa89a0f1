/** How callers reach a table: item-level IAM actions on it, and its name. */

import { tsString } from '../../cdk/literal';
import { getAtt, ref } from '../../cfn/context';
import type { ReachFacet } from '../kind';
import { TABLE_ACTIONS } from './actions';

export const dynamodbReach: ReachFacet = {
  gatewayEndpoint: { id: 'DynamoDbEndpoint', service: 'DYNAMODB' },
  iam(node, ctx) {
    const tid = ctx.id(node.id);
    // The table itself: it has no indexes (the design models none), so no `/index/*` wildcard.
    return [{ Sid: `Table${tid}`.slice(0, 100), Effect: 'Allow', Action: [...TABLE_ACTIONS], Resource: getAtt(tid, 'Arn') }];
  },
  env: (node, ctx) => [{ name: 'TABLE', value: ref(ctx.id(node.id)) }],
  cdk: {
    // The same statement as the CloudFormation export (the item-level actions on the table).
    wire(caller, _callerId, node, ctx) {
      ctx.use('iam');
      return [
        `${caller}.addToRolePolicy(new iam.PolicyStatement({ actions: [${TABLE_ACTIONS.map(tsString).join(', ')}], resources: [${ctx.v(node.id)}.tableArn] }));`,
      ];
    },
    env: (node, ctx) => [{ name: 'TABLE', template: `\${${ctx.v(node.id)}.tableName}` }],
  },
};
