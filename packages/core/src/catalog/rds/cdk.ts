import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';
import { rdsPort } from './reach';

/**
 * RDS: a DatabaseInstance in isolated subnets with generated credentials in Secrets Manager,
 * encrypted storage and Multi-AZ per the environment. Callers get the port through
 * `connections.allowFrom` on its port (emitted by the caller's kind).
 */
export const rdsCdk: CdkEmitter = {
  phase: 20,
  emit(node, ctx) {
    ctx.use('rds');
    ctx.use('ec2');
    const v = ctx.v(node.id);
    const p = node.props;
    const mysql = p['engine'] === 'mysql';
    const cls = String(p['instanceClass'] ?? 'db.t4g.small');
    const multiAz = p['multiAz'] !== false;
    ctx.output(`${ctx.id(node.id)}Endpoint`, `${v}.dbInstanceEndpointAddress`, `Endpoint of database ${node.id}`);
    ctx.output(`${ctx.id(node.id)}SecretArn`, `${v}.secret!.secretArn`, `Secret with the credentials of database ${node.id}`);
    return [
      `const ${v} = new rds.DatabaseInstance(this, ${tsString(ctx.id(node.id))}, {`,
      mysql
        ? `  engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 }),`
        : `  engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17_9 }),`,
      `  instanceType: new ec2.InstanceType(${ctx.size(node.id, 'instanceType', { doc: 'Instance class without the "db." prefix.', prod: cls.replace(/^db\./, ''), stage: cls.replace(/^db\./, ''), dev: 't4g.micro' })}),`,
      `  vpc,`,
      `  vpcSubnets: ${ctx.subnets('data')},`,
      `  // The master password is generated and kept in Secrets Manager, never in the template.`,
      `  credentials: rds.Credentials.fromGeneratedSecret('dbadmin'),`,
      `  port: ${rdsPort(p['engine'])},`,
      `  databaseName: ${tsString(String(p['databaseName'] ?? 'app'))},`,
      `  multiAz: ${ctx.size(node.id, 'multiAz', { doc: 'A synchronous standby in a second Availability Zone.', prod: multiAz, stage: multiAz, dev: false })},`,
      `  allocatedStorage: ${Number(p['allocatedStorage'] ?? 20)},`,
      `  storageType: rds.StorageType.GP3,`,
      `  storageEncrypted: true,`,
      `  backupRetention: cdk.Duration.days(${Number(p['backupRetentionDays'] ?? 7)}),`,
      `  publiclyAccessible: false,`,
      `  removalPolicy: cdk.RemovalPolicy.SNAPSHOT,`,
      `});`,
    ];
  },
};
