/**
 * Official AWS Architecture Icons (npm `aws-icons`), bundled with the app so it works offline.
 * Keys are the catalog's `icon` paths; a unit test checks that every kind has one.
 * Small SVGs are inlined by Vite as data URLs, which also keeps PNG/SVG export self-contained.
 */
import cloud from 'aws-icons/icons/architecture-group/AWSCloud.svg?url';
import vpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg?url';
import waf from 'aws-icons/icons/architecture-service/AWSWAF.svg?url';
import cloudfront from 'aws-icons/icons/architecture-service/AmazonCloudFront.svg?url';
import dynamodb from 'aws-icons/icons/architecture-service/AmazonDynamoDB.svg?url';
import asg from 'aws-icons/icons/architecture-service/AmazonEC2AutoScaling.svg?url';
import elasticache from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg?url';
import rds from 'aws-icons/icons/architecture-service/AmazonRDS.svg?url';
import s3 from 'aws-icons/icons/architecture-service/AmazonSimpleStorageService.svg?url';
import dax from 'aws-icons/icons/resource/AmazonDynamoDBAmazonDynamoDBAccelerator.svg?url';
import alb from 'aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg?url';

export const ICONS: Readonly<Record<string, string>> = {
  'architecture-group/AWSCloud': cloud,
  'architecture-group/VirtualprivatecloudVPC': vpc,
  'architecture-service/AWSWAF': waf,
  'architecture-service/AmazonCloudFront': cloudfront,
  'architecture-service/AmazonDynamoDB': dynamodb,
  'architecture-service/AmazonEC2AutoScaling': asg,
  'architecture-service/AmazonElastiCache': elasticache,
  'architecture-service/AmazonRDS': rds,
  'architecture-service/AmazonSimpleStorageService': s3,
  'resource/AmazonDynamoDBAmazonDynamoDBAccelerator': dax,
  'resource/ElasticLoadBalancingApplicationLoadBalancer': alb,
};

export function iconUrl(icon: string): string {
  return ICONS[icon] ?? cloud;
}
