/**
 * The importer's facet of a kind: which template resources it claims, which resources fold into
 * it, and how its props are read back. The importer (`import/template.ts`) runs the steps
 * (classify, assign owners, infer edges, keep extras) and asks each kind through this interface.
 */
import type { PropReader, Raw } from '../import/props';

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
}
