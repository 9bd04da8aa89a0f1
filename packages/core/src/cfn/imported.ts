/**
 * Lossless import, the export side: what a template defines, the template owns. A node made from
 * imported resources is written back verbatim (`Design.resources`), and only the user's edits are
 * applied, as targeted edits:
 * - a prop that differs from the one read at import is written into the property it maps to, by
 *   the kind's prop writer (`importer.edit.write`), and nothing else;
 * - references to resources that are no longer in the export (a deleted node) or to a node whose
 *   connection was removed are detached: the list entry, statement or property that holds the
 *   reference goes, and a resource attached to such a resource (a policy on a deleted bucket) goes
 *   with it; Outputs that show it go too;
 * - new connections add what they need beside the existing resources (security-group ingress
 *   rules and IAM policies as resources of their own: `security-groups.ts`, `template.ts`).
 */
import type { Held, HeldResource } from '../catalog/import-facet';
import type { KindFacets } from '../catalog/kind';
import type { Design, DesignNode } from '../model/types';
import { refSet } from '../import/refs';
import { CfnExportError } from './context';

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The resources one imported node holds, deep-copied for editing. */
export function heldResources(node: DesignNode, design: Design): Held {
  const all: HeldResource[] = (node.imported?.resources ?? []).map((id) => {
    const r = design.resources?.[id];
    if (!r) throw new CfnExportError('SC-X010', { node: node.label ?? node.id, id }, [node.id]);
    return { id, resource: structuredClone(r) as Raw };
  });
  const primary = all[0];
  if (!primary) throw new CfnExportError('SC-X011', { node: node.label ?? node.id }, [node.id]);
  const parameters = (design.extras?.['Parameters'] ?? {}) as Record<string, { Type?: unknown } | undefined>;
  return {
    primary,
    all,
    ofType: (type) => all.filter((h) => h.resource['Type'] === type),
    get: (id) => all.find((h) => h.id === id),
    typeOf(id) {
      const r = design.resources?.[id];
      if (r) return r.Type;
      const generic = design.nodes.find((n) => n.props['logicalId'] === id && !n.imported);
      if (generic && typeof generic.props['type'] === 'string') return generic.props['type'];
      const p = Object.prototype.hasOwnProperty.call(parameters, id) ? parameters[id] : undefined;
      return p && typeof p.Type === 'string' ? `Parameter:${p.Type}` : undefined;
    },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Props of an imported node that the user changed since the import, with their values then. */
export function editedProps(node: DesignNode): { key: string; value: unknown; original: unknown }[] {
  const at = node.imported?.props ?? {};
  const out: { key: string; value: unknown; original: unknown }[] = [];
  // `imported.props` holds every prop as the node showed it after the import (defaults filled).
  for (const [key, value] of Object.entries(node.props)) if (!sameValue(value, at[key])) out.push({ key, value, original: at[key] });
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Applies the user's prop edits to an imported node's resources with its kind's writers. */
export function applyPropEdits(node: DesignNode, held: Held, facets: KindFacets, resource: (id: string) => Raw | undefined, warnings: string[]): void {
  const writers = facets.importer?.edit?.write ?? {};
  for (const edit of editedProps(node)) {
    const writer = writers[edit.key];
    if (!writer) {
      throw new CfnExportError('SC-X008', { prop: edit.key, node: node.label ?? node.id, original: JSON.stringify(edit.original) }, [node.id]);
    }
    try {
      writer(edit.value, held, { original: edit.original, resource, warn: (m) => warnings.push(`${node.label ?? node.id}: ${m}`) });
    } catch (e) {
      if (e instanceof CfnExportError) throw e;
      throw new CfnExportError('SC-X009', { prop: edit.key, node: node.label ?? node.id, detail: e instanceof Error ? e.message : String(e) }, [node.id]);
    }
  }
}

function refersTo(value: unknown, targets: ReadonlySet<string>): boolean {
  for (const id of refSet(value)) if (targets.has(id)) return true;
  return false;
}

const EMPTY = Symbol('empty');

/** Resource types whose whole purpose is to link one resource to another. */
const LINKS: ReadonlySet<string> = new Set([
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::WAFv2::WebACLAssociation',
  'AWS::Lambda::Permission',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  'AWS::ApiGateway::BasePathMapping',
]);

/**
 * `value` without its references to `targets`: a list entry that refers to one is dropped (and a
 * list that becomes empty drops the entry that held it, up to the nearest property), a property
 * that refers to one outside a list is dropped. Returns EMPTY when nothing is left of `value`.
 */
function detach(value: unknown, targets: ReadonlySet<string>): unknown {
  if (!refersTo(value, targets)) return value;
  if (Array.isArray(value)) {
    const kept: unknown[] = [];
    for (const item of value) {
      const d = detach(item, targets);
      if (d !== EMPTY) kept.push(d);
    }
    return kept.length ? kept : EMPTY;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value);
    // An intrinsic that refers to a target cannot be half kept.
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'))) return EMPTY;
    const out: Raw = {};
    let removedAll = true;
    for (const k of keys) {
      const d = detach(value[k], targets);
      if (d !== EMPTY) {
        out[k] = d;
        removedAll = false;
      }
    }
    // An IAM statement or a rule without the part that named the target means something else: drop it whole.
    if (removedAll || ('Effect' in value && !('Resource' in out) && 'Resource' in value)) return EMPTY;
    return out;
  }
  return EMPTY;
}

/**
 * Removes references to `targets` from a resource. When a property that names the resource it is
 * attached to refers to a target (e.g. `BucketPolicy.Bucket`, `Listener.LoadBalancerArn`), the
 * whole resource goes: it cannot exist without what it is attached to. Returns undefined then.
 */
export function detachResource(resource: Raw, targets: ReadonlySet<string>, ownerProps: readonly string[]): Raw | undefined {
  if (!refersTo(resource, targets)) return resource;
  const props = isRecord(resource['Properties']) ? resource['Properties'] : {};
  if (ownerProps.some((p) => refersTo(props[p], targets))) return undefined;
  // A resource that only links two things (an ingress rule, a web ACL association, a permission) is the connection itself.
  if (LINKS.has(String(resource['Type'])) && refersTo(props, targets)) return undefined;
  const out: Raw = {};
  for (const [k, v] of Object.entries(resource)) {
    if (k === 'DependsOn') {
      const list = (Array.isArray(v) ? v : [v]).filter((d) => typeof d === 'string' && !targets.has(d));
      if (list.length) out[k] = Array.isArray(v) ? list : list[0];
      continue;
    }
    if (k === 'Properties') {
      const d = detach(v, targets);
      out[k] = d === EMPTY ? {} : d;
      continue;
    }
    out[k] = k === 'Type' ? v : detach(v, targets) === EMPTY ? undefined : detach(v, targets);
    if (out[k] === undefined) delete out[k];
  }
  return out;
}

/** Outputs that do not show any of `targets`. */
export function detachOutputs(outputs: Raw, targets: ReadonlySet<string>): { kept: Raw; dropped: string[] } {
  const kept: Raw = {};
  const dropped: string[] = [];
  for (const [name, o] of Object.entries(outputs)) {
    if (refersTo(o, targets)) dropped.push(name);
    else kept[name] = o;
  }
  return { kept, dropped };
}
