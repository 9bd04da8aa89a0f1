import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';

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
    if (p['billingMode'] === 'PROVISIONED') {
      const read = Number(p['readCapacity'] ?? 5);
      const write = Number(p['writeCapacity'] ?? 5);
      lines.push(
        `  billingMode: dynamodb.BillingMode.PROVISIONED,`,
        `  readCapacity: ${ctx.size(node.id, 'readCapacity', { doc: 'Provisioned read capacity units.', prod: read, stage: read, dev: Math.min(read, 5) })},`,
        `  writeCapacity: ${ctx.size(node.id, 'writeCapacity', { doc: 'Provisioned write capacity units.', prod: write, stage: write, dev: Math.min(write, 5) })},`,
      );
    } else {
      lines.push(`  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,`);
    }
    lines.push(
      `  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: ${p['pointInTimeRecovery'] === false ? 'false' : 'true'} },`,
      `  encryption: dynamodb.TableEncryption.AWS_MANAGED,`,
      `  removalPolicy: cdk.RemovalPolicy.RETAIN,`,
      `});`,
    );
    ctx.output(`${ctx.id(node.id)}TableName`, `${v}.tableName`, `Table of node ${node.id}`);
    return lines;
  },
};
