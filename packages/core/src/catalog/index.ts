/**
 * The literal registry of component kinds. Adding an AWS service = one folder under
 * `catalog/<kind>/` (its `index.ts` exports the kind's definition, every facet in it) plus one
 * line here. Everything else (schema, palette, emitters, importer, docs) loops over this list.
 */
import { albKind } from './alb/index';
import { apigatewayKind } from './apigateway/index';
import { asgKind } from './asg/index';
import { cfnResourceKind } from './cfn-resource/index';
import { cloudfrontKind } from './cloudfront/index';
import { daxKind } from './dax/index';
import { dynamodbKind } from './dynamodb/index';
import { elasticacheKind } from './elasticache/index';
import type { KindDefinition, KindFacets, KindHelp, ResourceTypeInfo, TagStyle } from './kind';
import { lambdaKind } from './lambda/index';
import { rdsKind } from './rds/index';
import { s3Kind } from './s3/index';
import type { ComponentSpec, ConnectionSpec, I18n, Locale, PropSpecs, Props } from './types';
import { wafKind } from './waf/index';

export * from './types';
export type * from './kind';
export type * from './import-facet';

/** Every kind, one line each, in palette order; the generic kind for imported resources last. */
const REGISTRY = {
  waf: wafKind,
  cloudfront: cloudfrontKind,
  apigateway: apigatewayKind,
  s3: s3Kind,
  alb: albKind,
  asg: asgKind,
  lambda: lambdaKind,
  elasticache: elasticacheKind,
  dax: daxKind,
  dynamodb: dynamodbKind,
  rds: rdsKind,
  'cfn-resource': cfnResourceKind,
} satisfies Record<string, KindDefinition>;

/** Every kind a node may have: the services plus the generic kind for imported resources. */
export type Kind = keyof typeof REGISTRY;
/** The kinds that model an AWS service (not the generic kind). */
export type ServiceKind = Exclude<Kind, 'cfn-resource'>;

export const DEFINITIONS: readonly KindDefinition[] = Object.values(REGISTRY);
const BY_KIND: ReadonlyMap<string, KindDefinition> = new Map(Object.entries(REGISTRY));

/** The generic kind: an imported resource the catalog does not model, kept verbatim. */
export const GENERIC_KIND = DEFINITIONS.find((d) => d.generic)!.kind as Kind;
/** The service kinds of the design document, in palette order. */
export const KINDS: readonly ServiceKind[] = DEFINITIONS.filter((d) => !d.generic).map((d) => d.kind as ServiceKind);
export const ALL_KINDS: readonly Kind[] = Object.keys(REGISTRY) as Kind[];

export const catalog: Readonly<Record<Kind, ComponentSpec>> = Object.fromEntries(DEFINITIONS.map((d) => [d.kind, d.component])) as Record<Kind, ComponentSpec>;

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && BY_KIND.has(value);
}

export function isGeneric(kind: Kind): boolean {
  return kind === GENERIC_KIND;
}

/** The definition of a kind (every facet). */
export function definitionOf(kind: Kind): KindDefinition {
  return BY_KIND.get(kind)!;
}

export function getComponent(kind: Kind): ComponentSpec {
  return catalog[kind];
}

/**
 * A loader of one lazy facet of every kind into `into`: the first call loads them all, later calls
 * share it; after a failure (a chunk that could not be fetched) the next call tries again.
 */
function everyKind<T>(into: Map<string, T>, load: (d: KindDefinition) => Promise<T>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= Promise.all(
      DEFINITIONS.map(async (d) => {
        into.set(d.kind, await load(d));
      }),
    ).then(
      () => undefined,
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ));
}

const FACETS = new Map<string, KindFacets>();

/**
 * Loads every kind's heavy facets (emitters, importer, reach). The entries of core that need them
 * (`/cfn`, `/cdk`, `/import`, …) await this at module level, so their functions stay synchronous.
 */
export const loadFacets: () => Promise<void> = everyKind(FACETS, (d) => d.facets());

/** The loaded facets of a kind; `loadFacets()` must have completed (the export entries see to it). */
export function facetsOf(kind: Kind): KindFacets {
  const f = FACETS.get(kind);
  if (!f)
    throw new Error(`the facets of kind "${kind}" are not loaded: import the export entry (@stackcanvas/core/cfn, /cdk or /import), or await loadFacets()`);
  return f;
}

const HELP = new Map<string, KindHelp>();

/**
 * Loads every kind's help facet (its props' help texts): what the inspector and the docs explain,
 * kept out of the catalog that draws the canvas and the palette. `@stackcanvas/core/help` awaits it.
 */
export const loadHelp: () => Promise<void> = everyKind(HELP, (d) => d.help());

/**
 * The help text of `kind`'s prop `name` (of its connections' edges when `on` is `'edge'`);
 * `loadHelp()` must have completed, else (and for a prop the kind does not document) undefined.
 */
export function propHelp(kind: string, name: string, on: 'node' | 'edge' = 'node'): I18n | undefined {
  const help = HELP.get(kind);
  const texts = on === 'edge' ? help?.edgeProps : help?.props;
  return texts && Object.prototype.hasOwnProperty.call(texts, name) ? texts[name] : undefined;
}

let typeTable: ReadonlyMap<string, ResourceTypeInfo> | undefined;

/** What the template assembly knows of each resource type the kinds emit: primary, tags, data (needs the facets). */
export function resourceTypes(): ReadonlyMap<string, ResourceTypeInfo> {
  if (typeTable) return typeTable;
  const out = new Map<string, ResourceTypeInfo>();
  for (const d of DEFINITIONS) {
    for (const [type, info] of Object.entries(facetsOf(d.kind as Kind).cfn.resources)) {
      const seen = out.get(type);
      out.set(type, { ...seen, ...info, primary: !!(seen?.primary || info.primary) });
    }
  }
  typeTable = out;
  return out;
}

/** How a resource type emitted by some kind takes tags; undefined when it has none. */
export function tagStyleOf(type: string): TagStyle | undefined {
  return resourceTypes().get(type)?.tags;
}

const connectionCache = new Map<Kind, Map<Kind, ConnectionSpec | null>>();

/** The connection spec that allows `source → target`, or undefined when the catalog forbids it. */
export function findConnection(source: Kind, target: Kind): ConnectionSpec | undefined {
  // Remembered per pair of kinds (the catalog does not change): validation asks for every edge.
  let bySource = connectionCache.get(source);
  if (!bySource) connectionCache.set(source, (bySource = new Map()));
  let found = bySource.get(target);
  if (found === undefined) {
    found =
      catalog[source].connections.find((c) => c.target === target || c.target === '*') ??
      (isGeneric(target) ? catalog[GENERIC_KIND].connections[0] : undefined) ??
      null;
    bySource.set(target, found);
  }
  return found ?? undefined;
}

export function canConnect(source: Kind, target: Kind): boolean {
  return findConnection(source, target) !== undefined;
}

/** Props an edge `source → target` may carry. */
export function edgePropSpecs(source: Kind, target: Kind): PropSpecs {
  return findConnection(source, target)?.edgeProps ?? {};
}

/** What an edge means, e.g. "origin", "session store"; undefined when the edge is not allowed. */
export function connectionMeaning(source: Kind, target: Kind, targetProps: Props = {}): I18n | undefined {
  const c = findConnection(source, target);
  if (!c) return undefined;
  return typeof c.meaning === 'function' ? c.meaning(targetProps) : c.meaning;
}

/** Why `source → target` is refused, in the user's language. */
export function explainRefusal(source: Kind, locale: Locale): string {
  return catalog[source].connectionHint[locale];
}

/** Kinds `source` may connect to, in palette order. */
export function allowedTargets(source: Kind): Kind[] {
  return ALL_KINDS.filter((t) => canConnect(source, t));
}

/** Default values of a prop set (optional props without default are left out). */
export function defaultProps(specs: PropSpecs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    // Only objects need a copy; structuredClone of a number costs microseconds, ×10 props ×1,000 nodes.
    const d = spec.default;
    if (d !== undefined) out[key] = typeof d === 'object' && d !== null ? structuredClone(d) : d;
  }
  return out;
}

/** Display name of a kind. */
export function kindName(kind: Kind, locale: Locale): string {
  return catalog[kind].name[locale];
}
