/**
 * The design document, version 1 (`*.stackcanvas.json`), as `shared/contract.md` gives it.
 * Documents are readonly; change them with the pure operations of `model/ops.ts`.
 */
import type { Kind } from '../catalog/index';

export const DESIGN_FORMAT = 'stackcanvas.design';
export const DESIGN_VERSION = 1;
/** Largest design file accepted, in bytes (UTF-8). */
export const MAX_DESIGN_BYTES = 5 * 1024 * 1024;
/** Node and edge ids: a letter, then letters, digits and dashes, at most 64 characters. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
export const MAX_LABEL_LENGTH = 200;
export const MAX_NAME_LENGTH = 100;

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface DesignNode {
  readonly id: string;
  readonly kind: Kind;
  /** Free text shown on the canvas; logical ids are derived from it. Absent = the kind's name. */
  readonly label?: string;
  readonly position: Position;
  /** Every prop of the kind, defaults filled in by `parseDesign`. */
  readonly props: Readonly<Record<string, unknown>>;
}

export interface DesignEdge {
  readonly id: string;
  /** The caller (opens the connection or sends the request). */
  readonly source: string;
  /** The callee. */
  readonly target: string;
  readonly props: Readonly<Record<string, unknown>>;
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
}

/** One precise problem in a document: where (a JSON path such as `$.nodes[2].kind`) and what was expected. */
export interface DesignError {
  readonly path: string;
  readonly message: string;
}

export type ParseResult = { readonly ok: true; readonly design: Design } | { readonly ok: false; readonly errors: readonly DesignError[] };
