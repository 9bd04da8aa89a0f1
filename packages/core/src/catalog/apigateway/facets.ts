/** The heavy facets of the kind (emitters, importer), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitApiGateway } from './cfn';
import { apigatewayCdk } from './cdk';
import { apigatewayImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitApiGateway,
    resources: {
      'AWS::ApiGateway::RestApi': { primary: true, tags: 'standard' },
      'AWS::ApiGateway::Resource': {},
      'AWS::ApiGateway::Method': {},
      'AWS::ApiGateway::Deployment': {},
      'AWS::ApiGateway::Stage': { tags: 'standard' },
      'AWS::ApiGateway::Account': {},
      'AWS::Lambda::Permission': {},
      'AWS::Logs::LogGroup': { tags: 'standard' },
      'AWS::IAM::Role': { tags: 'standard' },
    },
  },
  cdk: { ...apigatewayCdk, idSuffix: 'Api', primaryResources: () => ['AWS::ApiGateway::RestApi'] },
  importer: apigatewayImporter,
};
