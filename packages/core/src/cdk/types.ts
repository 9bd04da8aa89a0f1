/**
 * How one kind becomes CDK code: each `catalog/<kind>/cdk.ts` exports a `CdkEmitter`, and the
 * stack assembler (`cdk/stack.ts`) calls them in phase order with a `CdkContext` that hands out
 * names, imports, environment sizes, outputs and subnet selections.
 */
import type { Kind } from '../catalog/index';
import type { KindFacets } from '../catalog/kind';
import type { NetworkPlan, SubnetTier } from '../network/plan';
import type { DesignIndex } from '../model/graph';
import type { DesignNode } from '../model/types';

/** aws-cdk-lib modules the generated stack may import, by their conventional alias. */
export const CDK_MODULES = {
  apigateway: 'aws-cdk-lib/aws-apigateway',
  autoscaling: 'aws-cdk-lib/aws-autoscaling',
  cloudfront: 'aws-cdk-lib/aws-cloudfront',
  cr: 'aws-cdk-lib/custom-resources',
  dax: 'aws-cdk-lib/aws-dax',
  dynamodb: 'aws-cdk-lib/aws-dynamodb',
  ec2: 'aws-cdk-lib/aws-ec2',
  elasticache: 'aws-cdk-lib/aws-elasticache',
  elbv2: 'aws-cdk-lib/aws-elasticloadbalancingv2',
  iam: 'aws-cdk-lib/aws-iam',
  lambda: 'aws-cdk-lib/aws-lambda',
  logs: 'aws-cdk-lib/aws-logs',
  origins: 'aws-cdk-lib/aws-cloudfront-origins',
  rds: 'aws-cdk-lib/aws-rds',
  s3: 'aws-cdk-lib/aws-s3',
  secretsmanager: 'aws-cdk-lib/aws-secretsmanager',
  sns: 'aws-cdk-lib/aws-sns',
  wafv2: 'aws-cdk-lib/aws-wafv2',
} as const;
export type CdkModule = keyof typeof CDK_MODULES;

/** Deployment stages the exported app knows; `prod` carries the design's own sizes. */
export const STAGES = ['dev', 'stage', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

export type SizeValue = number | string | boolean;

/** One environment-dependent size: its value per stage and a line of documentation. */
export interface SizeSpec {
  readonly doc: string;
  readonly prod: SizeValue;
  readonly stage: SizeValue;
  readonly dev: SizeValue;
}

/** A size of a kind: the CDK field it sets, and the suffix of its CloudFormation mapping row (`cfn`). */
export interface KindSize extends SizeSpec {
  readonly cfn: string;
}

export type { SubnetTier };

export interface CdkContext {
  readonly index: DesignIndex;
  readonly vpc: NetworkPlan;
  /** The kinds' facets (handed in: emitters never import the registry). */
  facets(kind: Kind): KindFacets;
  /** Variable holding a node's primary construct. */
  v(nodeId: string): string;
  /** Construct id of a node's primary construct (fixes its logical id). */
  id(nodeId: string): string;
  /** Another construct id for a node, unique in the stack: `helperId('sessions', 'SecurityGroup')`. */
  helperId(nodeId: string, suffix: string): string;
  /** Another local variable for a node, unique in the constructor: `helperVar('sessions', 'SecurityGroup')`. */
  helperVar(nodeId: string, suffix: string): string;
  /** Marks a module as imported. */
  use(module: CdkModule): void;
  /** Declares an environment-dependent size of a node and returns the expression that reads it. */
  size(nodeId: string, field: string, spec: SizeSpec): string;
  /** Adds a stack output (sorted by id in the file). */
  output(id: string, value: string, description: string): void;
  /** A `vpcSubnets` selection expression for a tier. */
  subnets(tier: SubnetTier): string;
  /** True the first time a key is asked (for blocks shared by several nodes). */
  once(key: string): boolean;
  /** Adds a module-level helper function (once per key). */
  helper(key: string, code: string): void;
  /**
   * Asks for the stack's shared access-log bucket (declared before the first node, its policy after
   * the last) and returns its variable. `statements` are TypeScript expressions of
   * `iam.PolicyStatement`s for the log delivery; `dependent` a variable whose resource must wait
   * for the policy (a load balancer checks it may write there).
   */
  accessLogs(options?: CdkAccessLogOptions): string;
  /** The scope of the us-east-1 stack (a CLOUDFRONT-scope web ACL is created there); asking for it makes the app create that stack. */
  usEast1(): string;
  /** A statement acknowledging cdk-nag findings on the construct `target` (a TypeScript expression), with the reasons the CloudFormation export writes. */
  acknowledge(target: string, rules: readonly CdkAcknowledgement[]): string;
}

export interface CdkAccessLogOptions {
  readonly statements?: readonly { readonly sid: string; readonly code: string }[];
  /** A delivery writes with object ACLs (CloudFront standard logs). */
  readonly acl?: boolean;
  readonly dependent?: string;
}

export interface CdkAcknowledgement {
  /** The finding id as a TypeScript expression (a string literal, or a template literal that resolves a logical id). */
  readonly id: string;
  readonly reason: string;
}

/** What a kind's `cdk.ts` exports; its definition adds the id suffix and primary resources. */
export interface CdkEmitter {
  /** Emission order: lower first (a construct exists before the code that uses it). */
  readonly phase: number;
  /** The statements that create the node's constructs and wire its outgoing edges. */
  emit(node: DesignNode, ctx: CdkContext): string[];
}
