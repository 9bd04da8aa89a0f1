/** The literal registry of CDK emitters, one per kind (`catalog/<kind>/cdk.ts`). */
import { albCdk } from '../catalog/alb/cdk';
import { asgCdk } from '../catalog/asg/cdk';
import { cfnResourceCdk } from '../catalog/cfn-resource/cdk';
import { cloudfrontCdk } from '../catalog/cloudfront/cdk';
import { daxCdk } from '../catalog/dax/cdk';
import { dynamodbCdk } from '../catalog/dynamodb/cdk';
import { elasticacheCdk } from '../catalog/elasticache/cdk';
import type { Kind } from '../catalog/index';
import { rdsCdk } from '../catalog/rds/cdk';
import { s3Cdk } from '../catalog/s3/cdk';
import { wafCdk } from '../catalog/waf/cdk';
import type { CdkEmitter } from './types';

export const CDK_EMITTERS: Readonly<Record<Kind, CdkEmitter>> = {
  waf: wafCdk,
  cloudfront: cloudfrontCdk,
  s3: s3Cdk,
  alb: albCdk,
  asg: asgCdk,
  elasticache: elasticacheCdk,
  dax: daxCdk,
  dynamodb: dynamodbCdk,
  rds: rdsCdk,
  'cfn-resource': cfnResourceCdk,
};
