/**
 * What cdk-nag's AwsSolutions pack finds on a REST API that does not apply to the design or
 * stays, with the reasons both exports write (the resource's `Metadata.cdk_nag`, and
 * `Validations.of(…).acknowledge` in the CDK app).
 */
import type { Acknowledgement } from '../../cfn/nag';

export const API_ACKS = {
  requestValidation: {
    id: 'AwsSolutions-APIG2',
    reason:
      'The routes are read-through proxies (GET by path or id) to the function, load balancer or table behind them, which validate what they receive; the design models no request body or schema to validate against. Add a RequestValidator with a model when the API takes input.',
  },
  authorization: {
    id: 'AwsSolutions-APIG4',
    reason:
      'A public read API: the design draws no authorizer (no Cognito user pool, IAM callers or Lambda authorizer), and the cached responses are the same for every caller. Add an authorizer to the method when the data is not public.',
  },
  cognito: {
    id: 'AwsSolutions-COG4',
    reason:
      'No Cognito user pool is part of the design: the API is public and read-only (see AwsSolutions-APIG4). Attach a Cognito authorizer when users sign in.',
  },
  executionLogs: {
    id: 'AwsSolutions-APIG6',
    reason:
      'Access logs (JSON, one line per request, 30 days) and CloudWatch metrics are on for every method; execution logs (LoggingLevel INFO/ERROR) would add a log line per integration step at a cost the placeholder does not need. Turn on LoggingLevel in the stage method settings when debugging integrations.',
  },
  noAccessLogs: {
    id: 'AwsSolutions-APIG1',
    reason: "The design turned this API's access logs off (prop accessLogs: false); its CloudWatch metrics stay on. Set accessLogs to log every request.",
  },
  cloudWatchRole: {
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
    reason:
      "AmazonAPIGatewayPushToCloudWatchLogs is the policy AWS documents for the account's API Gateway logging role; it only creates log groups and streams and writes events. A hand-written copy would fall behind the service.",
  },
} as const satisfies Record<string, Acknowledgement>;
