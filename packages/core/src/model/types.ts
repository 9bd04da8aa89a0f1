/**
 * The design document, version 2 (`*.stackcanvas.json`), as `shared/contract.md` gives it.
 * Documents are readonly; change them with the pure operations of `model/ops.ts`.
 *
 * Version 2 adds what lossless import and change sets need: the imported template's resources
 * kept verbatim (`resources`), which of them each node holds and the props it had when imported
 * (`node.imported`), which connections came from the template (`edge.imported`), and deployed
 * baselines per environment (`baselines`). Version 1 documents are migrated on load (`migrate.ts`).
 */
import type { Kind } from '../catalog/index';
import type { CoreMessage } from '../errors/catalogue';

export const DESIGN_FORMAT = 'stackcanvas.design';
export const DESIGN_VERSION = 2;
/** Largest design file accepted, in bytes (UTF-8). */
export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;
/**
 * Most components (nodes) and connections (edges) of one design, wherever it comes from (a file,
 * a share link, an import): twice the 5,000 components the app opens and drags (issue 16), and
 * twenty times CloudFormation's 500 resources per stack. Bounding the count bounds what every
 * generator produces from a design (the export, `unlink`'s document).
 */
export const MAX_DESIGN_NODES = 10_000;
export const MAX_DESIGN_EDGES = 20_000;
/** Node and edge ids: a letter, then letters, digits and dashes, at most 64 characters. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
export const MAX_LABEL_LENGTH = 200;
export const MAX_NAME_LENGTH = 100;

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** A CloudFormation resource entry as a template has it: Type, Properties, attributes. */
export interface TemplateResource {
  readonly Type: string;
  readonly [key: string]: unknown;
}

/**
 * Where a node came from when it was made from an imported template. The template owns what it
 * defines: the export writes these resources back verbatim and applies only the user's edits.
 */
export interface ImportedOrigin {
  /** Logical ids (keys of `Design.resources`) of the resources the node holds; its primary resource first. */
  readonly resources: readonly string[];
  /** The node's props as read from the template: an edit is a prop that differs from these. */
  readonly props: Readonly<Record<string, unknown>>;
  /** Props whose template value is an expression (`!Ref Param`, `!If`, `!FindInMap`): shown as such, written back unless replaced. */
  readonly expressions?: Readonly<Record<string, unknown>>;
  /** Nodes it was connected to in the template: removing such a connection detaches the references between them. */
  readonly peers?: readonly string[];
}

export interface DesignNode {
  readonly id: string;
  readonly kind: Kind;
  /** Free text shown on the canvas; logical ids are derived from it. Absent = the kind's name. */
  readonly label?: string;
  readonly position: Position;
  /** Every prop of the kind, defaults filled in by `parseDesign`. */
  readonly props: Readonly<Record<string, unknown>>;
  /** Present when the node was made from imported template resources. */
  readonly imported?: ImportedOrigin;
}

export interface DesignEdge {
  readonly id: string;
  /** The caller (opens the connection or sends the request). */
  readonly source: string;
  /** The callee. */
  readonly target: string;
  readonly props: Readonly<Record<string, unknown>>;
  /** The connection came from references in an imported template: its wiring is already in the held resources. */
  readonly imported?: true;
}

export const ENVIRONMENT_NAMES = ['dev', 'stage', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/** A deployed template to preview changes against ("Mark as deployed", or a template loaded from the stack). */
export interface Baseline {
  /** The template (long-form intrinsics, as JSON gives them). */
  readonly template: Readonly<Record<string, unknown>>;
  /** When it was stored (ISO 8601). */
  readonly at: string;
  /** `marked`: the design's own export; `loaded`: a template the user loaded. */
  readonly source: 'marked' | 'loaded';
}

/** Template sections the designer does not model, kept from an import and written back on export. */
export interface DesignExtras {
  readonly [section: string]: unknown;
}

export interface Design {
  readonly format: typeof DESIGN_FORMAT;
  readonly version: typeof DESIGN_VERSION;
  readonly name: string;
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
  readonly extras?: DesignExtras;
  /** Resources of an imported template kept verbatim, by logical id: the ones nodes hold and the shared ones (e.g. the network). */
  readonly resources?: Readonly<Record<string, TemplateResource>>;
  /** Deployed templates per environment, for the change-set preview. */
  readonly baselines?: Readonly<Partial<Record<EnvironmentName, Baseline>>>;
}

/** One precise problem in a document: where (a JSON path such as `$.nodes[2].kind`) and what was expected. */
export interface DesignError {
  readonly path: string;
  /** One line in English (what the CLI prints). */
  readonly message: string;
  /** The catalogue entry: stable code, parameters, English and Korean text (`errors/catalogue.ts`). */
  readonly detail: CoreMessage;
}

export type ParseResult = { readonly ok: true; readonly design: Design } | { readonly ok: false; readonly errors: readonly DesignError[] };
