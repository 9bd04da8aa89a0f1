/**
 * DAX → a service role with a policy that may read and write only the tables it reads through, a
 * subnet group in the data subnets, a parameter group (item and query TTLs), and the cluster with
 * server-side encryption and a TLS endpoint; node type and size per environment (`sizes.ts`).
 */
import { type NodeEmitter, assumeRoleBy, getAtt, names, policyDocument, ref, sub } from '../../cfn/context';
import { perEnvironment } from '../../cfn/environments';
import { TABLE_ACTIONS } from '../dynamodb/actions';
import { daxSizes } from './sizes';

/** DynamoDB API calls DAX makes on behalf of the application (reads and write-through): the item-level set. */
export const DAX_TABLE_ACTIONS = TABLE_ACTIONS;

export const emitDax: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const tables = ctx.callees(node.id, 'dynamodb').map(({ node: t }) => ctx.id(t.id));
  const role = names.serviceRole(id);
  const policy = `${role}Policy`;
  ctx.add(
    role,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: lets DAX reach its DynamoDB tables`),
        AssumeRolePolicyDocument: assumeRoleBy('dax.amazonaws.com'),
      },
    },
    node.id,
  );
  if (tables.length) {
    ctx.add(
      policy,
      {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: `${id}ReadThroughTables`.slice(0, 128),
          Roles: [ref(role)],
          // The tables themselves: they have no indexes (the design models none).
          PolicyDocument: policyDocument([{ Effect: 'Allow', Action: [...DAX_TABLE_ACTIONS], Resource: tables.map((t) => getAtt(t, 'Arn')) }]),
        },
      },
      node.id,
    );
  }
  ctx.add(names.subnetGroup(id), { Type: 'AWS::DAX::SubnetGroup', Properties: { Description: `${id} subnets`, SubnetIds: ctx.subnetsOf(node.id) } }, node.id);
  ctx.add(
    names.parameterGroup(id),
    {
      Type: 'AWS::DAX::ParameterGroup',
      Properties: {
        Description: `${id} item and query cache TTLs (5 minutes)`,
        ParameterNameValues: { 'query-ttl-millis': '300000', 'record-ttl-millis': '300000' },
      },
    },
    node.id,
  );
  const sizes = daxSizes(node);
  ctx.add(
    id,
    {
      Type: 'AWS::DAX::Cluster',
      // DAX checks the role's permissions when it creates the cluster: the policy comes first.
      ...(tables.length ? { DependsOn: policy } : {}),
      Properties: {
        Description: `${id} read-through cache`,
        IAMRoleARN: getAtt(role, 'Arn'),
        NodeType: perEnvironment(ctx, `${id}NodeType`, sizes['nodeType']!),
        ReplicationFactor: perEnvironment(ctx, `${id}ReplicationFactor`, sizes['replicationFactor']!),
        SubnetGroupName: ref(names.subnetGroup(id)),
        ParameterGroupName: ref(names.parameterGroup(id)),
        SecurityGroupIds: [ctx.securityGroupId(node.id)],
        SSESpecification: { SSEEnabled: true },
        // Encryption in transit: clients connect with TLS on 9111 (the unencrypted endpoint is 8111).
        ClusterEndpointEncryptionType: 'TLS',
      },
    },
    node.id,
  );
  ctx.output(`${id}DiscoveryEndpoint`, {
    Description: `Cluster discovery endpoint of ${id} (TLS, port 9111; use daxs:// in the DAX client)`,
    Value: getAtt(id, 'ClusterDiscoveryEndpointURL'),
  });
};
