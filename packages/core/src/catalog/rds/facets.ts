/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets, ReplacementRefinement } from '../kind';

/**
 * `AWS::RDS::DBInstance.Engine` is "maybe" in the schema only because an Oracle database can be
 * converted in place to the container-database architecture (`oracle-ee` → `oracle-ee-cdb`,
 * `oracle-se2` → `oracle-se2-cdb`: "requires an interruption", not a replacement). Any other
 * engine change creates a new instance: the UpdateReplacePolicy page of the CloudFormation user
 * guide uses exactly this as its example ("if you update the Engine property of an
 * AWS::RDS::DBInstance resource type, CloudFormation creates a new resource and replaces the
 * current DB instance resource with the new one").
 */
const rdsEngineReplacement: ReplacementRefinement = (oldValue, newValue) => {
  if (typeof oldValue !== 'string' || typeof newValue !== 'string') return undefined;
  const from = oldValue.toLowerCase();
  const to = newValue.toLowerCase();
  if (from === to) return 'False';
  if ((from === 'oracle-ee' && to === 'oracle-ee-cdb') || (from === 'oracle-se2' && to === 'oracle-se2-cdb')) return 'False';
  return 'True';
};
import { emitRds } from './cfn';
import { rdsCdk } from './cdk';
import { rdsImporter } from './importer';
import { rdsReach } from './reach';

export const facets: KindFacets = {
  cfn: {
    emit: emitRds,
    resources: {
      'AWS::RDS::DBInstance': {
        primary: true,
        tags: 'standard',
        holdsData: { en: 'database', ko: '데이터베이스', dataEn: 'its data', dataKo: '데이터', snapshot: true },
        // CloudFormation's default DeletionPolicy for a DB instance outside an Aurora cluster is Snapshot (DeletionPolicy page).
        deletionDefault: (properties) => (properties['DBClusterIdentifier'] === undefined ? 'Snapshot' : undefined),
        replacement: { Engine: rdsEngineReplacement },
      },
      'AWS::RDS::DBSubnetGroup': { tags: 'standard' },
    },
  },
  cdk: { ...rdsCdk, idSuffix: 'Database', primaryResources: () => ['AWS::RDS::DBInstance'] },
  importer: rdsImporter,
  reach: rdsReach,
};
