import { tsString } from '../../cdk/literal';
import type { CdkAcknowledgement, CdkEmitter } from '../../cdk/types';
import type { Acknowledgement } from '../../cfn/nag';
import { RDS_ACKS } from './nag';
import { rdsPort } from './reach';
import { rdsSizes } from './sizes';
import { RDS_VERSIONS, rdsEngineOf } from './versions';

const ack = (a: Acknowledgement): CdkAcknowledgement => ({ id: tsString(a.id), reason: a.reason });

/** `VER_18_3` for 18.3: the constant aws-cdk-lib names a version by. */
function versionConstant(full: string): string {
  return `VER_${full.replace(/\./g, '_')}`;
}

/**
 * RDS: a DatabaseInstance in isolated subnets whose master password RDS generates and keeps in
 * Secrets Manager (`manageMasterUserPassword`, as the CloudFormation export), encrypted storage,
 * a security group that sends nothing, and the same version and sizes per environment as the
 * CloudFormation export. Callers get the port through `connections.allowFrom` (emitted by the
 * caller's kind).
 */
export const rdsCdk: CdkEmitter = {
  phase: 20,
  emit(node, ctx) {
    ctx.use('rds');
    ctx.use('ec2');
    const v = ctx.v(node.id);
    const p = node.props;
    const engine = rdsEngineOf(p);
    const version = RDS_VERSIONS[engine];
    const sizes = rdsSizes(node);
    const cls = sizes['instanceClass']!;
    const sg = ctx.helperVar(node.id, 'SecurityGroup');
    const backups = Number(p['backupRetentionDays'] ?? 7);
    const port = rdsPort(engine);
    ctx.output(`${ctx.id(node.id)}Endpoint`, `${v}.dbInstanceEndpointAddress`, `Endpoint of database ${node.id}`);
    ctx.output(`${ctx.id(node.id)}SecretArn`, `${v}.secret!.secretArn`, `Secret with the credentials of database ${node.id}`);
    const strip = (c: unknown) => String(c).replace(/^db\./, '');
    return [
      `const ${sg} = new ec2.SecurityGroup(this, ${tsString(ctx.helperId(node.id, 'SecurityGroup'))}, {`,
      `  vpc,`,
      `  description: ${tsString(`Database ${node.id}: reachable only from its callers`)},`,
      `  allowAllOutbound: false,`,
      `});`,
      `const ${v} = new rds.DatabaseInstance(this, ${tsString(ctx.id(node.id))}, {`,
      engine === 'mysql'
        ? `  engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.${versionConstant(version.full)} }),`
        : `  engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.${versionConstant(version.full)} }),`,
      `  instanceType: new ec2.InstanceType(${ctx.size(node.id, 'instanceType', { ...cls, doc: 'Instance class without the "db." prefix.', prod: strip(cls.prod), stage: strip(cls.stage), dev: strip(cls.dev) })}),`,
      `  vpc,`,
      `  vpcSubnets: ${ctx.subnets('data')},`,
      `  securityGroups: [${sg}],`,
      `  // RDS generates the master password and keeps it in Secrets Manager: never in the template.`,
      `  credentials: rds.Credentials.fromUsername('dbadmin'),`,
      `  manageMasterUserPassword: true,`,
      `  port: ${port},`,
      `  databaseName: ${tsString(String(p['databaseName'] ?? 'app'))},`,
      `  multiAz: ${ctx.size(node.id, 'multiAz', sizes['multiAz']!)},`,
      `  allocatedStorage: ${Number(p['allocatedStorage'] ?? 20)},`,
      `  storageType: rds.StorageType.GP3,`,
      `  storageEncrypted: true,`,
      `  backupRetention: cdk.Duration.days(${backups}),`,
      `  deletionProtection: ${ctx.size(node.id, 'deletionProtection', sizes['deletionProtection']!)},`,
      `  publiclyAccessible: false,`,
      `  removalPolicy: cdk.RemovalPolicy.SNAPSHOT,`,
      `});`,
      ctx.acknowledge(v, [
        ack(RDS_ACKS.defaultPort(port)),
        ack(RDS_ACKS.deletionProtection),
        ack(RDS_ACKS.singleAz(p['multiAz'] !== false)),
        ...(backups === 0 ? [ack(RDS_ACKS.noBackups)] : []),
      ]),
    ];
  },
};
