/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitRds } from './cfn';
import { rdsCdk } from './cdk';
import { rdsImporter } from './importer';
import { rdsReach } from './reach';

export const facets: KindFacets = {
  cfn: {
    emit: emitRds,
    resources: {
      'AWS::RDS::DBInstance': { primary: true, tags: 'standard', holdsData: { en: 'the database', ko: '데이터베이스' } },
      'AWS::RDS::DBSubnetGroup': { tags: 'standard' },
    },
  },
  cdk: { ...rdsCdk, idSuffix: 'Database', primaryResources: () => ['AWS::RDS::DBInstance'] },
  importer: rdsImporter,
  reach: rdsReach,
};
