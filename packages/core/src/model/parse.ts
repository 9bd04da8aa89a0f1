/**
 * Decoding a design document: size check → JSON → forbidden keys → schema (zod) → kinds and
 * props from the catalog → graph integrity → normalized design (defaults filled).
 * Never throws: every problem comes back as a `DesignError` with a JSON path.
 */
import { z } from 'zod';
import { ALL_KINDS, catalog, defaultProps, edgePropSpecs, isKind, type Kind, type PropSpec, type PropSpecs } from '../catalog/index';
import { ALL_TRAFFIC_EDGE_PROPS, withTrafficNodeProps } from '../traffic/props';
import {
  DESIGN_FORMAT,
  DESIGN_VERSION,
  ID_PATTERN,
  MAX_DESIGN_BYTES,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  type Design,
  type DesignEdge,
  type DesignError,
  type DesignNode,
  type ParseResult,
} from './types';
import { formatMegabytes, utf8SizeOver } from './size';

/** Keys that could reach an object prototype if the data were ever merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deepest nesting accepted anywhere in a document. */
export const MAX_DEPTH = 64;

/** Every edge prop any connection of the catalog declares (edges between forbidden kinds are a rule, not a parse error). */
const ALL_EDGE_PROPS: PropSpecs = Object.assign({}, ...ALL_KINDS.flatMap((k) => catalog[k].connections.map((c) => c.edgeProps ?? {})), ALL_TRAFFIC_EDGE_PROPS);

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** Parses JSON text with the size limit; errors name the problem. */
export function parseJsonText(text: string, what = 'design'): { ok: true; value: unknown } | { ok: false; errors: DesignError[] } {
  const bytes = utf8SizeOver(text, MAX_DESIGN_BYTES);
  if (bytes !== undefined) {
    return {
      ok: false,
      errors: [{ path: '$', message: `the ${what} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_DESIGN_BYTES)}` }],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '$', message: `malformed JSON: ${detail}` }] };
  }
}

/** Finds keys such as `__proto__` and nesting deeper than `MAX_DEPTH`, anywhere in `value`. */
export function findUnsafeKeys(value: unknown, path: PropertyKey[] = [], errors: DesignError[] = []): DesignError[] {
  if (errors.length >= 20) return errors;
  if (path.length > MAX_DEPTH) {
    errors.push({ path: formatPath(path), message: `nested deeper than ${MAX_DEPTH} levels` });
    return errors;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => findUnsafeKeys(item, [...path, i], errors));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
        continue;
      }
      findUnsafeKeys((value as Record<string, unknown>)[key], [...path, key], errors);
    }
  }
  return errors;
}

const idSchema = z.string().regex(ID_PATTERN, {
  message: 'expected an id of a letter then letters, digits or "-" (at most 64 characters)',
});

const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

const nodeSchema = z.strictObject({
  id: idSchema,
  kind: z.string(),
  label: z.string().max(MAX_LABEL_LENGTH).optional(),
  position: positionSchema.optional(),
  props: z.record(z.string(), z.unknown()).optional(),
});

const edgeSchema = z.strictObject({
  id: idSchema,
  source: z.string(),
  target: z.string(),
  props: z.record(z.string(), z.unknown()).optional(),
});

const documentSchema = z.strictObject({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: z.string().min(1).max(MAX_NAME_LENGTH).optional(),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema).optional(),
  extras: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.unknown()).optional(),
});

function propSchema(spec: PropSpec): z.ZodType {
  switch (spec.type) {
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int().min(spec.min).max(spec.max);
    case 'enum':
      return z.enum(spec.options.map((o) => o.value) as [string, ...string[]]);
    case 'string': {
      let s = z.string().max(spec.maxLength);
      if (spec.pattern) s = s.regex(new RegExp(spec.pattern), { message: spec.patternHelp?.en ?? `expected text matching ${spec.pattern}` });
      return s;
    }
    case 'json':
      return z.unknown();
  }
}

const propsSchemaCache = new Map<PropSpecs, z.ZodType>();
function propsSchema(specs: PropSpecs): z.ZodType {
  let schema = propsSchemaCache.get(specs);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, spec] of Object.entries(specs)) shape[key] = propSchema(spec).optional();
    schema = z.strictObject(shape);
    propsSchemaCache.set(specs, schema);
  }
  return schema;
}

function zodErrors(error: z.ZodError, base: PropertyKey[], known?: readonly string[]): DesignError[] {
  return error.issues.map((issue) => {
    const path = formatPath([...base, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const hint = known ? `; expected one of ${known.join(', ')}` : '';
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${hint}` };
    }
    return { path, message: issue.message };
  });
}

function checkEnvelope(raw: Record<string, unknown>): DesignError[] {
  if (raw['format'] !== DESIGN_FORMAT) {
    const looksLikeTemplate = 'Resources' in raw || 'AWSTemplateFormatVersion' in raw;
    return [
      {
        path: '$.format',
        message: looksLikeTemplate
          ? 'this is a CloudFormation template, not a Stackcanvas design; import it first (stackcanvas import)'
          : `expected "format": "${DESIGN_FORMAT}"; this is not a Stackcanvas design`,
      },
    ];
  }
  const version = raw['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > DESIGN_VERSION) {
    return [
      {
        path: '$.version',
        message: `the design is version ${version}, made by a newer Stackcanvas; this one reads version ${DESIGN_VERSION}`,
      },
    ];
  }
  if (version !== DESIGN_VERSION) {
    return [{ path: '$.version', message: `expected version ${DESIGN_VERSION}, got ${JSON.stringify(version)}` }];
  }
  return [];
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
    return { ok: false, errors: [{ path: '$', message: 'expected a JSON object (a Stackcanvas design)' }] };
  }
  const unsafe = findUnsafeKeys(raw);
  if (unsafe.length) return { ok: false, errors: unsafe };

  const envelope = checkEnvelope(raw as Record<string, unknown>);
  if (envelope.length) return { ok: false, errors: envelope };

  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: zodErrors(parsed.error, [], ['format', 'version', 'name', 'nodes', 'edges', 'extras']) };
  }
  const doc = parsed.data;
  const errors: DesignError[] = [];

  const nodes: DesignNode[] = [];
  const nodeIndex = new Map<string, number>();
  doc.nodes.forEach((node, i) => {
    const first = nodeIndex.get(node.id);
    if (first !== undefined) {
      errors.push({ path: `$.nodes[${i}].id`, message: `duplicate node id "${node.id}" (also at $.nodes[${first}])` });
    } else {
      nodeIndex.set(node.id, i);
    }
    if (!isKind(node.kind)) {
      errors.push({
        path: `$.nodes[${i}].kind`,
        message: `unknown kind "${node.kind}"; expected one of ${ALL_KINDS.join(', ')}`,
      });
      return;
    }
    const kind: Kind = node.kind;
    const specs = catalog[kind].props;
    // Traffic assumptions (traffic/props.ts) are checked too; absent ones mean their documented default.
    const checked = withTrafficNodeProps(kind, specs);
    const props = propsSchema(checked).safeParse(node.props ?? {});
    if (!props.success) {
      errors.push(...zodErrors(props.error, ['nodes', i, 'props'], Object.keys(checked)));
      return;
    }
    nodes.push({
      id: node.id,
      kind,
      ...(node.label !== undefined ? { label: node.label } : {}),
      position: node.position ?? gridPosition(i),
      props: { ...defaultProps(specs), ...(props.data as Record<string, unknown>) },
    });
  });

  const edges: DesignEdge[] = [];
  const edgeIndex = new Map<string, number>();
  (doc.edges ?? []).forEach((edge, i) => {
    const first = edgeIndex.get(edge.id);
    if (first !== undefined) {
      errors.push({ path: `$.edges[${i}].id`, message: `duplicate edge id "${edge.id}" (also at $.edges[${first}])` });
    } else {
      edgeIndex.set(edge.id, i);
    }
    for (const end of ['source', 'target'] as const) {
      if (!nodeIndex.has(edge[end])) {
        errors.push({ path: `$.edges[${i}].${end}`, message: `no node with id "${edge[end]}" (dangling edge "${edge.id}")` });
      }
    }
    const props = propsSchema(ALL_EDGE_PROPS).safeParse(edge.props ?? {});
    if (!props.success) {
      errors.push(...zodErrors(props.error, ['edges', i, 'props'], Object.keys(ALL_EDGE_PROPS)));
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
  };
  return { ok: true, design };
}

/** One line for a terminal or a toast: the first error and how many more there are. */
export function summarizeErrors(errors: readonly DesignError[]): string {
  const [first] = errors;
  if (!first) return 'unknown error';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${first.path}: ${first.message}${more}`;
}
