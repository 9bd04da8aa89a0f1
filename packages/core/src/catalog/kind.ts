/**
 * The kind interface: everything Stackcanvas knows about one AWS service, in one object that the
 * kind's folder (`catalog/<kind>/index.ts`) exports and `catalog/index.ts` registers with one line.
 *
 * Central code (template assembly, security groups, the network plan, the CDK stack, the
 * importer, the app's palette and icons, the doc generators) loops over the registry and reads
 * these facets; it never switches on a kind name. Callees declare how they are reached (`reach`);
 * callers' emitters read that instead of knowing every callee.
 */
import type { CdkAcknowledgement, CdkContext } from '../cdk/types';
import type { CfnObject, CfnValue, EmitContext, NodeEmitter } from '../cfn/context';
import type { Acknowledgement } from '../cfn/nag';
import type { DesignIndex } from '../model/graph';
import type { DesignNode } from '../model/types';
import type { ImportFacet } from './import-facet';
import type { TrafficFacet } from '../traffic/types';
import type { ComponentSpec, I18n } from './types';

/** How a resource type takes tags: a `Key`/`Value` list, a map, or a list whose entries say `PropagateAtLaunch` (Auto Scaling groups). */
export type TagStyle = 'standard' | 'map' | 'propagate';

/** A resource type that holds data a replacement or a removal destroys, named for a warning. */
export interface DataHolding {
  /** What the thing is called in a sentence: "table", "database". */
  readonly en: string;
  readonly ko: string;
  /** What is lost: "its items", "its objects". */
  readonly dataEn: string;
  readonly dataKo: string;
  /** `DeletionPolicy`/`UpdateReplacePolicy: Snapshot` keeps a snapshot (a function: only for some property values). */
  readonly snapshot?: boolean | ((properties: Readonly<Record<string, unknown>>) => boolean);
}

/** Replacement of one property decided from its old and new literal values where the schema says only "maybe". */
export type ReplacementRefinement = (oldValue: unknown, newValue: unknown) => 'True' | 'False' | 'Conditional' | undefined;

/** What the template assembly and the change-set preview need to know of a resource type a kind emits. */
export interface ResourceTypeInfo {
  /** The kind's primary resource: what a reader calls "the" resource of the node. */
  readonly primary?: boolean;
  /** How it takes the `Environment` tag; absent = it has no Tags property (or see `untagged`). */
  readonly tags?: TagStyle;
  /** Why a type whose schema has Tags is left untagged (e.g. a validator that does not know them yet). */
  readonly untagged?: string;
  /** It holds data that a replacement or removal loses (a table, a bucket, a database, a cache). */
  readonly holdsData?: DataHolding;
  /** The DeletionPolicy CloudFormation applies when none is written (RDS instances outside a cluster: Snapshot). */
  deletionDefault?(properties: Readonly<Record<string, unknown>>): 'Snapshot' | undefined;
  /** Properties that give the resource a custom name the schema's identifiers do not reveal (a replacement cannot keep it). */
  readonly customNames?: readonly string[];
  /** Exact answers where the resource schema says "maybe" (e.g. an RDS engine change replaces the instance). */
  readonly replacement?: Readonly<Record<string, ReplacementRefinement>>;
}

/** Where a node sits in the network plan. */
export type SubnetTier = 'public' | 'app' | 'data';

export interface NetworkFacet {
  /**
   * The subnet tier of a node (e.g. an ALB: public when internet-facing), or undefined when this
   * node stays outside the VPC: a kind whose placement depends on its connections (a Lambda
   * function is in the VPC exactly when it calls something that lives there) says so here, and
   * its component's `inVpc` is `'conditional'`.
   */
  tier(node: DesignNode, index: DesignIndex): SubnetTier | undefined;
  /**
   * Its instances need outbound internet access (package mirrors, AWS APIs): the tier gets NAT
   * egress. A function for a kind that needs it only for some nodes (asked only of nodes in the VPC).
   */
  readonly egress?: boolean | ((node: DesignNode, index: DesignIndex) => boolean);
  /** The node needs an internet gateway on the VPC although it is not public (a CloudFront VPC origin). */
  gateway?(node: DesignNode, index: DesignIndex): boolean;
}

export interface CfnFacet {
  readonly emit: NodeEmitter;
  /** Every resource type the emitter writes for a node of this kind. */
  readonly resources: Readonly<Record<string, ResourceTypeInfo>>;
  /**
   * Ingress rules of the node's security group that do not come from a caller's security group
   * (an ALB: from CloudFront's prefix list, the VPC, or the internet). Callers with a security group
   * are added by the assembly from `reach.port`.
   */
  ingress?(node: DesignNode, ctx: EmitContext): CfnObject[];
  /** cdk-nag findings on the node's security group that do not apply (e.g. a public load balancer open to the internet). */
  securityGroupAcknowledgements?(node: DesignNode, ctx: EmitContext): Acknowledgement[];
}

export interface CdkFacet {
  /** Emission order: lower first (a construct exists before the code that uses it). */
  readonly phase: number;
  /** Suffix of the variable name when the node id alone would clash (`sessions` → `sessionsCache`). */
  readonly idSuffix: string;
  /** The statements that create the node's constructs and wire its outgoing edges. */
  emit(node: DesignNode, ctx: CdkContext): string[];
  /** The primary CloudFormation resource types the CDK app creates for this node. */
  primaryResources(node: DesignNode, index: DesignIndex): readonly string[];
}

/** An environment variable a caller gets to find a callee, e.g. `SESSIONS_ENDPOINT`. */
export interface EnvVar {
  /** Suffix after the node's name: `ENDPOINT`, `TABLE`, `BUCKET`, `SECRET_ARN`. */
  readonly name: string;
  readonly value: CfnValue;
}

export interface CdkEnvVar {
  readonly name: string;
  /** The body of a TypeScript template literal giving the value, e.g. `${table.tableName}`. */
  readonly template: string;
}

/**
 * What a caller needs to reach a node of this kind. The callee declares it; the caller's emitter
 * (an Auto Scaling group, a Lambda function) reads it, so no caller knows its callees' details.
 */
export interface ReachFacet {
  /** A VPC gateway endpoint that keeps callers' traffic to this service off the NAT gateways (CDK construct id and service). */
  readonly gatewayEndpoint?: { readonly id: string; readonly service: 'S3' | 'DYNAMODB' };
  /** TCP port callers in the VPC connect to (opens the node's security group to each caller's). */
  port?(node: DesignNode): number | undefined;
  /** IAM statements (data-plane actions on this node's resources) a caller's role needs. */
  iam?(node: DesignNode, ctx: EmitContext): CfnObject[];
  /** cdk-nag findings those statements cause on the caller's policy and why they stay (e.g. object actions on this bucket's objects). */
  iamAcknowledgements?(node: DesignNode, ctx: EmitContext): Acknowledgement[];
  /** Environment variables (endpoints, names) a caller gets. */
  env?(node: DesignNode, ctx: EmitContext): EnvVar[];
  /** The same in the CDK app: grants and security-group openings for a caller variable. */
  cdk?: {
    /** Statements that let `caller` (a variable with `connections` and a grant principal) reach the node. */
    wire(caller: string, callerId: string, node: DesignNode, ctx: CdkContext): string[];
    env(node: DesignNode, ctx: CdkContext): CdkEnvVar[];
    /** The same as `iamAcknowledgements`, for the caller's policy in the CDK app. */
    acknowledgements?(node: DesignNode, ctx: CdkContext): CdkAcknowledgement[];
  };
}

/**
 * The heavy facets of a kind: its emitters, its importer and how callers reach it. Most of a
 * kind's code is here, so the definition loads them on demand (`facets()`); the entries of core
 * that need them (`@stackcanvas/core/cfn`, `/cdk`, `/import`) load every kind's facets first, and
 * the app's first load (canvas, palette, validation) needs none.
 */
export interface KindFacets {
  readonly cfn: CfnFacet;
  readonly cdk: CdkFacet;
  /** How the importer recognises and reads this kind in a template; absent = never recognised. */
  readonly importer?: ImportFacet;
  readonly reach?: ReachFacet;
  /** Resources that only exist in us-east-1 (a web ACL for CloudFront): exported as a companion stack. */
  readonly usEast1?: UsEast1Facet;
  /** This kind can hold the stack's access logs (S3): how both exports write the shared log bucket. */
  readonly logStore?: LogStoreFacet;
}

/**
 * A node whose resources must live in us-east-1 (a CLOUDFRONT-scope web ACL; an ACM certificate
 * for CloudFront). The CloudFormation export moves them to a small companion stack and the main
 * stack takes what it references from them as parameters (`cfn/stacks.ts`); the CDK app creates
 * them in a us-east-1 stack with cross-Region references.
 */
export interface UsEast1Facet {
  /** The node has such resources. */
  needed(node: DesignNode, index: DesignIndex): boolean;
  /** Whether one of the node's emitted resources goes to the us-east-1 stack. */
  moves(resource: { readonly logicalId: string; readonly Type: string; readonly Properties?: Readonly<Record<string, unknown>> }): boolean;
}

/** How the shared access-log bucket is written (`cfn/logging.ts`, the CDK stack assembly). */
export interface LogStoreFacet {
  /** The resource type of the store (counted with the primary resources of the CDK app). */
  readonly resourceType: string;
  /** The `LogDestinationType` of a VPC flow log delivered to the store. */
  readonly flowLogDestinationType: string;
  /** Adds the bucket (shared, `ctx.addShared`) under `logicalId`; `acl`: a delivery writes with object ACLs (CloudFront standard logs). */
  cfn(ctx: EmitContext, logicalId: string, options: { readonly acl: boolean }): void;
  /**
   * The statements that create the bucket (variable `names.bucket`, construct id `names.bucketId`)
   * and its policy (`names.policy`, `names.policyId`): TLS only plus `statements`, TypeScript
   * expressions of raw policy statements.
   */
  cdk(
    ctx: CdkContext,
    names: { readonly bucket: string; readonly bucketId: string; readonly policy: string; readonly policyId: string },
    options: { readonly acl: boolean; readonly statements: readonly string[] },
  ): string[];
}

export interface KindDefinition {
  readonly kind: string;
  /** Props, connections and what they mean, texts in English and Korean, icon, palette category. */
  readonly component: ComponentSpec;
  /** Present for kinds that live in the VPC: its subnet tier and egress. */
  readonly network?: NetworkFacet;
  /**
   * How the traffic what-if treats it (its role, hit ratios, capacity, traffic props); absent =
   * answers what it receives. Loaded on demand: `traffic/facets.ts` awaits every kind's at module
   * level, so the model, the traffic props and the rules that read them stay synchronous, and the
   * catalog that draws the canvas and the palette does not carry them.
   */
  readonly traffic?: () => Promise<TrafficFacet>;
  /** The generic kind (`cfn-resource`): an imported resource the catalog does not model. */
  readonly generic?: boolean;
  /** Loads the emitters, the importer and the reach facet (see `KindFacets`). */
  facets(): Promise<KindFacets>;
  /** Loads the help texts of its props (`help.ts`, see `KindHelp`). */
  help(): Promise<KindHelp>;
}

/**
 * What a kind's props are for, in every UI language: the inspector's help lines and
 * `docs/components.md`. A facet of its own (loaded on demand: `loadHelp`, `propHelp`), since the
 * catalog that draws the canvas and the palette never shows them. Every prop of the component has
 * one (`catalog.test.ts`).
 */
export interface KindHelp {
  /** By prop name, every prop of the component. */
  readonly props: Readonly<Record<string, I18n>>;
  /** By prop name, every prop an edge of its connections carries (`ConnectionSpec.edgeProps`). */
  readonly edgeProps?: Readonly<Record<string, I18n>>;
}
