/**
 * References between template resources: `Ref`, `Fn::GetAtt`, `${X}` / `${X.Attr}` inside
 * `Fn::Sub`, and `DependsOn`. Used to infer edges and ownership, and to rename logical ids in the
 * parts of a template that are kept verbatim.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `${Name}` / `${Name.Attr}` in a Sub string; `${!Literal}` is not a reference. */
const SUB_VAR = /\$\{([^!}][^}]*)\}/g;

function subNames(text: string, local: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SUB_VAR)) {
    const name = m[1]!.trim().split('.')[0]!;
    if (name && !name.startsWith('AWS::') && !local.has(name)) out.push(name);
  }
  return out;
}

/** Every logical id (or parameter name) `value` refers to, in order of appearance, with duplicates. */
export function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, out);
    return out;
  }
  if (!isRecord(value)) return out;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const inner = value[key];
    if (key === 'Ref' && typeof inner === 'string') {
      if (!inner.startsWith('AWS::')) out.push(inner);
      return out;
    }
    if (key === 'Fn::GetAtt') {
      if (typeof inner === 'string') out.push(inner.split('.')[0]!);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') {
        out.push(inner[0]);
        collectRefs(inner.slice(1), out);
      }
      return out;
    }
    if (key === 'Fn::Sub') {
      if (typeof inner === 'string') out.push(...subNames(inner, new Set()));
      else if (Array.isArray(inner) && typeof inner[0] === 'string') {
        const vars = isRecord(inner[1]) ? inner[1] : {};
        out.push(...subNames(inner[0], new Set(Object.keys(vars))));
        collectRefs(vars, out);
      } else collectRefs(inner, out);
      return out;
    }
  }
  for (const key of keys) collectRefs(value[key], out);
  return out;
}

/** Logical ids in a resource's `DependsOn` (a string or a list of strings). */
export function dependsOn(resource: Record<string, unknown>): string[] {
  const d = resource['DependsOn'];
  if (typeof d === 'string') return [d];
  if (Array.isArray(d)) return d.filter((x): x is string => typeof x === 'string');
  return [];
}

function renameSub(text: string, rename: ReadonlyMap<string, string>, local: ReadonlySet<string>): string {
  return text.replace(SUB_VAR, (whole, body: string) => {
    const [name, ...rest] = body.trim().split('.');
    const to = name !== undefined && !local.has(name) ? rename.get(name) : undefined;
    return to ? `\${${[to, ...rest].join('.')}}` : whole;
  });
}

/** A copy of `value` with references to the logical ids in `rename` pointed at their new ids. */
export function renameRefs(value: unknown, rename: ReadonlyMap<string, string>): unknown {
  if (rename.size === 0) return value;
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, rename));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const inner = value[key];
    if (key === 'Ref' && typeof inner === 'string') return { Ref: rename.get(inner) ?? inner };
    if (key === 'Fn::GetAtt') {
      if (typeof inner === 'string') {
        const [name, ...rest] = inner.split('.');
        const to = name !== undefined ? rename.get(name) : undefined;
        return { 'Fn::GetAtt': to ? [to, ...rest].join('.') : inner };
      }
      if (Array.isArray(inner) && typeof inner[0] === 'string') {
        return { 'Fn::GetAtt': [rename.get(inner[0]) ?? inner[0], ...inner.slice(1).map((v) => renameRefs(v, rename))] };
      }
    }
    if (key === 'Fn::Sub') {
      if (typeof inner === 'string') return { 'Fn::Sub': renameSub(inner, rename, new Set()) };
      if (Array.isArray(inner) && typeof inner[0] === 'string') {
        const vars = isRecord(inner[1]) ? inner[1] : {};
        return { 'Fn::Sub': [renameSub(inner[0], rename, new Set(Object.keys(vars))), renameRefs(inner[1], rename), ...inner.slice(2)] };
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = renameRefs(value[key], rename);
  return out;
}

/** `DependsOn` with renamed ids (same shape as given). */
export function renameDependsOn(d: unknown, rename: ReadonlyMap<string, string>): unknown {
  if (typeof d === 'string') return rename.get(d) ?? d;
  if (Array.isArray(d)) return d.map((x) => (typeof x === 'string' ? (rename.get(x) ?? x) : x));
  return d;
}
