/**
 * The literal registry of component kinds. Adding an AWS service = one folder under
 * `catalog/<kind>/` plus one line here.
 */
import { alb } from './alb/component';
import { asg } from './asg/component';
import { cfnResource } from './cfn-resource/component';
import { cloudfront } from './cloudfront/component';
import { dax } from './dax/component';
import { dynamodb } from './dynamodb/component';
import { elasticache } from './elasticache/component';
import { rds } from './rds/component';
import { s3 } from './s3/component';
import type { ComponentSpec, ConnectionSpec, I18n, Locale, PropSpecs, Props } from './types';
import { waf } from './waf/component';

export * from './types';

/** The nine kinds of design document v1, in palette order. */
export const KINDS = ['waf', 'cloudfront', 's3', 'alb', 'asg', 'elasticache', 'dax', 'dynamodb', 'rds'] as const;
export type ServiceKind = (typeof KINDS)[number];
/** Every kind a node may have: the services plus `cfn-resource` (imported, kept verbatim). */
export type Kind = ServiceKind | 'cfn-resource';
export const ALL_KINDS: readonly Kind[] = [...KINDS, 'cfn-resource'];

export const catalog: Readonly<Record<Kind, ComponentSpec>> = {
  waf,
  cloudfront,
  s3,
  alb,
  asg,
  elasticache,
  dax,
  dynamodb,
  rds,
  'cfn-resource': cfnResource,
};

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(catalog, value);
}

export function getComponent(kind: Kind): ComponentSpec {
  return catalog[kind];
}

/** The connection spec that allows `source → target`, or undefined when the catalog forbids it. */
export function findConnection(source: Kind, target: Kind): ConnectionSpec | undefined {
  const fromSource = catalog[source].connections.find((c) => c.target === target || c.target === '*');
  if (fromSource) return fromSource;
  if (target === 'cfn-resource') return catalog['cfn-resource'].connections[0];
  return undefined;
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
    if (spec.default !== undefined) out[key] = structuredClone(spec.default);
  }
  return out;
}

/** Display name of a kind. */
export function kindName(kind: Kind, locale: Locale): string {
  return catalog[kind].name[locale];
}
