/**
 * DynamoDB actions shared by the emitters: the application's instance role (on a table it calls)
 * and DAX's service role (on the tables it reads through to) grant the same item-level set.
 */
/** Item-level DynamoDB calls on a table (reads, writes, conditions; no table administration). */
export const TABLE_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DeleteItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:UpdateItem',
] as const;
