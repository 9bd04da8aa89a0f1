/** How callers reach a table: item-level IAM actions on it and its indexes, and its name. */

import { getAtt, ref, sub } from '../../cfn/context';
import type { ReachFacet } from '../kind';
import { TABLE_ACTIONS } from './actions';

export const dynamodbReach: ReachFacet = {
  gatewayEndpoint: { id: 'DynamoDbEndpoint', service: 'DYNAMODB' },
  iam(node, ctx) {
    const tid = ctx.id(node.id);
    return [{ Sid: `Table${tid}`.slice(0, 100), Effect: 'Allow', Action: [...TABLE_ACTIONS], Resource: [getAtt(tid, 'Arn'), sub(`\${${tid}.Arn}/index/*`)] }];
  },
  env: (node, ctx) => [{ name: 'TABLE', value: ref(ctx.id(node.id)) }],
  cdk: {
    wire: (caller, _callerId, node, ctx) => [`${ctx.v(node.id)}.grantReadWriteData(${caller});`],
    env: (node, ctx) => [{ name: 'TABLE', template: `\${${ctx.v(node.id)}.tableName}` }],
  },
};
