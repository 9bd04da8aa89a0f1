/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitDax } from './cfn';
import { daxCdk } from './cdk';
import { daxImporter } from './importer';
import { daxReach } from './reach';

export const facets: KindFacets = {
  cfn: {
    emit: emitDax,
    resources: {
      'AWS::DAX::Cluster': {
        primary: true,
        tags: 'map',
        holdsData: {
          en: 'cache',
          ko: '캐시',
          dataEn: 'the cached items (DAX reads them again from DynamoDB)',
          dataKo: '캐시된 항목(DAX가 DynamoDB에서 다시 읽음)',
        },
      },
      'AWS::DAX::SubnetGroup': {},
      'AWS::DAX::ParameterGroup': {},
      'AWS::IAM::Role': { tags: 'standard' },
      'AWS::IAM::Policy': {},
    },
  },
  cdk: { ...daxCdk, idSuffix: 'Cluster', primaryResources: () => ['AWS::DAX::Cluster'] },
  importer: daxImporter,
  reach: daxReach,
};
