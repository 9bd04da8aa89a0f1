/**
 * DAX → a service role that may read and write only the tables it reads through, a subnet group
 * in the private subnets, a parameter group (item and query TTLs), and the cluster with
 * server-side encryption.
 */
import { type NodeEmitter, assumeRoleBy, getAtt, names, policyDocument, propNumber, propString, ref, sub } from '../../cfn/context';
import { TABLE_ACTIONS } from '../dynamodb/actions';

/** DynamoDB API calls DAX makes on behalf of the application (reads and write-through): the item-level set. */
export const DAX_TABLE_ACTIONS = TABLE_ACTIONS;

export const emitDax: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const tables = ctx.callees(node.id, 'dynamodb').map(({ node: t }) => ctx.id(t.id));
  ctx.add(
    names.serviceRole(id),
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        Description: sub(`\${AWS::StackName} ${id}: lets DAX reach its DynamoDB tables`),
        AssumeRolePolicyDocument: assumeRoleBy('dax.amazonaws.com'),
        ...(tables.length
          ? {
              Policies: [
                {
                  PolicyName: 'ReadThroughTables',
                  PolicyDocument: policyDocument([
                    { Effect: 'Allow', Action: [...DAX_TABLE_ACTIONS], Resource: tables.flatMap((t) => [getAtt(t, 'Arn'), sub(`\${${t}.Arn}/index/*`)]) },
                  ]),
                },
              ],
            }
          : {}),
      },
    },
    node.id,
  );
  ctx.add(names.subnetGroup(id), { Type: 'AWS::DAX::SubnetGroup', Properties: { Description: `${id} subnets`, SubnetIds: ctx.privateSubnets() } }, node.id);
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
  ctx.add(
    id,
    {
      Type: 'AWS::DAX::Cluster',
      Properties: {
        Description: `${id} read-through cache`,
        IAMRoleARN: getAtt(names.serviceRole(id), 'Arn'),
        NodeType: propString(node, 'nodeType', 'dax.t3.small'),
        ReplicationFactor: propNumber(node, 'replicationFactor', 3),
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
    Value: getAtt(id, 'ClusterDiscoveryEndpoint'),
  });
};
