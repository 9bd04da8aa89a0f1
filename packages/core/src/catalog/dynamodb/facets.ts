/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitDynamoDb } from './cfn';
import { dynamodbCdk } from './cdk';
import { dynamodbImporter } from './importer';
import { dynamodbReach } from './reach';

export const facets: KindFacets = {
  cfn: {
    emit: emitDynamoDb,
    resources: { 'AWS::DynamoDB::Table': { primary: true, tags: 'standard', holdsData: { en: 'table', ko: '테이블', dataEn: 'its items', dataKo: '항목' } } },
  },
  cdk: { ...dynamodbCdk, idSuffix: 'Table', primaryResources: () => ['AWS::DynamoDB::Table'] },
  importer: dynamodbImporter,
  reach: dynamodbReach,
};
