/**
 * RDS → a DB subnet group in the data subnets and an encrypted instance whose master password is
 * generated and kept in Secrets Manager by RDS (`ManageMasterUserPassword`): never a password in
 * the template. Engine version pinned (`versions.ts`); class and Multi-AZ per environment, deletion
 * protection in prod (`sizes.ts`); a final snapshot on delete or replacement.
 */
import { rdsPort } from './reach';
import { type NodeEmitter, getAtt, names, propNumber, propString, ref } from '../../cfn/context';
import { perEnvironment } from '../../cfn/environments';
import { acknowledged } from '../../cfn/nag';
import { RDS_ACKS } from './nag';
import { rdsSizes } from './sizes';
import { RDS_VERSIONS, rdsEngineOf } from './versions';

export const emitRds: NodeEmitter = (node, ctx) => {
  const id = ctx.id(node.id);
  const engine = rdsEngineOf(node.props);
  const sizes = rdsSizes(node);
  const size = (field: string) => perEnvironment(ctx, `${id}${sizes[field]!.cfn}`, sizes[field]!);
  const backups = propNumber(node, 'backupRetentionDays', 7);
  const port = rdsPort(engine);
  ctx.add(
    names.subnetGroup(id),
    { Type: 'AWS::RDS::DBSubnetGroup', Properties: { DBSubnetGroupDescription: `${id} subnets`, SubnetIds: ctx.subnetsOf(node.id) } },
    node.id,
  );
  ctx.add(
    id,
    {
      Type: 'AWS::RDS::DBInstance',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: {
        Engine: engine,
        EngineVersion: RDS_VERSIONS[engine].full,
        DBInstanceClass: size('instanceClass'),
        AllocatedStorage: String(propNumber(node, 'allocatedStorage', 20)),
        StorageType: 'gp3',
        StorageEncrypted: true,
        MultiAZ: size('multiAz'),
        DBName: propString(node, 'databaseName', 'app'),
        MasterUsername: 'dbadmin',
        ManageMasterUserPassword: true,
        Port: String(port),
        DBSubnetGroupName: ref(names.subnetGroup(id)),
        VPCSecurityGroups: [ctx.securityGroupId(node.id)],
        PubliclyAccessible: false,
        BackupRetentionPeriod: backups,
        CopyTagsToSnapshot: true,
        AutoMinorVersionUpgrade: true,
        DeletionProtection: size('deletionProtection'),
      },
      Metadata: acknowledged([
        RDS_ACKS.defaultPort(port),
        RDS_ACKS.deletionProtection,
        RDS_ACKS.singleAz(node.props['multiAz'] !== false),
        backups === 0 ? RDS_ACKS.noBackups : undefined,
      ]),
    },
    node.id,
  );
  ctx.output(`${id}Endpoint`, { Description: `Endpoint address of ${id} (port ${port})`, Value: getAtt(id, 'Endpoint.Address') });
  ctx.output(`${id}SecretArn`, {
    Description: `Secrets Manager secret holding the master credentials of ${id}`,
    Value: getAtt(id, 'MasterUserSecret.SecretArn'),
  });
};
