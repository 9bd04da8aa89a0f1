/**
 * References between template resources: `Ref`, `Fn::GetAtt`, `${X}` / `${X.Attr}` inside
 * `Fn::Sub`, and `DependsOn`. Used to infer edges and ownership, and to rename logical ids in the
 * parts of a template that are kept verbatim.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `${Name}` / `${Name.Attr}` in a Sub string; `${!Literal}` is not a reference. */
export const SUB_VAR = /\$\{([^!}][^}]*)\}/g;

/** What a Sub variable's body (`Web.Arn`, ` Web `) names: the logical id or parameter before the first dot, and the attribute after it. */
export function subVariable(body: string): { readonly name: string; readonly attribute: string | undefined } {
  const text = body.trim();
  const dot = text.indexOf('.');
  return dot < 0 ? { name: text, attribute: undefined } : { name: text.slice(0, dot), attribute: text.slice(dot + 1) };
}

/**
 * The names a Sub string refers to, except pseudo parameters and the Sub's own variables (`vars`),
 * appended to `out`. The matches of `SUB_VAR`, found with `indexOf` (the export reads every Sub
 * of the template: a regex iterator and its match objects cost more than the scan).
 */
function subNames(text: string, vars: Record<string, unknown> | undefined, out: string[]): void {
  for (let at = text.indexOf('${'); at >= 0; at = text.indexOf('${', at)) {
    const first = text.charCodeAt(at + 2);
    if (first === 0x21 /* ! */ || first === 0x7d /* } */ || Number.isNaN(first)) {
      at += 1; // no variable here: `${!Literal}`, `${}`, or the end
      continue;
    }
    const close = text.indexOf('}', at + 3);
    if (close < 0) return; // no `}` left: no variable either
    const { name } = subVariable(text.slice(at + 2, close));
    if (name && !name.startsWith('AWS::') && !(vars && Object.prototype.propertyIsEnumerable.call(vars, name))) out.push(name);
    at = close + 1;
  }
}

/**
 * Every logical id (or parameter name) `value` refers to, in order of appearance, with duplicates.
 * The export asks this of every resource it writes, so the walk is written for speed: no callback,
 * no key list per object (a one-key object is told by `for…in`), scalars never visited.
 */
export function collectRefs(value: unknown, out: string[] = []): string[] {
  if (value !== null && typeof value === 'object') addRefs(value, out);
  return out;
}

/** The logical ids (or parameter names) `value` refers to, once each, in order of first appearance. */
export function refSet(value: unknown, out = new Set<string>()): Set<string> {
  for (const id of collectRefs(value)) out.add(id);
  return out;
}

function addRefs(value: object, out: string[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') addRefs(item, out);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  let only: string | undefined;
  let count = 0;
  for (const key in record) {
    if (++count > 1) break;
    only = key;
  }
  if (count === 1) {
    const inner = record[only!];
    switch (only) {
      case 'Ref':
        if (typeof inner === 'string') {
          if (!inner.startsWith('AWS::')) out.push(inner);
          return;
        }
        break;
      case 'Fn::GetAtt':
        if (typeof inner === 'string') {
          const dot = inner.indexOf('.');
          out.push(dot < 0 ? inner : inner.slice(0, dot));
        } else if (Array.isArray(inner) && typeof inner[0] === 'string') {
          out.push(inner[0]);
          for (let i = 1; i < inner.length; i++) collectRefs(inner[i], out);
        }
        return;
      case 'Fn::Sub':
        if (typeof inner === 'string') subNames(inner, undefined, out);
        else if (Array.isArray(inner) && typeof inner[0] === 'string') {
          const vars = isRecord(inner[1]) ? inner[1] : undefined;
          subNames(inner[0], vars, out);
          if (vars) addRefs(vars, out);
        } else collectRefs(inner, out);
        return;
    }
  }
  for (const key in record) {
    const v = record[key];
    if (v !== null && typeof v === 'object') addRefs(v, out);
  }
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
    const { name, attribute } = subVariable(body);
    const to = !local.has(name) ? rename.get(name) : undefined;
    return to ? `\${${attribute === undefined ? to : `${to}.${attribute}`}}` : whole;
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
