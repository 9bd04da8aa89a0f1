/**
 * Comparing two template values the way CloudFormation would see them at update time: not as
 * text but as the values the intrinsics will produce. The answer is `same`, `differs` (certainly
 * changes) or `maybe` (depends on values known only at deploy time: a parameter, a condition, a
 * resource that is itself replaced), with the causes.
 *
 * What counts as equal (CloudFormation's own rules, the same as `@aws-cdk/cloudformation-diff`):
 * key order never matters; `10` and `"10"`, `true` and `"true"` are equal; `{ "Ref":
 * "AWS::NoValue" }` is an absent value; `{ "Fn::GetAtt": "A.B" }` equals `["A", "B"]`. List
 * order matters (CloudFormation sends lists to the resource as written; a reordered `Tags` list
 * is an update, see docs/changesets.md).
 *
 * `Fn::FindInMap` is resolved against each side's Mappings, so a changed size in a mapping shows
 * as a change of the property that looks it up; a lookup keyed by a parameter (`!Ref
 * EnvironmentName`) is compared row by row: every row changed = `differs`, some = `maybe`.
 * `Fn::If` is compared branch by branch when its condition is unchanged, otherwise every pairing
 * of branches is tried. Literal-only `Fn::Join`, `Fn::Select` and `Fn::Sub` are evaluated.
 */
import type { Cause, TemplateLike } from './types';

export type Verdict = 'same' | 'maybe' | 'differs';

export interface Outcome {
  readonly verdict: Verdict;
  readonly causes: readonly Cause[];
}

/** What of a template the comparison needs. */
export interface TemplateView {
  readonly parameters: ReadonlySet<string>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly conditions: Readonly<Record<string, unknown>>;
  readonly resources: ReadonlySet<string>;
}

export interface CompareContext {
  readonly old: TemplateView;
  readonly new: TemplateView;
  /** Logical ids this update replaces (True or Conditional) or re-creates with another type. */
  readonly replaced: ReadonlySet<string>;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function record(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

export function viewOf(template: TemplateLike): TemplateView {
  return {
    parameters: new Set(Object.keys(record(template['Parameters']))),
    mappings: record(template['Mappings']),
    conditions: record(template['Conditions']),
    resources: new Set(Object.keys(record(template['Resources']))),
  };
}

/** The intrinsic function of `{ "Ref": … }` / `{ "Fn::X": … }`, or undefined for a plain value. */
export function intrinsicName(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}

/** `{ "Ref": "AWS::NoValue" }` is an absent value. */
export function present(v: unknown): unknown {
  return isRecord(v) && intrinsicName(v) === 'Ref' && v['Ref'] === 'AWS::NoValue' ? undefined : v;
}

const SAME: Outcome = { verdict: 'same', causes: [] };
const DIFFERS: Outcome = { verdict: 'differs', causes: [] };

function causeKey(c: Cause): string {
  return `${c.kind}:${c.name ?? ''}`;
}

export function mergeCauses(...lists: (readonly Cause[])[]): Cause[] {
  const seen = new Map<string, Cause>();
  for (const list of lists) for (const c of list) if (!seen.has(causeKey(c))) seen.set(causeKey(c), c);
  return [...seen.values()].sort((a, b) => (causeKey(a) < causeKey(b) ? -1 : causeKey(a) > causeKey(b) ? 1 : 0));
}

/** Parts of one value: any part that certainly changes makes the whole change. */
function combine(outcomes: readonly Outcome[], extra: readonly Cause[] = []): Outcome {
  const causes = mergeCauses(extra, ...outcomes.map((o) => o.causes));
  if (outcomes.some((o) => o.verdict === 'differs')) return { verdict: 'differs', causes };
  if (outcomes.some((o) => o.verdict === 'maybe')) return { verdict: 'maybe', causes };
  return causes.length ? { verdict: 'same', causes } : SAME;
}

/** Alternatives of which one will hold at deploy time: it changes for sure only when every alternative does. */
function alternatives(outcomes: readonly Outcome[], extra: readonly Cause[]): Outcome {
  const causes = mergeCauses(extra, ...outcomes.map((o) => o.causes));
  if (outcomes.every((o) => o.verdict === 'same')) return SAME;
  if (outcomes.every((o) => o.verdict === 'differs')) return { verdict: 'differs', causes };
  return { verdict: 'maybe', causes };
}

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** CloudFormation passes every scalar as a string: `10` = `"10"`, `true` = `"true"`. */
export function scalarEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === 'boolean' && tb === 'string') || (ta === 'string' && tb === 'boolean')) return String(a) === String(b);
  if ((ta === 'string' || ta === 'number') && (tb === 'string' || tb === 'number')) {
    const sa = String(a);
    const sb = String(b);
    return NUMERIC.test(sa) && NUMERIC.test(sb) && Number(sa) === Number(sb);
  }
  return false;
}

/** Plain structural equality with CloudFormation's scalar rules and no intrinsic semantics (sections, conditions). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return scalarEqual(a, b);
}

function isParameterLike(name: string, view: TemplateView): boolean {
  return view.parameters.has(name) || (name.startsWith('AWS::') && name !== 'AWS::NoValue');
}

/** `${Name}` / `${Res.Attr}` variables of a `Fn::Sub` string (`${!Literal}` is text). */
function subVariables(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) out.push(m[1]!.trim());
  return out;
}

function subParts(arg: unknown): [string, Record<string, unknown>] | undefined {
  if (typeof arg === 'string') return [arg, {}];
  if (Array.isArray(arg) && typeof arg[0] === 'string' && (arg.length === 1 || isRecord(arg[1]))) return [arg[0], record(arg[1])];
  return undefined;
}

function getAttParts(arg: unknown): [string, string] | undefined {
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    return dot > 0 ? [arg.slice(0, dot), arg.slice(dot + 1)] : undefined;
  }
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && typeof arg[1] === 'string') return [arg[0], arg[1]];
  return undefined;
}

/**
 * What a value depends on that is unknown until deploy time: parameters and pseudo parameters,
 * conditions, mappings. (A `Ref` to a resource is not counted: its value is the physical id,
 * never a literal in the other template.)
 */
export function dynamicCauses(v: unknown, view: TemplateView): Cause[] {
  const out: Cause[] = [];
  const walk = (x: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(x)) {
      for (const el of x) walk(el, depth + 1);
      return;
    }
    if (!isRecord(x)) return;
    const fn = intrinsicName(x);
    const arg = fn ? x[fn] : undefined;
    if (fn === 'Ref' && typeof arg === 'string' && isParameterLike(arg, view)) out.push({ kind: 'parameter', name: arg });
    else if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') out.push({ kind: 'condition', name: arg[0] });
    else if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') out.push({ kind: 'mapping', name: arg[0] });
    else if (fn === 'Fn::GetAZs') out.push({ kind: 'parameter', name: 'AWS::Region' });
    else if (fn === 'Fn::Sub') {
      const parts = subParts(arg);
      if (parts) for (const name of subVariables(parts[0])) if (!(name in parts[1]) && isParameterLike(name, view)) out.push({ kind: 'parameter', name });
    }
    for (const child of Object.values(x)) walk(child, depth + 1);
  };
  walk(v, 0);
  return mergeCauses(out);
}

/** The logical ids (or parameters) a value refers to: `Ref`, `Fn::GetAtt`, `${X}` / `${X.Attr}` in `Fn::Sub`. */
export function referencedNames(v: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (x: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(x)) {
      for (const el of x) walk(el, depth + 1);
      return;
    }
    if (!isRecord(x)) return;
    const fn = intrinsicName(x);
    const arg = fn ? x[fn] : undefined;
    if (fn === 'Ref' && typeof arg === 'string') out.add(arg);
    else if (fn === 'Fn::GetAtt') {
      const parts = getAttParts(arg);
      if (parts) out.add(parts[0]);
    } else if (fn === 'Fn::Sub') {
      const parts = subParts(arg);
      if (parts) for (const name of subVariables(parts[0])) out.add(name.split('.')[0]!);
    }
    for (const child of Object.values(x)) walk(child, depth + 1);
  };
  walk(v, 0);
  return out;
}

const NOT_STATIC = Symbol('not static');

/** Literal-only `Fn::Join`, `Fn::Select` and `Fn::Sub` evaluated; anything else is not static. */
function evaluate(v: unknown, depth = 0): unknown {
  if (depth > 32) return NOT_STATIC;
  const fn = intrinsicName(v);
  if (!fn) {
    if (Array.isArray(v)) {
      const items = v.map((x) => evaluate(x, depth + 1));
      return items.includes(NOT_STATIC) ? NOT_STATIC : items;
    }
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const e = evaluate(x, depth + 1);
        if (e === NOT_STATIC) return NOT_STATIC;
        out[k] = e;
      }
      return out;
    }
    return v;
  }
  const arg = (v as Record<string, unknown>)[fn];
  if (fn === 'Fn::Join' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string') {
    const items = evaluate(arg[1], depth + 1);
    if (!Array.isArray(items) || !items.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) return NOT_STATIC;
    return items.map(String).join(arg[0]);
  }
  if (fn === 'Fn::Select' && Array.isArray(arg) && arg.length === 2) {
    const index = evaluate(arg[0], depth + 1);
    const list = evaluate(arg[1], depth + 1);
    if (!Array.isArray(list) || (typeof index !== 'number' && typeof index !== 'string') || !NUMERIC.test(String(index))) return NOT_STATIC;
    const i = Number(index);
    return Number.isInteger(i) && i >= 0 && i < list.length ? list[i] : NOT_STATIC;
  }
  if (fn === 'Fn::Sub') {
    const parts = subParts(arg);
    if (!parts || subVariables(parts[0]).length || Object.keys(parts[1]).length) return NOT_STATIC;
    return parts[0].replace(/\$\{!/g, '${');
  }
  return NOT_STATIC;
}

/** One possible outcome of a lookup keyed by parameters: `key` names the row (`dev`), `value` is what it gives. */
interface Option {
  readonly key: string;
  readonly value: unknown;
}

/** A value that is one of several, depending on deploy-time parameters (a `Fn::FindInMap`). */
interface Choice {
  readonly vars: string;
  readonly options: readonly Option[];
  readonly causes: readonly Cause[];
}

function keyChoices(key: unknown, available: readonly string[], view: TemplateView): { param?: string; keys: string[] } | undefined {
  if (typeof key === 'string' || typeof key === 'number') return { keys: [String(key)] };
  if (intrinsicName(key) === 'Ref') {
    const name = (key as Record<string, unknown>)['Ref'];
    if (typeof name === 'string' && isParameterLike(name, view)) return { param: name, keys: [...available].sort() };
  }
  return undefined;
}

/** `Fn::FindInMap` resolved against the side's Mappings: one option per reachable row, or undefined when it cannot be resolved. */
function lookupChoice(v: unknown, view: TemplateView): Choice | undefined {
  if (intrinsicName(v) !== 'Fn::FindInMap') return undefined;
  const args = (v as Record<string, unknown>)['Fn::FindInMap'];
  if (!Array.isArray(args) || args.length < 3 || typeof args[0] !== 'string') return undefined;
  const map = view.mappings[args[0]];
  if (!isRecord(map)) return undefined;
  const first = keyChoices(args[1], Object.keys(map), view);
  if (!first) return undefined;
  const options: Option[] = [];
  let second: string | undefined;
  for (const k1 of first.keys) {
    const row = record(map[k1]);
    const next = keyChoices(args[2], Object.keys(row), view);
    if (!next) return undefined;
    second = next.param;
    for (const k2 of next.keys) {
      const key = [first.param ? k1 : '', next.param ? k2 : ''].filter(Boolean).join('/');
      options.push({ key, value: row[k2] });
    }
  }
  const vars = [first.param, second].filter(Boolean).join(',');
  const causes: Cause[] = [{ kind: 'mapping', name: args[0] }];
  for (const p of [first.param, second]) if (p) causes.push({ kind: 'parameter', name: p });
  return { vars, options, causes };
}

/**
 * `Fn::FindInMap` lookups replaced by what they give: a literal-keyed lookup by its value, one
 * keyed by a parameter by `{ "<row>": value, … }`. For showing a changed mapping as numbers.
 */
export function resolveLookups(v: unknown, view: TemplateView, depth = 0): unknown {
  if (depth > 64) return v;
  const choice = lookupChoice(v, view);
  if (choice) {
    if (choice.options.length === 1 && !choice.vars) return resolveLookups(choice.options[0]!.value, view, depth + 1);
    return Object.fromEntries(choice.options.map((o) => [o.key, resolveLookups(o.value, view, depth + 1)]));
  }
  if (Array.isArray(v)) return v.map((x) => resolveLookups(x, view, depth + 1));
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveLookups(x, view, depth + 1)]));
  return v;
}

/** Whether a value contains a `Fn::FindInMap` that resolves (so `resolveLookups` says something). */
export function hasLookup(v: unknown, view: TemplateView, depth = 0): boolean {
  if (depth > 64) return false;
  if (lookupChoice(v, view)) return true;
  if (Array.isArray(v)) return v.some((x) => hasLookup(x, view, depth + 1));
  if (isRecord(v)) return Object.values(v).some((x) => hasLookup(x, view, depth + 1));
  return false;
}

export class Comparer {
  constructor(private readonly ctx: CompareContext) {}

  /** Whether condition `name` is defined the same on both sides (following `{ "Condition": … }` references). */
  conditionUnchanged(name: string, seen: Set<string> = new Set()): boolean {
    if (seen.has(name)) return true;
    seen.add(name);
    const a = this.ctx.old.conditions[name];
    const b = this.ctx.new.conditions[name];
    if (a === undefined || b === undefined) return false;
    const same = (x: unknown, y: unknown): boolean => {
      if (isRecord(x) && isRecord(y) && Object.keys(x).length === 1 && typeof x['Condition'] === 'string') {
        return y['Condition'] === x['Condition'] && Object.keys(y).length === 1 && this.conditionUnchanged(x['Condition'], seen);
      }
      if (Array.isArray(x) || Array.isArray(y)) return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((el, i) => same(el, y[i]));
      if (isRecord(x) || isRecord(y)) {
        if (!isRecord(x) || !isRecord(y)) return false;
        const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
        return [...keys].every((k) => same(x[k], y[k]));
      }
      return scalarEqual(x, y);
    };
    return same(a, b);
  }

  compare(a: unknown, b: unknown, depth = 0): Outcome {
    if (depth > 128) return sameValue(a, b) ? SAME : DIFFERS;
    a = present(a);
    b = present(b);
    const fa = intrinsicName(a);
    const fb = intrinsicName(b);
    if (fa === 'Fn::If' || fb === 'Fn::If') return this.compareIf(a, b, depth);
    if (fa === 'Fn::FindInMap' || fb === 'Fn::FindInMap') {
      const ca = lookupChoice(a, this.ctx.old) ?? (fa === 'Fn::FindInMap' ? undefined : { vars: '', options: [{ key: '', value: a }], causes: [] });
      const cb = lookupChoice(b, this.ctx.new) ?? (fb === 'Fn::FindInMap' ? undefined : { vars: '', options: [{ key: '', value: b }], causes: [] });
      if (ca && cb) return this.compareChoices(ca, cb, depth);
    }
    if (a === undefined || b === undefined) return a === b ? SAME : DIFFERS;
    if (fa || fb) {
      if (fa === fb) return this.compareIntrinsic(fa!, (a as Record<string, unknown>)[fa!], (b as Record<string, unknown>)[fb!], depth);
      const ea = evaluate(a);
      const eb = evaluate(b);
      if (ea !== NOT_STATIC && eb !== NOT_STATIC) return this.compare(ea, eb, depth + 1);
      const causes = mergeCauses(dynamicCauses(a, this.ctx.old), dynamicCauses(b, this.ctx.new));
      return causes.length ? { verdict: 'maybe', causes } : DIFFERS;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b)) return DIFFERS;
      if (a.length !== b.length) {
        // `Fn::If` … `AWS::NoValue` drops a list element at deploy time: the lengths may still match.
        const dropping = [...a, ...b].some((x) => intrinsicName(x) === 'Fn::If');
        return dropping ? { verdict: 'maybe', causes: mergeCauses(dynamicCauses(a, this.ctx.old), dynamicCauses(b, this.ctx.new)) } : DIFFERS;
      }
      return combine(a.map((x, i) => this.compare(x, b[i], depth + 1)));
    }
    if (isRecord(a) || isRecord(b)) {
      if (!isRecord(a) || !isRecord(b)) return DIFFERS;
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      return combine(keys.map((k) => this.compare(a[k], b[k], depth + 1)));
    }
    return scalarEqual(a, b) ? SAME : DIFFERS;
  }

  private referenceToReplaced(name: string): Outcome {
    return this.ctx.replaced.has(name) && this.ctx.new.resources.has(name) ? { verdict: 'maybe', causes: [{ kind: 'replaced', name }] } : SAME;
  }

  private compareIntrinsic(fn: string, x: unknown, y: unknown, depth: number): Outcome {
    if (fn === 'Ref' && typeof x === 'string' && typeof y === 'string') {
      if (x === y) return this.ctx.new.resources.has(x) ? this.referenceToReplaced(x) : SAME;
      const causes: Cause[] = [];
      if (isParameterLike(x, this.ctx.old)) causes.push({ kind: 'parameter', name: x });
      if (isParameterLike(y, this.ctx.new)) causes.push({ kind: 'parameter', name: y });
      return causes.length ? { verdict: 'maybe', causes: mergeCauses(causes) } : DIFFERS;
    }
    if (fn === 'Fn::GetAtt') {
      const pa = getAttParts(x);
      const pb = getAttParts(y);
      if (pa && pb) return pa[0] === pb[0] && pa[1] === pb[1] ? this.referenceToReplaced(pa[0]) : DIFFERS;
    }
    if (fn === 'Fn::Sub') {
      const pa = subParts(x);
      const pb = subParts(y);
      if (pa && pb) {
        if (pa[0] === pb[0]) {
          const vars = this.compare(pa[1], pb[1], depth + 1);
          const refs = subVariables(pa[0])
            .filter((name) => !(name in pb[1]))
            .map((name) => this.referenceToReplaced(name.split('.')[0]!));
          return combine([vars, ...refs]);
        }
        const causes = mergeCauses(dynamicCauses({ 'Fn::Sub': x }, this.ctx.old), dynamicCauses({ 'Fn::Sub': y }, this.ctx.new));
        return causes.length ? { verdict: 'maybe', causes } : DIFFERS;
      }
    }
    return this.compare(x, y, depth + 1);
  }

  private compareIf(a: unknown, b: unknown, depth: number): Outcome {
    const parts = (v: unknown): [string, unknown, unknown] | undefined => {
      if (intrinsicName(v) !== 'Fn::If') return undefined;
      const arg = (v as Record<string, unknown>)['Fn::If'];
      return Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string' ? [arg[0], arg[1], arg[2]] : undefined;
    };
    const ia = parts(a);
    const ib = parts(b);
    const causes: Cause[] = [];
    if (ia) causes.push({ kind: 'condition', name: ia[0] });
    if (ib) causes.push({ kind: 'condition', name: ib[0] });
    if (ia && ib && ia[0] === ib[0] && this.conditionUnchanged(ia[0])) {
      return alternatives([this.compare(ia[1], ib[1], depth + 1), this.compare(ia[2], ib[2], depth + 1)], causes);
    }
    // A malformed `Fn::If` (CloudFormation would refuse the template): compare it as written.
    if ((!ia && intrinsicName(a) === 'Fn::If') || (!ib && intrinsicName(b) === 'Fn::If')) return sameValue(a, b) ? SAME : DIFFERS;
    const left = ia ? [ia[1], ia[2]] : [a];
    const right = ib ? [ib[1], ib[2]] : [b];
    return alternatives(
      left.flatMap((x) => right.map((y) => this.compare(x, y, depth + 1))),
      causes,
    );
  }

  private compareChoices(a: Choice, b: Choice, depth: number): Outcome {
    const causes = mergeCauses(a.causes, b.causes);
    if (a.vars && a.vars === b.vars) {
      const keys = [...new Set([...a.options.map((o) => o.key), ...b.options.map((o) => o.key)])];
      const value = (c: Choice, k: string) => c.options.find((o) => o.key === k)?.value;
      return alternatives(
        keys.map((k) => this.compare(value(a, k), value(b, k), depth + 1)),
        causes,
      );
    }
    return alternatives(
      a.options.flatMap((x) => b.options.map((y) => this.compare(x.value, y.value, depth + 1))),
      causes,
    );
  }
}
