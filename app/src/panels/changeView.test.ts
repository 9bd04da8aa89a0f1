/**
 * The change set tied to the design's components. Baselines are the reference design's own export
 * (what "Mark as deployed" stores); the expected actions and replacements are CloudFormation's
 * (docs/changesets.md, the DynamoDB and ElastiCache resource references: KeySchema replaces a
 * table, a Redis replication group cannot become a Memcached cluster in place).
 */
import { REFERENCE_DESIGN, removeElements, addNode, updateNodeProps, type Design } from '@stackcanvas/core';
import { exportCloudFormation } from '@stackcanvas/core/cfn';
import { diffTemplates } from '@stackcanvas/core/changeset';
import { describe, expect, it } from 'vitest';
import { activeEnvironment, changeView, dataOutcome, formerNodesFrom, templateStamps } from './changeView';

const plain = (design: Design) => JSON.parse(JSON.stringify(exportCloudFormation(design).template)) as Record<string, unknown>;
const baseline = plain(REFERENCE_DESIGN);

function viewOf(after: Design, history: readonly Design[] = []) {
  const { template, owners } = exportCloudFormation(after);
  const set = diffTemplates(baseline, template);
  return changeView(set, after, owners, baseline, () =>
    formerNodesFrom(
      after,
      history.map((design) => ({ design })),
    ),
  );
}

describe('changeView', () => {
  it('no edit, no change and no component marked', () => {
    const v = viewOf(REFERENCE_DESIGN);
    expect(v.rows).toEqual([]);
    expect(v.nodes.size).toBe(0);
    expect(v.removed).toEqual([]);
  });

  it('a new partition key replaces the table: the table node is replaced and carries the data finding', () => {
    const v = viewOf(updateNodeProps(REFERENCE_DESIGN, 'table', { partitionKey: 'sku' }));
    const table = v.rows.find((r) => r.owner === 'table' && r.change.resourceType === 'AWS::DynamoDB::Table')!;
    expect(table.change.action).toBe('Modify');
    expect(table.change.replacement).toBe('True');
    expect(v.nodes.get('table')).toBe('replaced');
    // The exported table has UpdateReplacePolicy Retain: the old table is kept, the new one starts empty.
    const findings = v.findings.get('table')!;
    expect(findings.map((f) => f.code)).toContain('SC-CS-004');
    expect(dataOutcome(findings)).toBe('kept');
    // Only the table and what refers to it change; the rest of the design is untouched.
    for (const id of ['cdn', 'alb', 'web', 'sessions', 'querycache', 'db']) expect(v.nodes.has(id)).toBe(false);
  });

  it('Redis to Memcached re-creates the cache (a type change of its logical id): replaced', () => {
    const v = viewOf(updateNodeProps(REFERENCE_DESIGN, 'querycache', { engine: 'memcached' }));
    expect(v.nodes.get('querycache')).toBe('replaced');
    const own = v.rows.filter((r) => r.owner === 'querycache');
    expect(own.some((r) => r.change.action === 'Remove')).toBe(true);
    expect(own.some((r) => r.change.action === 'Add')).toBe(true);
  });

  it('a new component is added; a modified size is modified without replacement', () => {
    const added = addNode(REFERENCE_DESIGN, 's3', { x: 0, y: 800 });
    const resized = updateNodeProps(added.design, 'web', { maxSize: 9 });
    const v = viewOf(resized);
    expect(v.nodes.get(added.id)).toBe('added');
    expect(v.rows.filter((r) => r.owner === added.id).every((r) => r.change.action === 'Add')).toBe(true);
    expect(v.nodes.get('web')).toBe('modified');
  });

  it('a deleted component is removed: found by the stamps of the baseline, drawn from the history', () => {
    const after = removeElements(REFERENCE_DESIGN, { nodes: ['querycache'] });
    const v = viewOf(after, [REFERENCE_DESIGN]);
    expect(v.nodes.has('querycache')).toBe(false);
    expect(v.removed).toHaveLength(1);
    const [gone] = v.removed;
    expect(gone!.id).toBe('querycache');
    expect(gone!.label).toBe('Query Cache');
    expect(gone!.last?.position).toEqual(REFERENCE_DESIGN.nodes.find((n) => n.id === 'querycache')!.position);
    // Every resource the baseline stamped with the node is removed.
    const stamped = [...templateStamps(baseline)].filter(([, s]) => s.node === 'querycache').map(([id]) => id);
    expect([...gone!.logicalIds].sort()).toEqual(stamped.sort());
    // A removed cache is deleted with its data (no DeletionPolicy on the exported replication group).
    expect(dataOutcome(v.findings.get('querycache') ?? [])).toBe('lost');
    // Without history the component is still listed, only its position is unknown.
    expect(viewOf(after).removed[0]!.last).toBeUndefined();
  });
});

describe('activeEnvironment', () => {
  it('the chosen one, else the baseline stored last, else dev', () => {
    const b = (at: string) => ({ template: { Resources: {} }, at, source: 'marked' as const });
    expect(activeEnvironment(REFERENCE_DESIGN, null)).toBe('dev');
    const d: Design = { ...REFERENCE_DESIGN, baselines: { prod: b('2026-01-02T00:00:00.000Z'), stage: b('2026-01-01T00:00:00.000Z') } };
    expect(activeEnvironment(d, null)).toBe('prod');
    expect(activeEnvironment(d, 'dev')).toBe('dev');
  });
});
