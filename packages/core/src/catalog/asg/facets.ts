/** The heavy facets of the kind (emitters, importer, how callers reach it), loaded on demand. */
import type { KindFacets } from '../kind';
import { emitAsg } from './cfn';
import { asgCdk } from './cdk';
import { asgImporter } from './importer';

export const facets: KindFacets = {
  cfn: {
    emit: emitAsg,
    resources: {
      'AWS::AutoScaling::AutoScalingGroup': { primary: true, tags: 'propagate' },
      'AWS::EC2::LaunchTemplate': {},
      'AWS::AutoScaling::ScalingPolicy': {},
      'AWS::IAM::Role': { tags: 'standard' },
      'AWS::IAM::Policy': {},
      'AWS::IAM::InstanceProfile': {},
    },
  },
  cdk: { ...asgCdk, idSuffix: 'Group', primaryResources: () => ['AWS::AutoScaling::AutoScalingGroup', 'AWS::EC2::LaunchTemplate'] },
  importer: asgImporter,
  reach: { port: (node) => Number(node.props['appPort'] ?? 80) },
};
