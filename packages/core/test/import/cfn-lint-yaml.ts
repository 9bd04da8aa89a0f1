/**
 * Test oracle: cfn-lint's own YAML loader (`cfnlint.decode.cfn_yaml.loads`, PyYAML's SafeLoader
 * with CloudFormation tags), run on many texts in one Python process. cfn-lint is preinstalled
 * (see the toolchain notes); importing its decoder takes ~2 s, so batch the texts.
 *
 * Values come back as JSON, with what JSON cannot hold marked: a date as `{ $date: "2012-10-17" }`,
 * a timestamp as `{ $datetime }`, an infinite or NaN float as `{ $float }`. Mapping keys are
 * turned into strings as JavaScript would (`True` → "true", `493` → "493").
 */
import { execFileSync } from 'node:child_process';

const SCRIPT = String.raw`
import sys, json, math, datetime
from cfnlint.decode.cfn_yaml import loads

def key(k):
    if k is True: return 'true'
    if k is False: return 'false'
    if k is None: return 'null'
    if isinstance(k, float): return str(int(k)) if k.is_integer() else repr(k)
    if isinstance(k, datetime.date): return k.isoformat()
    return str(k)

def conv(v):
    if isinstance(v, dict): return {key(k): conv(x) for k, x in v.items()}
    if isinstance(v, list): return [conv(x) for x in v]
    if isinstance(v, datetime.datetime): return {'$datetime': v.isoformat()}
    if isinstance(v, datetime.date): return {'$date': v.isoformat()}
    if isinstance(v, float) and not math.isfinite(v): return {'$float': repr(v)}
    if isinstance(v, bytes): return {'$bytes': len(v)}
    if isinstance(v, (set, tuple)): return {'$other': repr(type(v))}
    return v

out = []
for text in json.load(sys.stdin):
    try:
        out.append({'ok': True, 'value': conv(loads(text))})
    except Exception as e:
        out.append({'ok': False, 'error': (str(e).splitlines() or [''])[0]})
print(json.dumps(out))
`;

export type OracleResult = { ok: true; value: unknown } | { ok: false; error: string };

/** cfn-lint's reading of each text. */
export function cfnLintLoads(texts: readonly string[]): OracleResult[] {
  const out = execFileSync('python3', ['-c', SCRIPT], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out) as OracleResult[];
}

/** `{ $date: "2012-10-17" }` → "2012-10-17": CloudFormation has no timestamp type, so a date is its text. */
export function datesAsText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(datesAsText);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date') return (value as { $date: string }).$date;
    return Object.fromEntries(keys.map((k) => [k, datesAsText((value as Record<string, unknown>)[k])]));
  }
  return value;
}
