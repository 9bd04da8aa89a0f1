/**
 * What a change set means for data and whether it can succeed: data-loss warnings for replaced
 * or removed data-holding resources (unless a Retain or Snapshot policy keeps the data), and
 * errors for changes CloudFormation cannot carry out. Texts and codes: `messages.ts`.
 */
import { resourceTypes } from '../catalog/index';
import { dataHolding } from './data-holding';
import { causesText, finding } from './messages';
import { customNameProperties } from './replacement';
import type { Finding, ResourceChange, TemplateLike } from './types';
import { isRecord, present, sameValue } from './values';

function resourceOf(template: TemplateLike, id: string): Record<string, unknown> {
  const resources = isRecord(template.Resources) ? template.Resources : {};
  const r = resources[id];
  return isRecord(r) ? r : {};
}

function propertiesOf(resource: Record<string, unknown>): Record<string, unknown> {
  return isRecord(resource['Properties']) ? resource['Properties'] : {};
}

/** The policy CloudFormation applies: as written, or the type's default (Snapshot for RDS, see DeletionPolicy docs). */
function deletionPolicy(type: string, resource: Record<string, unknown>): { policy: string; implicit: boolean } {
  const written = resource['DeletionPolicy'];
  if (typeof written === 'string') return { policy: written, implicit: false };
  const byDefault = type === 'AWS::RDS::DBCluster' || resourceTypes().get(type)?.deletionDefault?.(propertiesOf(resource)) === 'Snapshot';
  return { policy: byDefault ? 'Snapshot' : 'Delete', implicit: byDefault };
}

function replacePolicy(resource: Record<string, unknown>): string {
  const written = resource['UpdateReplacePolicy'];
  return typeof written === 'string' ? written : 'Delete';
}

const RETAIN = new Set(['Retain', 'RetainExceptOnCreate']);

/** Snapshots exist for the type (for some types only with some property values, e.g. not for Memcached). */
function snapshotSupported(type: string, resource: Record<string, unknown>): boolean {
  const snapshot = dataHolding(type)?.snapshot;
  return typeof snapshot === 'function' ? snapshot(propertiesOf(resource)) : !!snapshot;
}

function display(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingsFor(changes: readonly ResourceChange[], before: TemplateLike, after: TemplateLike): Finding[] {
  const out: Finding[] = [];
  const removed = changes.filter((c) => c.action === 'Remove');
  const added = new Set(changes.filter((c) => c.action === 'Add').map((c) => c.logicalId));

  for (const change of changes) {
    const id = change.logicalId;
    const type = change.resourceType;
    const dh = dataHolding(type);
    const nouns: Record<string, string> = dh
      ? { noun: dh.en, nounKo: dh.ko, data: dh.dataEn, dataKo: dh.dataKo, type }
      : { noun: 'resource', nounKo: '리소스', type };

    if (change.action === 'Remove') {
      const oldResource = resourceOf(before, id);
      if (added.has(id)) {
        const newType = String(resourceOf(after, id)['Type'] ?? '');
        out.push(finding('SC-CS-012', id, { oldType: type, newType }));
      }
      if (!dh) continue;
      const { policy, implicit } = deletionPolicy(type, oldResource);
      if (RETAIN.has(policy)) out.push(finding('SC-CS-006', id, { ...nouns, policy }));
      else if (policy === 'Snapshot') {
        out.push(
          snapshotSupported(type, oldResource)
            ? finding('SC-CS-007', id, { ...nouns, implicit: String(implicit) })
            : finding('SC-CS-008', id, { ...nouns, what: 'remove', policyName: 'DeletionPolicy' }),
        );
      } else out.push(finding('SC-CS-003', id, nouns));
      continue;
    }

    if (change.action === 'Add') {
      // Created before the removed resources are deleted: a name a removed resource holds is still taken.
      const newProps = propertiesOf(resourceOf(after, id));
      for (const property of customNameProperties(type)) {
        const value = present(newProps[property]);
        if (value === undefined) continue;
        const holder = removed.find(
          (r) => r.logicalId !== id && r.resourceType === type && sameValue(present(propertiesOf(resourceOf(before, r.logicalId))[property]), value),
        );
        if (holder) out.push(finding('SC-CS-013', id, { ...nouns, removedId: holder.logicalId, property, value: display(value) }));
      }
      continue;
    }

    if (change.action !== 'Modify' || (change.replacement !== 'True' && change.replacement !== 'Conditional')) continue;
    const certain = change.replacement === 'True';
    const reasons = causesText(
      change.details
        .filter((d) => d.replacement === 'Conditional')
        .flatMap((d) => d.causes)
        .filter((c, i, all) => all.findIndex((o) => o.kind === c.kind && o.name === c.name) === i),
    );
    const oldResource = resourceOf(before, id);
    const newResource = resourceOf(after, id);
    const oldProps = propertiesOf(oldResource);
    const newProps = propertiesOf(newResource);
    for (const property of customNameProperties(type)) {
      const before_ = present(oldProps[property]);
      const after_ = present(newProps[property]);
      if (before_ === undefined || after_ === undefined || !sameValue(before_, after_)) continue;
      const params = { ...nouns, property, value: display(after_) };
      out.push(certain ? finding('SC-CS-010', id, params) : finding('SC-CS-011', id, { ...params, reason: reasons.en, reasonKo: reasons.ko }));
    }
    if (!dh) continue;
    const policy = replacePolicy(newResource);
    if (RETAIN.has(policy)) out.push(finding('SC-CS-004', id, { ...nouns, policy, certain: String(certain) }));
    else if (policy === 'Snapshot') {
      out.push(
        snapshotSupported(type, oldResource)
          ? finding('SC-CS-005', id, { ...nouns, certain: String(certain) })
          : finding('SC-CS-008', id, { ...nouns, what: 'replace', certain: String(certain), policyName: 'UpdateReplacePolicy' }),
      );
    } else out.push(certain ? finding('SC-CS-001', id, nouns) : finding('SC-CS-002', id, { ...nouns, reason: reasons.en, reasonKo: reasons.ko }));
  }
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.logicalId < b.logicalId ? -1 : a.logicalId > b.logicalId ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
