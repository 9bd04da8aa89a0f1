/**
 * A large hand-made CloudFormation template (not from our exporter): `count` resources of five
 * types, each referring to up to four earlier ones through `Ref` and `Fn::GetAtt` in its tags, so a
 * 300-resource template holds ~1,000 references. Deterministic.
 */
const TYPES = [
  { type: 'AWS::SQS::Queue', arn: 'Arn' },
  { type: 'AWS::SNS::Topic', arn: 'TopicArn' },
  { type: 'AWS::DynamoDB::Table', arn: 'Arn' },
  { type: 'AWS::S3::Bucket', arn: 'Arn' },
  { type: 'AWS::Lambda::Function', arn: 'Arn' },
] as const;

export function bigTemplate(count: number): { template: Record<string, unknown>; references: number } {
  const typeOf = (i: number) => TYPES[i % TYPES.length]!;
  const id = (i: number) => `Res${String(i).padStart(3, '0')}${typeOf(i).type.split('::')[1]}`;
  const resources: Record<string, unknown> = {};
  let references = 0;
  for (let i = 0; i < count; i++) {
    const targets = i > 0 ? [...new Set([i - 1, Math.floor(i / 2), (i * 7) % i, (i * 13 + 5) % i])] : [];
    const tags = targets.map((j, k) => {
      references++;
      return { Key: `dep${k}`, Value: k % 2 ? { 'Fn::GetAtt': [id(j), typeOf(j).arn] } : { Ref: id(j) } };
    });
    const props: Record<string, unknown> = { Tags: tags };
    const type = typeOf(i).type;
    if (type === 'AWS::DynamoDB::Table')
      Object.assign(props, {
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      });
    if (type === 'AWS::Lambda::Function')
      Object.assign(props, {
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: 'arn:aws:iam::123456789012:role/app',
        Code: { ZipFile: 'exports.handler = async () => 1' },
      });
    resources[id(i)] = { Type: type, Properties: props };
  }
  return { template: { AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, references };
}
