/** The heavy facets of the kind (emitters, importer), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitLambda } from './cfn';
import { lambdaCdk } from './cdk';
import { lambdaImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitLambda,
    resources: {
      'AWS::Lambda::Function': { primary: true, tags: 'standard' },
      'AWS::Logs::LogGroup': { tags: 'standard' },
      'AWS::IAM::Role': { tags: 'standard' },
    },
  },
  cdk: { ...lambdaCdk, idSuffix: 'Function', primaryResources: () => ['AWS::Lambda::Function'] },
  importer: lambdaImporter,
};
