import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';
import { dynamodbSizes } from './sizes';

/** DynamoDB: a table with point-in-time recovery; capacity from the environment's sizes when provisioned. */
export const dynamodbCdk: CdkEmitter = {
  phase: 10,
  emit(node, ctx) {
    ctx.use('dynamodb');
    const v = ctx.v(node.id);
    const p = node.props;
    const lines = [
      `const ${v} = new dynamodb.Table(this, ${tsString(ctx.id(node.id))}, {`,
      `  partitionKey: { name: ${tsString(String(p['partitionKey'] ?? 'pk'))}, type: dynamodb.AttributeType.STRING },`,
    ];
    if (typeof p['sortKey'] === 'string' && p['sortKey']) {
      lines.push(`  sortKey: { name: ${tsString(p['sortKey'])}, type: dynamodb.AttributeType.STRING },`);
    }
    const sizes = dynamodbSizes(node);
    if (p['billingMode'] === 'PROVISIONED') {
      lines.push(
        `  billingMode: dynamodb.BillingMode.PROVISIONED,`,
        `  readCapacity: ${ctx.size(node.id, 'readCapacity', sizes['readCapacity']!)},`,
        `  writeCapacity: ${ctx.size(node.id, 'writeCapacity', sizes['writeCapacity']!)},`,
      );
    } else {
      lines.push(`  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,`);
    }
    lines.push(
      `  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: ${p['pointInTimeRecovery'] === false ? 'false' : 'true'} },`,
      `  encryption: dynamodb.TableEncryption.AWS_MANAGED,`,
      `  deletionProtection: ${ctx.size(node.id, 'deletionProtection', sizes['deletionProtection']!)},`,
      `  removalPolicy: cdk.RemovalPolicy.RETAIN,`,
      `});`,
    );
    ctx.output(`${ctx.id(node.id)}TableName`, `${v}.tableName`, `Table of node ${node.id}`);
    return lines;
  },
};
