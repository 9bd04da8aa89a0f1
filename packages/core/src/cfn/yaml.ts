/**
 * CloudFormation YAML: the short-form intrinsic function tags (`!Ref`, `!GetAtt`, `!Sub`, …) as
 * real js-yaml custom types, for dumping (and for `loadCfnYaml`, which reads our own output). In
 * memory every intrinsic is its long form (`{ "Fn::Sub": … }`, `{ "Ref": … }`), so JSON and YAML
 * are two views of one object. Untrusted templates are read by `import/load.ts` (the `yaml`
 * package, YAML 1.1 scalars as CloudFormation reads them), which shares the tag list and the
 * YAML 1.1 scalar rules below.
 */
import yaml from 'js-yaml';

type Kind = 'scalar' | 'sequence' | 'mapping';

/**
 * Every CloudFormation short-form tag → its long-form key. Reading accepts each on any node kind
 * (as CloudFormation and cfn-lint do: the function checks its own arguments); writing uses the
 * short form whenever it reads back to the same value (`writesAsTag`).
 */
const INTRINSICS: readonly (readonly [tag: string, key: string])[] = [
  ['Ref', 'Ref'],
  ['GetAtt', 'Fn::GetAtt'],
  ['Sub', 'Fn::Sub'],
  ['Join', 'Fn::Join'],
  ['Select', 'Fn::Select'],
  ['Split', 'Fn::Split'],
  ['GetAZs', 'Fn::GetAZs'],
  ['If', 'Fn::If'],
  ['Equals', 'Fn::Equals'],
  ['Not', 'Fn::Not'],
  ['And', 'Fn::And'],
  ['Or', 'Fn::Or'],
  ['FindInMap', 'Fn::FindInMap'],
  ['Base64', 'Fn::Base64'],
  ['Cidr', 'Fn::Cidr'],
  ['ImportValue', 'Fn::ImportValue'],
  ['GetStackOutput', 'Fn::GetStackOutput'],
  ['Transform', 'Fn::Transform'],
  ['ToJsonString', 'Fn::ToJsonString'],
  ['Length', 'Fn::Length'],
  // Rule functions (the template's Rules section).
  ['Contains', 'Fn::Contains'],
  ['EachMemberEquals', 'Fn::EachMemberEquals'],
  ['EachMemberIn', 'Fn::EachMemberIn'],
  ['RefAll', 'Fn::RefAll'],
  ['ValueOf', 'Fn::ValueOf'],
  ['ValueOfAll', 'Fn::ValueOfAll'],
  ['Condition', 'Condition'],
];

/** Short-form tag name (without `!`) → long-form key, e.g. `ValueOf` → `Fn::ValueOf`. */
export const SHORT_FORM_TAGS: ReadonlyMap<string, string> = new Map(INTRINSICS);

/** Long-form keys of the intrinsic functions (for walkers that look for references). */
export const INTRINSIC_KEYS: ReadonlySet<string> = new Set(INTRINSICS.map(([, key]) => key));

function isSingleKey(value: unknown, key: string): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key;
}

function containsIntrinsic(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(containsIntrinsic);
  return Object.keys(value).some((k) => INTRINSIC_KEYS.has(k) || containsIntrinsic((value as Record<string, unknown>)[k]));
}

/**
 * Whether `{ [key]: inner }` is written as `!Tag inner`: only when reading it back gives the same
 * value. A tagged scalar always reads as a string, so numbers, booleans and null keep the long
 * form; `!GetAtt a.b` reads as `["a", "b"]`, so a string GetAtt keeps the long form;
 * `Condition` stays long (a one-key `Condition:` mapping is also a resource attribute);
 * `!GetStackOutput` keeps the long form around other functions, as its documentation requires.
 * A nested intrinsic inside a tagged node is written in its long form by js-yaml (`!Base64` then
 * `Fn::Sub: …`), never as two tags on one node (`!Base64 !Sub`, which is not YAML).
 */
function writesAsTag(tag: string, inner: unknown): boolean {
  if (tag === 'Condition') return false;
  if (tag === 'GetAtt') return inner !== null && typeof inner === 'object';
  if (tag === 'GetStackOutput' && containsIntrinsic(inner)) return false;
  return typeof inner === 'string' || (inner !== null && typeof inner === 'object');
}

function makeTypes(): yaml.Type[] {
  const types: yaml.Type[] = [];
  const kinds: readonly Kind[] = ['scalar', 'sequence', 'mapping'];
  for (const [tag, key] of INTRINSICS) {
    kinds.forEach((kind, i) => {
      types.push(
        new yaml.Type(`!${tag}`, {
          kind,
          construct: (data: unknown) => {
            if (tag === 'GetAtt' && typeof data === 'string') {
              const dot = data.indexOf('.');
              return { [key]: dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)] };
            }
            return { [key]: data ?? '' };
          },
          // One type per tag dumps (js-yaml writes whatever kind `represent` returns).
          ...(i === 0
            ? {
                predicate: (value: unknown) => isSingleKey(value, key) && writesAsTag(tag, value[key]),
                represent: (value: object) => {
                  const inner = (value as Record<string, unknown>)[key];
                  if (
                    tag === 'GetAtt' &&
                    Array.isArray(inner) &&
                    inner.length === 2 &&
                    inner.every((p) => typeof p === 'string') &&
                    !String(inner[0]).includes('.')
                  ) {
                    return `${inner[0]}.${inner[1]}`;
                  }
                  return inner as object;
                },
              }
            : {}),
        }),
      );
    });
  }
  return types;
}

// ---------------------------------------------------------------------------------------------
// YAML 1.1 plain scalars, as CloudFormation reads them. CloudFormation documents YAML 1.1 without
// the binary, omap, pairs, set and timestamp tags, aliases and merge keys; cfn-lint (PyYAML's
// SafeLoader) and `aws cloudformation package` read YAML 1.1 too. The regular expressions are
// PyYAML's implicit resolvers (`yaml/resolver.py`), so `yes`/`on` are booleans, `0755` is octal,
// `1_000` and `1:20` (base 60) are integers and `1e3` (no dot) is a string.

const YAML11_NULL = /^(?:~|null|Null|NULL|)$/;
const YAML11_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const YAML11_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const YAML11_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

function base60(digits: string, parse: (part: string) => number): number {
  return digits.split(':').reduce((total, part) => total * 60 + parse(part), 0);
}

/** PyYAML's `construct_yaml_int` on text that matched `YAML11_INT`; `undefined` if it has no digits (`0x_`). */
function yaml11Int(text: string): number | undefined {
  let value = text.replace(/_/g, '');
  const sign = value.startsWith('-') ? -1 : 1;
  if (value[0] === '-' || value[0] === '+') value = value.slice(1);
  let n: number;
  if (value === '0') n = 0;
  else if (value.startsWith('0b')) n = parseInt(value.slice(2), 2);
  else if (value.startsWith('0x')) n = parseInt(value.slice(2), 16);
  else if (value.includes(':')) n = base60(value, (p) => parseInt(p, 10));
  else if (value.startsWith('0')) n = parseInt(value, 8);
  else n = parseInt(value, 10);
  if (Number.isNaN(n)) return undefined;
  return n === 0 ? 0 : sign * n; // a Python int: no -0
}

/** PyYAML's `construct_yaml_float` for finite values; `.inf` and `.nan` return `undefined`. */
function yaml11Float(text: string): number | undefined {
  let value = text.replace(/_/g, '').toLowerCase();
  const sign = value.startsWith('-') ? -1 : 1;
  if (value[0] === '-' || value[0] === '+') value = value.slice(1);
  if (value === '.inf' || value === '.nan') return undefined;
  const n = value.includes(':') ? base60(value, (p) => parseFloat(p)) : Number(value.endsWith('.') ? value.slice(0, -1) : value);
  return Number.isFinite(n) ? sign * n : undefined;
}

/**
 * The value of an untagged plain scalar as CloudFormation reads it: YAML 1.1 null, booleans,
 * integers and floats (PyYAML's rules); everything else is the text. Two decisions of ours:
 * timestamps stay strings (CloudFormation does not support the timestamp tag: `2012-10-17` is a
 * policy version, not a date), and `.inf`/`.nan` stay strings (a JSON template cannot hold them).
 */
export function resolveYaml11Plain(text: string): null | boolean | number | string {
  if (YAML11_NULL.test(text)) return null;
  if (YAML11_BOOL.test(text)) return /^(?:yes|true|on)$/i.test(text);
  if (YAML11_INT.test(text)) return yaml11Int(text) ?? text;
  if (YAML11_FLOAT.test(text)) return yaml11Float(text) ?? text;
  return text;
}

/**
 * The value of a scalar with an explicit `!!bool`, `!!int` or `!!float` tag (PyYAML's
 * constructors: `!!float 12` is 12), or `undefined` when the text is not one.
 */
export function resolveYaml11Tagged(tag: 'bool' | 'int' | 'float', text: string): boolean | number | undefined {
  if (tag === 'bool') return /^(?:yes|true|on)$/i.test(text) ? true : /^(?:no|false|off)$/i.test(text) ? false : undefined;
  if (YAML11_INT.test(text)) return yaml11Int(text);
  return tag === 'float' && YAML11_FLOAT.test(text) ? yaml11Float(text) : undefined;
}

/** SnakeYAML's (Java) float pattern: also `1e3`. CloudFormation's own parser is not public. */
const SNAKEYAML_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * Strings that some YAML 1.1 reader would not read back as that string when written plain:
 * everything `resolveYaml11Plain` turns into another type, timestamps (cfn-lint reads them as
 * dates), `y`/`n` (booleans in the YAML 1.1 spec), `=` (PyYAML's value key), `<<` (a merge key)
 * and SnakeYAML-only floats. js-yaml's own checks (YAML 1.2 core) come on top. Written quoted.
 */
export function isYaml11Ambiguous(text: string): boolean {
  return (
    typeof resolveYaml11Plain(text) !== 'string' ||
    YAML11_FLOAT.test(text) ||
    YAML11_INT.test(text) ||
    YAML11_TIMESTAMP.test(text) ||
    SNAKEYAML_FLOAT.test(text) ||
    /^(?:[yYnN]|=|<<)$/.test(text)
  );
}

/**
 * Dumping only: an implicit type that claims every ambiguous string, so js-yaml quotes it (js-yaml
 * quotes a string whenever some implicit type of the schema would resolve it). It never
 * represents anything itself (no predicate) and is not in the loading schema.
 */
const YAML11_QUOTING = new yaml.Type('tag:stackcanvas.dev,2025:yaml11-ambiguous', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && isYaml11Ambiguous(data),
  construct: (data: unknown) => data,
});

/** The js-yaml schema for CloudFormation: YAML 1.2 core types + the intrinsic function tags. */
export const CFN_SCHEMA = yaml.DEFAULT_SCHEMA.extend(makeTypes());
const DUMP_SCHEMA = CFN_SCHEMA.extend({ implicit: [YAML11_QUOTING] });

/** Template object → YAML with short-form tags. Deterministic: keys are written in insertion order. */
export function dumpCfnYaml(template: unknown): string {
  return yaml.dump(template, { schema: DUMP_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
}

/**
 * YAML text (short-form tags allowed) → plain object with long-form intrinsics. Throws js-yaml's
 * `YAMLException` on malformed input; callers turn it into their own typed error and bound the
 * input size and alias expansion themselves. For reading our own output (tests, the CLI);
 * untrusted templates go through `loadUntrusted` of `import/load.ts`.
 */
export function loadCfnYaml(text: string): unknown {
  return yaml.load(text, { schema: CFN_SCHEMA });
}
