/** The registry of emitters: one per kind, each in `catalog/<kind>/cfn.ts`. Typed by `Kind`, so a new kind without an emitter does not compile. */
import { emitAlb } from '../catalog/alb/cfn';
import { emitAsg } from '../catalog/asg/cfn';
import { emitCfnResource } from '../catalog/cfn-resource/cfn';
import { emitCloudFront } from '../catalog/cloudfront/cfn';
import { emitDax } from '../catalog/dax/cfn';
import { emitDynamoDb } from '../catalog/dynamodb/cfn';
import { emitElastiCache } from '../catalog/elasticache/cfn';
import type { Kind } from '../catalog/index';
import { emitRds } from '../catalog/rds/cfn';
import { emitS3 } from '../catalog/s3/cfn';
import { emitWaf } from '../catalog/waf/cfn';
import type { NodeEmitter } from './context';

export const CFN_EMITTERS: Readonly<Record<Kind, NodeEmitter>> = {
  waf: emitWaf,
  cloudfront: emitCloudFront,
  s3: emitS3,
  alb: emitAlb,
  asg: emitAsg,
  elasticache: emitElastiCache,
  dax: emitDax,
  dynamodb: emitDynamoDb,
  rds: emitRds,
  'cfn-resource': emitCfnResource,
};
