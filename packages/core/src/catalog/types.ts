/**
 * Types of the component catalog: the single source that the UI, validation and the emitters
 * read. One file per kind under `catalog/<kind>/component.ts`, registered in `catalog/index.ts`.
 */

export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** A user-facing text in every UI language. */
export interface I18n {
  readonly en: string;
  readonly ko: string;
}

export type Category = 'edge' | 'compute' | 'caching' | 'database' | 'security' | 'other';

export const CATEGORIES: readonly { id: Category; name: I18n }[] = [
  { id: 'edge', name: { en: 'Edge', ko: '엣지' } },
  { id: 'compute', name: { en: 'Load balancing & compute', ko: '로드 밸런싱 & 컴퓨팅' } },
  { id: 'caching', name: { en: 'Caching', ko: '캐싱' } },
  { id: 'database', name: { en: 'Database', ko: '데이터베이스' } },
  { id: 'security', name: { en: 'Security', ko: '보안' } },
  { id: 'other', name: { en: 'Other resources', ko: '기타 리소스' } },
];

interface PropBase {
  readonly label: I18n;
  /**
   * What the prop is for, written with the spec: the traffic facets' props. A kind's component
   * props have theirs in the kind's help facet instead (`help.ts`, `propHelp`), out of the first load.
   */
  readonly help?: I18n;
}

/** A true/false switch. */
export interface BooleanProp extends PropBase {
  readonly type: 'boolean';
  readonly default: boolean;
}

/** A whole number within hard limits (`min`..`max`, inclusive). Softer service limits are rules. */
export interface IntegerProp extends PropBase {
  readonly type: 'integer';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit?: I18n;
}

export interface EnumOption {
  readonly value: string;
  readonly label: I18n;
}

/** One value out of a fixed list. */
export interface EnumProp extends PropBase {
  readonly type: 'enum';
  readonly default: string;
  readonly options: readonly EnumOption[];
}

/** Free text. `default: undefined` marks an optional prop whose absence means something. */
export interface StringProp extends PropBase {
  readonly type: 'string';
  readonly default: string | undefined;
  readonly maxLength: number;
  /** A regular expression (source) the value must match when present. */
  readonly pattern?: string;
  readonly patternHelp?: I18n;
  /**
   * Values to offer (instance and node types, …). Any value matching `pattern` is accepted: an
   * imported template's type outside the list is kept and shown, never replaced by a default.
   */
  readonly suggestions?: readonly EnumOption[];
}

/** Suggestions from a list of type names (instance and node types read the same in every language). */
export function typeOptions(types: readonly string[]): EnumOption[] {
  return types.map((value) => ({ value, label: { en: value, ko: value } }));
}

/** Arbitrary JSON (objects, arrays, scalars); used by `cfn-resource` to keep imported data verbatim. */
export interface JsonProp extends PropBase {
  readonly type: 'json';
  readonly default: unknown;
}

export type PropSpec = BooleanProp | IntegerProp | EnumProp | StringProp | JsonProp;
export type PropSpecs = Readonly<Record<string, PropSpec>>;

/** Props of a node or edge after normalization: every declared prop present (optional strings may be absent). */
export type Props = Readonly<Record<string, unknown>>;

/** What an allowed edge from this kind to `target` means, caller → callee. */
export interface ConnectionSpec {
  readonly target: string;
  /** Short label drawn on the edge, e.g. "origin", "targets", "session store", "reads through". */
  readonly meaning: I18n | ((targetProps: Props) => I18n);
  /** Props that edges of this connection carry (e.g. CloudFront's `pathPattern`). */
  readonly edgeProps?: PropSpecs;
}

export interface ComponentSpec {
  readonly kind: string;
  readonly name: I18n;
  /** One line: what the service is for, and when to cache with it. */
  readonly description: I18n;
  readonly category: Category;
  /** Path of the official AWS Architecture Icon inside the `aws-icons` package, without `.svg`. */
  readonly icon: string;
  /**
   * Whether the component lives inside the VPC (drawn in the VPC frame, gets subnets and security
   * groups). `'conditional'`: only some nodes do, as its network facet decides from their props and
   * connections (a Lambda function that calls something inside the VPC); where a node of a design
   * is: `nodesInVpc(design)`.
   */
  readonly inVpc: boolean | 'conditional';
  /** Hidden kinds (e.g. `cfn-resource`) are not offered in the palette. */
  readonly hidden?: boolean;
  /** AWS documentation page for the service. */
  readonly docsUrl: string;
  readonly props: PropSpecs;
  /** Allowed outgoing edges. `'*'` as a target means any kind. */
  readonly connections: readonly ConnectionSpec[];
  /** Why a refused connection is refused, e.g. "DAX can only read through to DynamoDB." */
  readonly connectionHint: I18n;
}
