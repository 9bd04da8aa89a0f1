/**
 * A template as CloudFormation would deploy it in one environment and Region: parameters at their
 * defaults (EnvironmentName as given), `Fn::FindInMap`, `Fn::If` and the conditions evaluated,
 * resources and outputs whose condition is false removed, `AWS::NoValue` dropped. Intrinsics that
 * need a deployment (`Fn::GetAtt`, resource `Ref`s, `Fn::Sub` of them) stay.
 *
 * Both oracles need it: cdk-nag's rules cannot evaluate an `Fn::If` over a parameter (they report
 * "the rule could not be validated"), and the parity test compares what each environment gets.
 * Written for the test suite; it knows the functions our exporters and the CDK emit.
 */

export type Json = unknown;
type Obj = Record<string, Json>;

export interface Template {
  Parameters?: Record<string, { Default?: Json; Type?: string }>;
  Mappings?: Record<string, Record<string, Record<string, Json>>>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, { Type: string; Properties?: Obj; Condition?: string; DependsOn?: string | string[]; Metadata?: Obj; [k: string]: Json }>;
  Outputs?: Record<string, Obj>;
  [section: string]: Json;
}

export interface Deployment {
  readonly environment: 'dev' | 'stage' | 'prod';
  readonly region: string;
}

const UNRESOLVED = Symbol('unresolved');
const NO_VALUE = Symbol('no value');

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function resolveTemplate(input: Template, deployment: Deployment): Template {
  const t = structuredClone(input) as Template;
  const params = new Map<string, Json>();
  for (const [name, p] of Object.entries(t.Parameters ?? {})) {
    if (name === 'EnvironmentName') params.set(name, deployment.environment);
    else if (p.Default !== undefined && !String(p.Type ?? '').startsWith('AWS::SSM::Parameter::Value')) params.set(name, p.Default);
  }
  const pseudo: Record<string, Json> = { 'AWS::Region': deployment.region, 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com' };
  const conditions = new Map<string, boolean | typeof UNRESOLVED>();

  const literal = (v: Json): Json | typeof UNRESOLVED => {
    const r = value(v);
    return r === NO_VALUE || (isObj(r) && Object.keys(r).length === 1 && /^(Ref|Fn::)/.test(Object.keys(r)[0]!)) ? UNRESOLVED : r;
  };

  function condition(name: string): boolean | typeof UNRESOLVED {
    if (conditions.has(name)) return conditions.get(name)!;
    conditions.set(name, UNRESOLVED); // cycles stay unresolved
    const r = evaluate((t.Conditions ?? {})[name]);
    conditions.set(name, r);
    return r;
  }

  function evaluate(expr: Json): boolean | typeof UNRESOLVED {
    if (typeof expr === 'boolean') return expr;
    if (!isObj(expr)) return UNRESOLVED;
    const [key] = Object.keys(expr);
    const arg = expr[key!];
    switch (key) {
      case 'Condition':
        return condition(String(arg));
      case 'Fn::Equals': {
        const [a, b] = (arg as Json[]).map(literal);
        return a === UNRESOLVED || b === UNRESOLVED ? UNRESOLVED : JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::Not': {
        const r = evaluate((arg as Json[])[0]);
        return r === UNRESOLVED ? UNRESOLVED : !r;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const rs = (arg as Json[]).map(evaluate);
        if (key === 'Fn::And' ? rs.includes(false) : rs.includes(true)) return key === 'Fn::Or';
        return rs.includes(UNRESOLVED) ? UNRESOLVED : key === 'Fn::And';
      }
      default:
        return UNRESOLVED;
    }
  }

  function value(v: Json): Json | typeof NO_VALUE {
    if (Array.isArray(v)) return v.map(value).filter((x) => x !== NO_VALUE);
    if (!isObj(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1) {
      const key = keys[0]!;
      const arg = v[key];
      if (key === 'Ref' && typeof arg === 'string') {
        if (arg === 'AWS::NoValue') return NO_VALUE;
        if (arg in pseudo) return pseudo[arg];
        if (params.has(arg)) return params.get(arg);
        return v;
      }
      if (key === 'Fn::FindInMap' && Array.isArray(arg)) {
        const [map, k1, k2] = arg.map(literal);
        if (map !== UNRESOLVED && k1 !== UNRESOLVED && k2 !== UNRESOLVED) {
          const found = t.Mappings?.[String(map)]?.[String(k1)]?.[String(k2)];
          if (found !== undefined) return found;
        }
        return { 'Fn::FindInMap': arg.map(value) };
      }
      if (key === 'Fn::If' && Array.isArray(arg)) {
        const c = condition(String(arg[0]));
        if (c !== UNRESOLVED) return value(c ? arg[1] : arg[2]);
        return { 'Fn::If': [arg[0], value(arg[1]), value(arg[2])] };
      }
    }
    const out: Obj = {};
    for (const k of keys) {
      const r = value(v[k]);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  const dropped = new Set<string>();
  for (const [id, r] of Object.entries(t.Resources)) {
    if (r.Condition !== undefined) {
      const c = condition(r.Condition);
      if (c === false) {
        dropped.add(id);
        delete t.Resources[id];
        continue;
      }
      if (c === true) delete r.Condition;
    }
  }
  for (const [id, r] of Object.entries(t.Resources)) {
    t.Resources[id] = value(r) as Template['Resources'][string];
    const deps = r.DependsOn === undefined ? undefined : ([] as string[]).concat(r.DependsOn).filter((d) => !dropped.has(d));
    if (deps !== undefined) {
      if (deps.length) t.Resources[id]!.DependsOn = deps;
      else delete t.Resources[id]!.DependsOn;
    }
  }
  if (t.Outputs) {
    for (const [name, o] of Object.entries(t.Outputs)) {
      if (typeof o['Condition'] === 'string' && condition(o['Condition']) === false) delete t.Outputs[name];
      else t.Outputs[name] = value(o) as Obj;
    }
  }
  // Conditions left: only those that could not be evaluated (the resources above still name them).
  if (t.Conditions) {
    const left = Object.fromEntries(Object.entries(t.Conditions).filter(([name]) => condition(name) === UNRESOLVED));
    if (Object.keys(left).length) t.Conditions = left;
    else delete t.Conditions;
  }
  return t;
}
