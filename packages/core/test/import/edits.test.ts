/**
 * Edits of an imported design change only what they should (issue 11): the export applies the
 * user's changes to the template's own resources as targeted edits, and generates resources only
 * for what the user drew new. Every assertion compares the exported template with the original
 * template the test reads itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCloudFormation, toCloudFormation } from '../../src/cfn/index';
import { importTemplate, loadUntrusted } from '../../src/import/index';
import { addNode, connect, removeElements, updateNodeProps } from '../../src/model/ops';
import type { Design } from '../../src/model/types';
import { validate } from '../../src/rules/index';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>;

const text = readFileSync(join(__dirname, 'fixtures/hand-written-web-caching.yaml'), 'utf8');
const original = (loadUntrusted(text) as { ok: true; value: { Resources: Resources } & Record<string, unknown> }).value;

function design(): Design {
  const r = importTemplate(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.design;
}

function nodeOf(d: Design, logicalId: string) {
  const n = d.nodes.find((x) => x.imported?.resources[0] === logicalId);
  if (!n) throw new Error(`no node holds ${logicalId}`);
  return n;
}

/** JSON with sorted keys: key order is not a change. */
function sorted(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sorted).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sorted((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Resource ids whose entries differ between the original template and an export. */
function changed(resources: Resources): { added: string[]; removed: string[]; modified: string[] } {
  const before = original.Resources;
  const ids = new Set([...Object.keys(before), ...Object.keys(resources)]);
  const out = { added: [] as string[], removed: [] as string[], modified: [] as string[] };
  for (const id of [...ids].sort()) {
    if (!(id in before)) out.added.push(id);
    else if (!(id in resources)) out.removed.push(id);
    else if (sorted(before[id]) !== sorted(resources[id])) out.modified.push(id);
  }
  return out;
}

describe('edits of an imported template', () => {
  it('with no edit, the export is the template', () => {
    expect(toCloudFormation(design())).toEqual(original);
  });

  it("the Auto Scaling group's maximum size changes exactly MaxSize", () => {
    const d = design();
    const group = nodeOf(d, 'WebServers');
    const edited = updateNodeProps(d, group.id, { maxSize: Number(group.props['maxSize']) + 5 });
    const out = toCloudFormation(edited).Resources as Resources;
    expect(changed(out)).toEqual({ added: [], removed: [], modified: ['WebServers'] });
    expect(out['WebServers']).toEqual({
      ...original.Resources['WebServers'],
      // Written the way the template writes its sizes (as a string).
      Properties: { ...original.Resources['WebServers']!.Properties, MaxSize: String(Number(group.props['maxSize']) + 5) },
    });
  });

  it('the ElastiCache engine changes only the engine properties of the replication group', () => {
    const d = design();
    const cache = nodeOf(d, 'SessionStore');
    expect(cache.props['engine']).toBe('valkey');
    const out = toCloudFormation(updateNodeProps(d, cache.id, { engine: 'redis' })).Resources as Resources;
    expect(changed(out)).toEqual({ added: [], removed: [], modified: ['SessionStore'] });
    const before = original.Resources['SessionStore']!.Properties!;
    const after = out['SessionStore']!.Properties!;
    // Engine rewritten; the version and parameter group of the old engine go; nothing else moves.
    expect(after['Engine']).toBe('redis');
    const rest = (p: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(p).filter(([k]) => !['Engine', 'EngineVersion', 'CacheParameterGroupName'].includes(k)));
    expect(rest(after)).toEqual(rest(before));
  });

  it('a new connection from the imported Auto Scaling group to a new DAX adds the DAX resources, one ingress rule and one IAM statement, and nothing else', () => {
    const d = design();
    const group = nodeOf(d, 'WebServers');
    const added = addNode(d, 'dax', { x: 900, y: 300 }, { label: 'Hot Items' });
    const linked = connect(added.design, group.id, added.id);
    if (!linked.ok) throw new Error(linked.reason);
    const template = toCloudFormation(linked.design);
    const out = template.Resources as Resources;
    const diff = changed(out);
    expect(diff.removed).toEqual([]);
    expect(diff.modified).toEqual([]);
    const types = diff.added.map((id) => out[id]!.Type).sort();
    // The DAX node's own resources (cluster, role, subnet and parameter groups, its security group) and one IAM policy.
    expect(types).toEqual([
      'AWS::DAX::Cluster',
      'AWS::DAX::ParameterGroup',
      'AWS::DAX::SubnetGroup',
      'AWS::EC2::SecurityGroup',
      'AWS::IAM::Policy',
      'AWS::IAM::Role',
    ]);
    const sg = Object.values(out).find((r) => r.Type === 'AWS::EC2::SecurityGroup' && diff.added.includes(Object.keys(out).find((k) => out[k] === r)!))!;
    // One ingress rule: from the group's own security group (the template's WebSg), on DAX's TLS port.
    expect(sg.Properties!['SecurityGroupIngress']).toEqual([
      expect.objectContaining({ FromPort: 9111, ToPort: 9111, SourceSecurityGroupId: { 'Fn::GetAtt': ['WebSg', 'GroupId'] } }),
    ]);
    const policy = diff.added.map((id) => out[id]!).find((r) => r.Type === 'AWS::IAM::Policy')!;
    expect(policy.Properties!['Roles']).toEqual([{ Ref: 'WebRole' }]);
    const statements = (policy.Properties!['PolicyDocument'] as { Statement: { Action: string[]; Resource: unknown }[] }).Statement;
    expect(statements).toHaveLength(1);
    expect(statements[0]!.Action.every((a) => a.startsWith('dax:'))).toBe(true);
    // The DAX cluster lives in the template's own network: its subnets are the template's, no second VPC.
    expect(Object.values(out).filter((r) => r.Type === 'AWS::EC2::VPC')).toEqual([]);
    const subnets = diff.added.map((id) => out[id]!).find((r) => r.Type === 'AWS::DAX::SubnetGroup')!;
    expect(subnets.Properties!['SubnetIds']).toEqual({ Ref: 'Subnets' });
    // The only error is the rule's reminder that a DAX cluster needs a table to read through to.
    expect(
      validate(linked.design)
        .filter((x) => x.severity === 'error')
        .map((x) => x.rule),
    ).toEqual(['SC5001']);
  });

  it('deleting a node removes exactly its resources', () => {
    const d = design();
    const table = nodeOf(d, 'CatalogTable');
    const held = table.imported!.resources;
    const out = exportCloudFormation(removeElements(d, { nodes: [table.id] }));
    const diff = changed(out.template.Resources as Resources);
    expect(diff.removed).toEqual([...held].sort());
    // What referred to the table (DAX's role, the web servers' policy) no longer does; nothing else changes.
    for (const id of diff.modified) expect(JSON.stringify(out.template.Resources[id])).not.toContain('CatalogTable');
    expect(diff.added).toEqual([]);
  });

  it('a removed connection removes what the template had for it', () => {
    const d = design();
    const group = nodeOf(d, 'WebServers');
    const session = nodeOf(d, 'SessionStore');
    const edge = d.edges.find((e) => e.source === group.id && e.target === session.id)!;
    expect(edge.imported).toBe(true);
    const out = toCloudFormation(removeElements(d, { edges: [edge.id] })).Resources as Resources;
    const diff = changed(out);
    // The ingress rule that let the web servers reach the session store is the connection.
    expect(diff.removed).toEqual(['SessionIngress']);
    expect(diff.added).toEqual([]);
  });

  it('a prop given by a parameter shows the expression and is written back unchanged until the user replaces it', () => {
    const odd = readFileSync(join(__dirname, 'fixtures/odd-features.yaml'), 'utf8');
    const r = importTemplate(odd);
    if (!r.ok) throw new Error(r.error.message);
    const table = r.design.nodes.find((n) => n.imported?.resources[0] === 'ordersTable')!;
    // Read with the parameter's default, shown as the expression it is.
    expect(table.props['partitionKey']).toBe('customerId');
    expect(table.imported!.expressions).toMatchObject({ partitionKey: { Ref: 'HashKeyName' } });
    const asIs = toCloudFormation(r.design).Resources as Resources;
    expect(asIs['ordersTable']!.Properties!['KeySchema']).toEqual([{ AttributeName: { Ref: 'HashKeyName' }, KeyType: 'HASH' }]);
    // Replaced by the user: the literal goes in, the key attribute follows, nothing else changes.
    const out = toCloudFormation(updateNodeProps(r.design, table.id, { partitionKey: 'orderId' })).Resources as Resources;
    expect(out['ordersTable']!.Properties!['KeySchema']).toEqual([{ AttributeName: 'orderId', KeyType: 'HASH' }]);
    expect(out['ordersTable']!.Properties!['AttributeDefinitions']).toEqual([{ AttributeName: 'orderId', AttributeType: 'S' }]);
    expect({ ...out['ordersTable']!.Properties, KeySchema: 0, AttributeDefinitions: 0 }).toEqual({
      ...asIs['ordersTable']!.Properties,
      KeySchema: 0,
      AttributeDefinitions: 0,
    });
  });

  it('values outside the suggestion lists are kept (an instance type, a node type), never replaced by defaults', () => {
    const odd = readFileSync(join(__dirname, 'fixtures/odd-features.yaml'), 'utf8');
    const r = importTemplate(odd);
    if (!r.ok) throw new Error(r.error.message);
    const cache = r.design.nodes.find((n) => n.imported?.resources[0] === 'Cache')!;
    expect(cache.props['nodeType']).toBe('cache.r7g.large');
    const group = r.design.nodes.find((n) => n.imported?.resources[0] === 'AppGroup')!;
    expect(group.props['instanceType']).toBe('c7g.xlarge');
  });
});

describe('an imported design as a file and on the clipboard', () => {
  it('the design file keeps what was imported (serialize → parse gives the same design)', async () => {
    const { serializeDesign } = await import('../../src/model/serialize');
    const { parseDesign } = await import('../../src/model/parse');
    const d = design();
    const back = parseDesign(serializeDesign(d));
    expect(back.ok && back.design).toEqual(d);
    expect(back.ok && toCloudFormation(back.design)).toEqual(original);
  });

  it('a copy of an imported component is a new one: it holds nothing of the template', async () => {
    const { copyFragment, pasteFragment } = await import('../../src/model/ops');
    const d = design();
    const table = nodeOf(d, 'CatalogTable');
    const fragment = copyFragment(d, [table.id]);
    expect(fragment.nodes[0]!.imported).toBeUndefined();
    const pasted = pasteFragment(d, fragment, { x: 40, y: 40 });
    const out = toCloudFormation(pasted.design).Resources as Resources;
    // The original table is untouched; the copy is a generated table of its own.
    expect(out['CatalogTable']).toEqual(original.Resources['CatalogTable']);
    expect(Object.values(out).filter((r) => r.Type === 'AWS::DynamoDB::Table')).toHaveLength(2);
  });
});
