/** RDS DB instances (PostgreSQL, MySQL; not members of an Aurora cluster) read back from a template. */
import { firstGroupId, getPath, setPath } from '../../import/edit';
import { collectRefs } from '../../import/refs';
import { bool, num } from '../../import/values';
import type { ImportFacet } from '../import-facet';
import { rdsPort } from './reach';

export const rdsImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::RDS::DBInstance' && ['postgres', 'mysql'].includes(String(r.view['Engine'])) && r.view['DBClusterIdentifier'] === undefined,
  derived: { 'AWS::RDS::DBSubnetGroup': [], 'AWS::RDS::DBParameterGroup': [] },
  edit: {
    write: {
      // Engine properties only: the version and the parameter group belong to the old engine.
      engine(v, held) {
        setPath(held.primary, ['Engine'], v);
        setPath(held.primary, ['EngineVersion'], undefined);
        setPath(held.primary, ['DBParameterGroupName'], undefined);
      },
      multiAz: (v, held) => setPath(held.primary, ['MultiAZ'], v),
      instanceClass: (v, held) => setPath(held.primary, ['DBInstanceClass'], v),
      allocatedStorage: (v, held) => setPath(held.primary, ['AllocatedStorage'], v),
      databaseName: (v, held) => setPath(held.primary, ['DBName'], v),
      backupRetentionDays: (v, held) => setPath(held.primary, ['BackupRetentionPeriod'], v),
    },
    port(held) {
      const port = Number(getPath(held.primary, ['Port']));
      return Number.isInteger(port) && port > 0 ? port : rdsPort(getPath(held.primary, ['Engine']));
    },
    securityGroup: (held) => firstGroupId(getPath(held.primary, ['VPCSecurityGroups']), held),
    network(held) {
      const [group] = collectRefs(getPath(held.primary, ['DBSubnetGroupName']));
      const subnetGroup = group ? held.get(group) : undefined;
      return { subnets: subnetGroup ? getPath(subnetGroup, ['SubnetIds']) : undefined };
    },
    connectIn: () => true,
  },
  readProps(r, { reader }) {
    const p = r.view;
    reader.set('engine', p['Engine'], 'Engine');
    reader.set('multiAz', p['MultiAZ'] === undefined ? false : bool(p['MultiAZ']), 'MultiAZ', p['MultiAZ']);
    reader.set('instanceClass', p['DBInstanceClass'], 'DBInstanceClass');
    if (p['AllocatedStorage'] !== undefined) reader.set('allocatedStorage', num(p['AllocatedStorage']), 'AllocatedStorage', p['AllocatedStorage']);
    if (p['DBName'] !== undefined) reader.set('databaseName', p['DBName'], 'DBName');
    if (p['BackupRetentionPeriod'] !== undefined)
      reader.set('backupRetentionDays', num(p['BackupRetentionPeriod']), 'BackupRetentionPeriod', p['BackupRetentionPeriod']);
  },
};
