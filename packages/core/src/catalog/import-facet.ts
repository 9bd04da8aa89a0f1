/**
 * The importer's facet of a kind: which template resources it claims, which resources fold into
 * it, and how its props are read back. The importer (`import/template.ts`) runs the steps
 * (classify, assign owners, infer edges, keep extras) and asks each kind through this interface.
 */
import type { EmitContext } from '../cfn/context';
import type { PropReader, Raw } from '../import/props';
import type { DesignEdge, DesignNode } from '../model/types';

/** A template resource as the importer sees it. */
export interface ImportedResource {
  readonly id: string;
  readonly type: string;
  /** The resource entry verbatim (Type, Properties, attributes). */
  readonly raw: Raw;
  /** Its Properties (empty when absent). */
  readonly props: Raw;
  /** `props` with `Ref`s to parameters replaced by their literal defaults: what props are read from. */
  readonly view: Raw;
  /** The node id our exporter stamped in its Metadata, if any. */
  readonly stamp: string | undefined;
  /** Parameters whose defaults `view` uses. */
  readonly params: readonly string[];
}

export interface ReadContext {
  readonly reader: PropReader;
  /** The primary resource and every resource that folded into the node. */
  readonly members: readonly ImportedResource[];
  readonly byId: ReadonlyMap<string, ImportedResource>;
}

export interface ImportFacet {
  /** Whether a resource is this kind's primary resource (its type, and a check that it really is what the kind models). */
  claims(resource: ImportedResource): boolean;
  /**
   * Resource types the kind derives from a node, that fold into it when attached to it, with the
   * properties by which such a resource names the resource it belongs to (`Listener.LoadBalancerArn`).
   */
  readonly derived?: Readonly<Record<string, readonly string[]>>;
  /** Properties of the primary resource that point at other nodes (relations, not ownership). */
  readonly relations?: readonly string[];
  /** References of the primary resource that are connections to other components (default: all). */
  serviceRefs?(resource: ImportedResource, collect: (value: unknown) => string[]): ReadonlySet<string> | undefined;
  /** Props of the node, read from its primary resource and what folded into it. */
  readProps(resource: ImportedResource, ctx: ReadContext): void;
  /** Props of an edge from this node to another group (`groupOf` maps a resource id to its node). */
  edgeProps?(resource: ImportedResource, ref: string, to: string, groupOf: (id: string) => string | undefined, warnings: string[]): Raw;
  /** Editing and reaching an imported node during export. */
  readonly edit?: ImportEditFacet;
}

/** A resource a node holds, as the export writes it: a deep copy of the imported entry, edited in place. */
export interface HeldResource {
  readonly id: string;
  /** `{ Type, Properties?, …attributes }`, mutable. */
  resource: Raw;
}

/** The resources an imported node holds during export (its primary resource first). */
export interface Held {
  readonly primary: HeldResource;
  readonly all: readonly HeldResource[];
  ofType(type: string): HeldResource[];
  get(id: string): HeldResource | undefined;
  /** The type of any resource of the template (held by this node or not), or of a parameter (`Parameter:<Type>`). */
  typeOf(id: string): string | undefined;
}

/** What a prop writer may use besides the node's own resources. */
export interface WriteContext {
  /** The prop's value when the template was imported. */
  readonly original: unknown;
  /** A resource of the export held by another node or shared (e.g. the target group an ALB holds), to edit in place. */
  resource(id: string): Raw | undefined;
  /** A problem the export reports without failing (e.g. a value the template keeps in a parameter). */
  warn(message: string): void;
}

/**
 * Writes one changed prop into the held resources: exactly the property it maps to and nothing
 * else (a targeted edit). A kind without a writer for a prop cannot change it on an imported
 * node: the export says so instead of guessing.
 */
export type PropWriter = (value: unknown, held: Held, ctx: WriteContext) => void;

/** How an imported node is edited and reached during export (lossless import). */
export interface ImportEditFacet {
  readonly write?: Readonly<Record<string, PropWriter>>;
  /** The port callers connect to, as the template sets it (else the kind's default from its props). */
  port?(held: Held): number | undefined;
  /** The `GroupId` of the node's security group, if it has one (callers' ingress rules point at it). */
  securityGroup?(held: Held): unknown;
  /** A `Ref` to the node's IAM role, if it has one (statements for new connections are attached to it). */
  role?(held: Held): unknown;
  /** The network the node lives in: the VPC id and the subnets (values as the template gives them). */
  network?(held: Held): { readonly vpcId?: unknown; readonly subnets?: unknown };
  /**
   * A new connection from this imported node (it is the caller): add what the kind's own
   * resources need for it, beside what is there. IAM statements (to the node's `role`) and the
   * callee's security-group rule are added for every kind already. Returns false when the kind
   * cannot take this connection safely (the export then says so instead of writing a template
   * that deploys but does not work).
   */
  connectOut?(target: DesignNode, edge: DesignEdge, held: Held, ctx: EmitContext): boolean;
  /** A new connection into this imported node (it is the callee); see `connectOut`. */
  connectIn?(source: DesignNode, edge: DesignEdge, held: Held, ctx: EmitContext): boolean;
  /** Repairs the node's own resources after references were detached (e.g. cache behaviors of a removed origin). */
  afterDetach?(held: Held, removed: ReadonlySet<string>): void;
}
