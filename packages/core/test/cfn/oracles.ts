/**
 * Test-time oracles outside our code: the CloudFormation resource schemas of
 * `@aws-cdk/aws-service-spec`, and cfn-lint (one invocation over many files).
 */
import { execFileSync } from 'node:child_process';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

type SpecType = { type: string; reference?: { $ref: string }; element?: SpecType; types?: SpecType[] };
type SpecProps = Record<string, { type: SpecType; required?: boolean; previousTypes?: SpecType[] }>;

let db: ReturnType<typeof loadAwsServiceSpecSync> | undefined;
function spec() {
  return (db ??= loadAwsServiceSpecSync());
}

export interface ResourceSpec {
  readonly properties: unknown;
  readonly attributes: Record<string, unknown>;
  readonly tagInformation?: { readonly tagPropertyName: string; readonly variant: string };
}

export function resourceSpec(type: string): ResourceSpec | undefined {
  const found = spec().lookup('resource', 'cloudFormationType', 'equals', type);
  return found.length === 1 ? (found[0]! as ResourceSpec) : undefined;
}

const INTRINSIC = /^(Ref|Fn::[A-Za-z0-9]+)$/;
function isIntrinsic(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && INTRINSIC.test(keys[0]!);
}

/** Problems of one value against one schema type, with JSON paths. */
function checkValue(value: unknown, type: SpecType, path: string, out: string[]): void {
  if (isIntrinsic(value)) return; // resolved at deploy time; cfn-lint checks the functions
  switch (type.type) {
    case 'string':
    case 'date-time':
      if (typeof value !== 'string') out.push(`${path}: expected a string, got ${JSON.stringify(value)}`);
      return;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') out.push(`${path}: expected a number, got ${JSON.stringify(value)}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(`${path}: expected a boolean, got ${JSON.stringify(value)}`);
      return;
    case 'json':
    case 'null':
      return;
    case 'tag':
      if (!value || typeof value !== 'object' || !('Key' in value)) out.push(`${path}: expected a tag`);
      return;
    case 'array':
      if (!Array.isArray(value)) {
        out.push(`${path}: expected a list`);
        return;
      }
      value.forEach((v, i) => checkValue(v, type.element!, `${path}[${i}]`, out));
      return;
    case 'map':
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        out.push(`${path}: expected a map`);
        return;
      }
      for (const [k, v] of Object.entries(value)) checkValue(v, type.element!, `${path}.${k}`, out);
      return;
    case 'union': {
      const attempts = type.types!.map((t) => {
        const o: string[] = [];
        checkValue(value, t, path, o);
        return o;
      });
      if (!attempts.some((a) => a.length === 0)) out.push(...attempts[0]!);
      return;
    }
    case 'ref': {
      const def = spec().get('typeDefinition', type.reference!.$ref) as unknown as { properties: SpecProps };
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        out.push(`${path}: expected an object`);
        return;
      }
      checkObject(value as Record<string, unknown>, def.properties, path, out);
      return;
    }
    default:
      out.push(`${path}: unknown schema type ${type.type}`);
  }
}

function checkObject(value: Record<string, unknown>, props: SpecProps, path: string, out: string[]): void {
  for (const [name, p] of Object.entries(props)) {
    if (p.required && !(name in value)) out.push(`${path}.${name}: required property missing`);
  }
  for (const [name, v] of Object.entries(value)) {
    const p = props[name];
    if (!p) {
      out.push(`${path}.${name}: no such property`);
      continue;
    }
    const attempts = [p.type, ...(p.previousTypes ?? [])];
    const first: string[] = [];
    checkValue(v, p.type, `${path}.${name}`, first);
    if (
      first.length &&
      !attempts.slice(1).some((t) => {
        const o: string[] = [];
        checkValue(v, t, `${path}.${name}`, o);
        return o.length === 0;
      })
    )
      out.push(...first);
  }
}

/** Every problem of a template's resources against the schemas: unknown types, properties, wrong types, missing required properties, unknown GetAtt attributes. */
export function schemaProblems(template: { Resources: Record<string, unknown> }): string[] {
  const out: string[] = [];
  const resources = template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  for (const [id, r] of Object.entries(resources)) {
    const rs = resourceSpec(r.Type);
    if (!rs) {
      out.push(`${id}: unknown resource type ${r.Type}`);
      continue;
    }
    checkObject(r.Properties ?? {}, rs.properties as unknown as SpecProps, `${id}(${r.Type})`, out);
  }
  // GetAtt targets and attribute names.
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const getAtt = (v as Record<string, unknown>)['Fn::GetAtt'];
      if (Array.isArray(getAtt)) {
        const [target, attr] = getAtt as [string, string];
        const t = resources[target];
        if (!t) out.push(`GetAtt ${target}.${attr}: no such resource`);
        else if (!(attr in (resourceSpec(t.Type)?.attributes ?? {}))) out.push(`GetAtt ${target}.${attr}: ${t.Type} has no such attribute`);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(template);
  return out;
}

export interface LintFinding {
  readonly file: string;
  readonly rule: string;
  readonly level: string;
  readonly message: string;
}

/** Runs cfn-lint once over many files; returns its findings (parseable format). */
/** cfn-lint over `files` (for `regions`, default us-east-1: cfn-lint's own default). */
export function cfnLint(files: readonly string[], regions: readonly string[] = []): LintFinding[] {
  let text: string;
  try {
    const args = ['--format', 'parseable', ...(regions.length ? ['--regions', ...regions] : []), '--', ...files];
    text = execFileSync('cfn-lint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    if (typeof err.stdout !== 'string' || err.status === undefined || err.status === null) throw e;
    text = err.stdout;
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^(.*?):\d+:\d+:\d+:\d+:([EWI]\d{4}):(.*)$/.exec(line);
      if (!m) return { file: '?', rule: '?', level: '?', message: line };
      return { file: m[1]!, rule: m[2]!, level: m[2]![0]!, message: m[3]! };
    });
}
