/**
 * RDS → a DB subnet group in the private subnets and an encrypted instance whose master password
 * is generated and kept in Secrets Manager by RDS (`ManageMasterUserPassword`): never a password in
 * the template. Deletion protection in prod; a final snapshot on delete or replacement.
 */
import { rdsPort } from './reach';
import { type NodeEmitter, getAtt, ifCond, names, propBool, propNumber, propString, ref } from '../../cfn/context';

export const emitRds: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const mysql = propString(node, 'engine', 'postgres') === 'mysql';
  ctx.conditions.set('IsProd', { 'Fn::Equals': [ref('EnvironmentName'), 'prod'] });
  ctx.add(
    names.subnetGroup(id),
    { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: `${id} subnets`, SubnetIds: ctx.privateSubnets() } },
    node.id,
  );
  ctx.add(
    id,
    {
      Type: 'AWS::RDS::DBInstance',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: {
        Engine: mysql ? 'mysql' : 'postgres',
        DBInstanceClass: propString(node, 'instanceClass', 'db.t4g.small'),
        AllocatedStorage: String(propNumber(node, 'allocatedStorage', 20)),
        StorageType: 'gp3',
        StorageEncrypted: true,
        MultiAZ: propBool(node, 'multiAz', true),
        DBName: propString(node, 'databaseName', 'app'),
        MasterUsername: 'dbadmin',
        ManageMasterUserPassword: true,
        DBSubnetGroupName: ref(names.subnetGroup(id)),
        VPCSecurityGroups: [ctx.securityGroupId(node.id)],
        PubliclyAccessible: false,
        BackupRetentionPeriod: propNumber(node, 'backupRetentionDays', 7),
        CopyTagsToSnapshot: true,
        AutoMinorVersionUpgrade: true,
        DeletionProtection: ifCond('IsProd', true, false),
      },
    },
    node.id,
  );
  ctx.output(`${id}Endpoint`, { Description: `Endpoint address of ${id} (port ${rdsPort(node.props['engine'])})`, Value: getAtt(id, 'Endpoint.Address') });
  ctx.output(`${id}SecretArn`, {
    Description: `Secrets Manager secret holding the master credentials of ${id}`,
    Value: getAtt(id, 'MasterUserSecret.SecretArn'),
  });
};
