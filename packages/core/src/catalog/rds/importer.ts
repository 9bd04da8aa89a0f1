/** RDS DB instances (PostgreSQL, MySQL; not members of an Aurora cluster) read back from a template. */
import { bool, num } from '../../import/values';
import type { ImportFacet } from '../import-facet';

export const rdsImporter: ImportFacet = {
  claims: (r) => r.type === 'AWS::RDS::DBInstance' && ['postgres', 'mysql'].includes(String(r.view['Engine'])) && r.view['DBClusterIdentifier'] === undefined,
  derived: { 'AWS::RDS::DBSubnetGroup': [], 'AWS::RDS::DBParameterGroup': [] },
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
