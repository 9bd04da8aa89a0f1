/**
 * Decoding a design document: size check → JSON → forbidden keys → schema (zod) → kinds and
 * props from the catalog → graph integrity → normalized design (defaults filled).
 * Never throws: every problem comes back as a `DesignError` with a JSON path.
 */
// zod/mini: the same checks and issues as zod, tree-shakable (a third of zod's size in the app's first load).
import * as z from 'zod/mini';
import { ALL_KINDS, catalog, defaultProps, edgePropSpecs, isKind, type Kind, type PropSpec, type PropSpecs } from '../catalog/index';
import { ALL_TRAFFIC_EDGE_PROPS, withTrafficNodeProps } from '../traffic/props';
import {
  DESIGN_FORMAT,
  DESIGN_VERSION,
  ID_PATTERN,
  MAX_DESIGN_BYTES,
  MAX_DESIGN_EDGES,
  MAX_DESIGN_NODES,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  type Design,
  type DesignEdge,
  type DesignError,
  type DesignNode,
  ENVIRONMENT_NAMES,
  type ParseResult,
  type TemplateResource,
} from './types';
import type { MessageCode } from '../errors/catalogue';
import { migrate } from './migrate';
import { formatMegabytes, prettyJsonSizeOver } from './size';
import { designDocument } from './serialize';
import { controlCharIndex, formatCodeUnit } from './text';
import { grouped } from './numbers';
import { designError, findUnsafeKeys, formatPath, parseJsonText } from './unsafe';

export { designError, FORBIDDEN_KEYS, findUnsafeKeys, formatPath, MAX_DEPTH, parseJsonText } from './unsafe';

/** Every edge prop any connection of the catalog declares (edges between forbidden kinds are a rule, not a parse error). */
const ALL_EDGE_PROPS: PropSpecs = Object.assign({}, ...ALL_KINDS.flatMap((k) => catalog[k].connections.map((c) => c.edgeProps ?? {})), ALL_TRAFFIC_EDGE_PROPS);

// Schema messages are catalogue codes: `zodErrors` turns them into the entries.
const idSchema = z.string().check(z.regex(ID_PATTERN, { message: 'SC-D021' }));

const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

/** CloudFormation logical ids: letters and digits, at most 255. */
export const LOGICAL_ID_PATTERN = /^[A-Za-z0-9]{1,255}$/;
const logicalIdSchema = z.string().check(z.regex(LOGICAL_ID_PATTERN, { message: 'SC-D022' }));

const importedSchema = z.strictObject({
  resources: z.array(logicalIdSchema).check(z.minLength(1)),
  props: z.record(z.string(), z.unknown()),
  expressions: z.optional(z.record(z.string(), z.unknown())),
  peers: z.optional(z.array(idSchema)),
});

const nodeSchema = z.strictObject({
  id: idSchema,
  kind: z.string(),
  label: z.optional(z.string().check(z.maxLength(MAX_LABEL_LENGTH))),
  position: z.optional(positionSchema),
  props: z.optional(z.record(z.string(), z.unknown())),
  imported: z.optional(importedSchema),
});

const edgeSchema = z.strictObject({
  id: idSchema,
  source: z.string(),
  target: z.string(),
  props: z.optional(z.record(z.string(), z.unknown())),
  imported: z.optional(z.literal(true)),
});

const resourceSchema = z.looseObject({ Type: z.string().check(z.minLength(1), z.maxLength(256)) });

const baselineSchema = z.strictObject({
  template: z.looseObject({ Resources: z.record(z.string(), z.unknown()) }),
  at: z.string().check(z.maxLength(40)),
  source: z.enum(['marked', 'loaded']),
});

const documentSchema = z.strictObject({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH))),
  nodes: z.array(nodeSchema),
  edges: z.optional(z.array(edgeSchema)),
  extras: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*$/)), z.unknown())),
  resources: z.optional(z.record(logicalIdSchema, resourceSchema)),
  baselines: z.optional(z.partialRecord(z.enum(ENVIRONMENT_NAMES), baselineSchema)),
});

function propSchema(spec: PropSpec): z.ZodMiniType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.int().check(z.minimum(spec.min), z.maximum(spec.max));
    case 'enum':
      return z.enum(spec.options.map((o) => o.value) as [string, ...string[]]);
    case 'string': {
      const s = z.string().check(z.maxLength(spec.maxLength));
      return spec.pattern ? s.check(z.regex(new RegExp(spec.pattern), { message: PATTERN })) : s;
    }
    case 'json':
      return z.unknown();
  }
}

/** The message of a prop's pattern check: the prop's own help (`patternHelp`) says what is expected. */
const PATTERN = 'pattern';

const propsSchemaCache = new Map<PropSpecs, z.ZodMiniType>();
function propsSchema(specs: PropSpecs): z.ZodMiniType {
  let schema = propsSchemaCache.get(specs);
  if (!schema) {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const [key, spec] of Object.entries(specs)) shape[key] = z.optional(propSchema(spec));
    schema = z.strictObject(shape);
    propsSchemaCache.set(specs, schema);
  }
  return schema;
}

/** What a value is, for "expected …, got …". */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** zod's issues as catalogue errors; `specs` names the props checked (for their pattern help), `root` is the value checked. */
function zodErrors(error: z.core.$ZodError, base: PropertyKey[], known?: readonly string[], specs?: PropSpecs, root?: unknown): DesignError[] {
  return error.issues.map((issue) => {
    const path = formatPath([...base, ...issue.path]);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const fields = issue.keys.map((k) => `"${k}"`).join(', ');
        return known ? designError(path, 'SC-D005', { fields, expected: known.join(', ') }) : designError(path, 'SC-D025', { fields });
      }
      case 'invalid_type':
        return valueAt(root, issue.path) === undefined
          ? designError(path, 'SC-D024')
          : designError(path, 'SC-D017', { expected: String(issue.expected), received: describeValue(valueAt(root, issue.path)) });
      case 'too_big':
      case 'too_small': {
        const value = valueAt(root, issue.path);
        if (typeof value === 'string' && issue.code === 'too_big') return designError(path, 'SC-D023', { max: Number(issue.maximum) });
        const spec = specs?.[String(issue.path[0])];
        const min = spec?.type === 'integer' ? spec.min : issue.code === 'too_small' ? Number(issue.minimum) : '…';
        const max = spec?.type === 'integer' ? spec.max : issue.code === 'too_big' ? Number(issue.maximum) : '…';
        return designError(path, 'SC-D018', { min, max });
      }
      case 'invalid_value':
        return designError(path, 'SC-D019', { options: issue.values.map((v) => JSON.stringify(v)).join(', ') });
      default: {
        if (/^SC-D\d{3}$/.test(issue.message)) return designError(path, issue.message as MessageCode);
        const spec = specs?.[String(issue.path[0])];
        if (issue.message === PATTERN && spec?.type === 'string' && spec.patternHelp) {
          const detail = { code: 'SC-D020', params: {}, en: spec.patternHelp.en, ko: spec.patternHelp.ko };
          return { path, message: spec.patternHelp.en, detail };
        }
        if (issue.message === PATTERN && spec?.type === 'string') return designError(path, 'SC-D020', { detail: `expected text matching ${spec.pattern}` });
        return designError(path, 'SC-D020', { detail: issue.message });
      }
    }
  });
}

function checkEnvelope(raw: Record<string, unknown>): DesignError[] {
  if (raw['format'] !== DESIGN_FORMAT) {
    const looksLikeTemplate = 'Resources' in raw || 'AWSTemplateFormatVersion' in raw;
    return [looksLikeTemplate ? designError('$.format', 'SC-D009') : designError('$.format', 'SC-D010', { format: DESIGN_FORMAT })];
  }
  const version = raw['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_VERSION) {
    return [designError('$.version', 'SC-D006', { version, supported: DESIGN_VERSION })];
  }
  if (version !== DESIGN_VERSION) {
    return [designError('$.version', 'SC-D007', { supported: DESIGN_VERSION, version: JSON.stringify(version) ?? 'nothing' })];
  }
  return [];
}

/** More components or connections than a design may have: refused before anything else looks at them. */
function checkCounts(raw: Record<string, unknown>): DesignError[] {
  const { nodes, edges } = raw;
  const n = grouped;
  if (Array.isArray(nodes) && nodes.length > MAX_DESIGN_NODES) {
    return [designError('$.nodes', 'SC-D027', { count: n(nodes.length), limit: n(MAX_DESIGN_NODES) })];
  }
  if (Array.isArray(edges) && edges.length > MAX_DESIGN_EDGES) {
    return [designError('$.edges', 'SC-D028', { count: n(edges.length), limit: n(MAX_DESIGN_EDGES) })];
  }
  return [];
}

/** A label or a name holding a control character (a line break, a tab, NUL, …): where and which. */
function controlCharError(path: string, text: string | undefined): DesignError[] {
  if (text === undefined) return [];
  const i = controlCharIndex(text);
  return i < 0 ? [] : [designError(path, 'SC-D029', { char: formatCodeUnit(text.charCodeAt(i)), position: i + 1 })];
}

/** Grid position for nodes saved without one, so they never pile up at the origin. */
function gridPosition(index: number) {
  return { x: (index % 6) * 220, y: Math.floor(index / 6) * 160 };
}

/**
 * Parses a design from JSON text or an already-parsed value. Returns the normalized design
 * (every prop present with its default) or the precise list of what is wrong.
 */
export function parseDesign(input: unknown): ParseResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    const json = parseJsonText(input);
    if (!json.ok) return json;
    raw = json.value;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [designError('$', 'SC-D008')] };
  }
  const unsafe = findUnsafeKeys(raw);
  if (unsafe.length) return { ok: false, errors: unsafe };
  raw = migrate(raw);

  const envelope = checkEnvelope(raw as Record<string, unknown>);
  if (envelope.length) return { ok: false, errors: envelope };
  const counted = checkCounts(raw as Record<string, unknown>);
  if (counted.length) return { ok: false, errors: counted };

  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: zodErrors(parsed.error, [], ['format', 'version', 'name', 'nodes', 'edges', 'extras', 'resources', 'baselines'], undefined, raw),
    };
  }
  const doc = parsed.data;
  const errors: DesignError[] = controlCharError('$.name', doc.name);

  const nodes: DesignNode[] = [];
  const nodeIndex = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    const first = nodeIndex.get(node.id);
    if (first !== undefined) {
      errors.push(designError(`$.nodes[${i}].id`, 'SC-D011', { id: node.id, other: `$.nodes[${first}]` }));
    } else {
      nodeIndex.set(node.id, i);
    }
    if (!isKind(node.kind)) {
      errors.push(designError(`$.nodes[${i}].kind`, 'SC-D012', { kind: node.kind, kinds: ALL_KINDS.join(', ') }));
      return;
    }
    errors.push(...controlCharError(`$.nodes[${i}].label`, node.label));
    const kind: Kind = node.kind;
    const specs = catalog[kind].props;
    // Traffic assumptions (traffic/props.ts) are checked too; absent ones mean their documented default.
    const checked = withTrafficNodeProps(kind, specs);
    const props = propsSchema(checked).safeParse(node.props ?? {});
    if (!props.success) {
      errors.push(...zodErrors(props.error, ['nodes', i, 'props'], Object.keys(checked), checked, node.props));
      return;
    }
    nodes.push({
      id: node.id,
      kind,
      ...(node.label !== undefined ? { label: node.label } : {}),
      position: node.position ?? gridPosition(i),
      props: { ...defaultProps(specs), ...(props.data as Record<string, unknown>) },
      ...(node.imported ? { imported: node.imported } : {}),
    });
  });

  // Held resources: each exists in `resources`, and no two nodes hold the same one.
  const holder = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    node.imported?.resources.forEach((id, j) => {
      const path = `$.nodes[${i}].imported.resources[${j}]`;
      if (!doc.resources || !Object.prototype.hasOwnProperty.call(doc.resources, id)) {
        errors.push(designError(path, 'SC-D013', { id }));
      }
      const other = holder.get(id);
      if (other !== undefined && other !== i) errors.push(designError(path, 'SC-D014', { id, other: `$.nodes[${other}]` }));
      holder.set(id, i);
    });
  });

  const edges: DesignEdge[] = [];
  const edgeIndex = new Map<string, number>();
  (doc.edges ?? []).forEach((edge, i) => {
    const first = edgeIndex.get(edge.id);
    if (first !== undefined) {
      errors.push(designError(`$.edges[${i}].id`, 'SC-D015', { id: edge.id, other: `$.edges[${first}]` }));
    } else {
      edgeIndex.set(edge.id, i);
    }
    for (const end of ['source', 'target'] as const) {
      if (!nodeIndex.has(edge[end])) {
        errors.push(designError(`$.edges[${i}].${end}`, 'SC-D016', { id: edge[end], edge: edge.id }));
      }
    }
    const props = propsSchema(ALL_EDGE_PROPS).safeParse(edge.props ?? {});
    if (!props.success) {
      errors.push(...zodErrors(props.error, ['edges', i, 'props'], Object.keys(ALL_EDGE_PROPS), ALL_EDGE_PROPS, edge.props));
      return;
    }
    const source = doc.nodes[nodeIndex.get(edge.source) ?? -1];
    const target = doc.nodes[nodeIndex.get(edge.target) ?? -1];
    const specs = source && target && isKind(source.kind) && isKind(target.kind) ? edgePropSpecs(source.kind, target.kind) : {};
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      props: { ...defaultProps(specs), ...(props.data as Record<string, unknown>) },
      ...(edge.imported ? { imported: true as const } : {}),
    });
  });

  if (errors.length) return { ok: false, errors };
  const design: Design = {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: doc.name ?? 'untitled',
    nodes,
    edges,
    ...(doc.extras ? { extras: doc.extras } : {}),
    ...(doc.resources ? { resources: doc.resources as Record<string, TemplateResource> } : {}),
    ...(doc.baselines ? { baselines: doc.baselines } : {}),
  };
  // Bounded output: what reads as a design also writes as a design file that reads again (defaults
  // filled in and indented, a small document can print many times its size).
  if (prettyJsonSizeOver(designDocument(design), MAX_DESIGN_BYTES) !== undefined) {
    return { ok: false, errors: [designError('$', 'SC-D032', { limit: formatMegabytes(MAX_DESIGN_BYTES) })] };
  }
  return { ok: true, design };
}

/** One line for a terminal or a toast: the first error and how many more there are. */
export function summarizeErrors(errors: readonly DesignError[]): string {
  const [first] = errors;
  if (!first) return 'unknown error';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${first.path}: ${first.message}${more}`;
}
