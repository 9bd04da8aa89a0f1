/** DynamoDB → a table (on-demand by default, point-in-time recovery), kept when the stack is deleted. */
import { type NodeEmitter, getAtt, propBool, propString, ref } from '../../cfn/context';
import { perEnvironment } from '../../cfn/environments';
import { dynamodbSizes } from './sizes';

export const emitDynamoDb: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const pk = propString(node, 'partitionKey', 'pk');
  const sk = node.props['sortKey'];
  const sortKey = typeof sk === 'string' && sk !== '' && sk !== pk ? sk : undefined;
  const provisioned = propString(node, 'billingMode', 'PAY_PER_REQUEST') === 'PROVISIONED';
  const sizes = dynamodbSizes(node);
  ctx.add(
    id,
    {
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        AttributeDefinitions: [{ AttributeName: pk, AttributeType: 'S' }, ...(sortKey ? [{ AttributeName: sortKey, AttributeType: 'S' }] : [])],
        KeySchema: [{ AttributeName: pk, KeyType: 'HASH' }, ...(sortKey ? [{ AttributeName: sortKey, KeyType: 'RANGE' }] : [])],
        BillingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
        ...(provisioned
          ? {
              ProvisionedThroughput: {
                ReadCapacityUnits: perEnvironment(ctx, `${id}ReadCapacity`, sizes['readCapacity']!),
                WriteCapacityUnits: perEnvironment(ctx, `${id}WriteCapacity`, sizes['writeCapacity']!),
              },
            }
          : {}),
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: propBool(node, 'pointInTimeRecovery', true) },
        SSESpecification: { SSEEnabled: true },
        DeletionProtectionEnabled: perEnvironment(ctx, `${id}DeletionProtection`, sizes['deletionProtection']!),
      },
    },
    node.id,
  );
  ctx.output(`${id}TableName`, { Description: `Name of the ${id} table`, Value: ref(id) });
  ctx.output(`${id}TableArn`, { Description: `ARN of the ${id} table`, Value: getAtt(id, 'Arn') });
};
