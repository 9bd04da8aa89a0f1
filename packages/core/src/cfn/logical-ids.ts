/**
 * Logical ids from labels: PascalCase, alphanumeric, unique. A node's id depends only on its own
 * label and id, and on whether another node shares its label, so it stays stable when other
 * nodes change.
 */
import { isGeneric } from '../catalog/index';
import type { Design, DesignNode } from '../model/types';

const MAX_BASE = 100;

/** "web servers" → "WebServers", "Web ALB" → "WebALB"; letters and digits only, may be empty. */
export function pascalCase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  const trimmed = joined.replace(/^[0-9]+/, '');
  return (trimmed.charAt(0).toUpperCase() + trimmed.slice(1)).slice(0, MAX_BASE);
}

/** What a node's logical id is made of before collisions: its label, else its id (always valid). */
export function logicalIdBase(node: Pick<DesignNode, 'id' | 'label'>): string {
  return (node.label !== undefined ? pascalCase(node.label) : '') || pascalCase(node.id);
}

/**
 * The logical id of every node. A node made from an imported template keeps its primary
 * resource's logical id, and an imported generic resource its own: logical ids of imported
 * resources never change (a new id would make CloudFormation create a new resource and delete the
 * old one with its data). Other nodes get theirs from their labels; nodes whose labels give the
 * same base get their node id appended (`Cache` → `CacheSessions`). `reserved` holds ids the
 * template already uses (the network, the imported resources, parameters), which generated ids
 * avoid, also with the suffixes of the resources derived from a node (`<Base>SecurityGroup`, …);
 * a base that another node's base plus such a suffix spells gets its node id appended as well.
 */
export function assignLogicalIds(
  design: Design,
  reserved: ReadonlySet<string> = new Set(),
  suffixes: readonly string[] = [],
  /** Nodes that get their node id appended whatever their label (their label spells an id another node derives). */
  disambiguated: ReadonlySet<string> = new Set(),
): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set(reserved);
  for (const node of design.nodes) {
    const kept = node.imported ? node.imported.resources[0] : isGeneric(node.kind) ? node.props['logicalId'] : undefined;
    if (typeof kept === 'string' && kept) {
      result.set(node.id, kept);
      taken.add(kept);
    }
  }
  // A base is free when neither it nor any id derived from it is taken. The bases whose derived ids
  // are reserved are worked out once from the reserved ids (which end with the suffix), not by
  // spelling every suffix onto every candidate.
  const reservedBases = new Set<string>();
  for (const id of reserved) for (const s of suffixes) if (id.endsWith(s)) reservedBases.add(id.slice(0, id.length - s.length));
  const clashes = (base: string) => taken.has(base) || reservedBases.has(base);
  const counts = new Map<string, number>();
  const bases = new Map<string, string>();
  for (const node of design.nodes) {
    if (result.has(node.id)) continue;
    const base = logicalIdBase(node);
    bases.set(node.id, base);
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  // A base that another node's derived id spells (a label "Web Security Group" beside a node "Web",
  // whose security group is `WebSecurityGroup`): the one that spells it gets its node id too.
  const spellsDerived = (base: string) => suffixes.some((s) => s !== '' && base.length > s.length && base.endsWith(s) && counts.has(base.slice(0, -s.length)));
  // Deterministic whatever the node order: resolve in node-id order.
  const pending = [...bases.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, base] of pending) {
    let candidate = (counts.get(base) ?? 0) > 1 || clashes(base) || spellsDerived(base) || disambiguated.has(id) ? `${base}${pascalCase(id)}` : base;
    for (let n = 2; clashes(candidate) || spellsDerived(candidate); n++) candidate = `${base}${pascalCase(id)}${n}`;
    taken.add(candidate);
    result.set(id, candidate);
  }
  return result;
}
