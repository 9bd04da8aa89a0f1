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
 * The `yaml` package's YAML 1.1 floats with a dot and no exponent (`yaml-1.1/float.js`): also `.`,
 * `-.` and `._`. (It also reads `e5` as a float, which every other reader takes for a string; edge
 * ids such as `e1` are written plain, as they always were.)
 */
const YAML_PACKAGE11_FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;

/**
 * Strings that some YAML 1.1 reader would not read back as that string when written plain:
 * everything `resolveYaml11Plain` turns into another type, timestamps (cfn-lint reads them as
 * dates), `y`/`n` (booleans in the YAML 1.1 spec), `=` (PyYAML's value key), `<<` (a merge key),
 * SnakeYAML-only floats and the `yaml` package's YAML 1.1 floats. js-yaml's own checks (YAML 1.2 core) come on top. Written quoted.
 */
export function isYaml11Ambiguous(text: string): boolean {
  return (
    typeof resolveYaml11Plain(text) !== 'string' ||
    YAML11_FLOAT.test(text) ||
    YAML11_INT.test(text) ||
    YAML11_TIMESTAMP.test(text) ||
    SNAKEYAML_FLOAT.test(text) ||
    YAML_PACKAGE11_FLOAT.test(text) ||
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
/** js-yaml's dumper with the YAML 1.1 quoting rules: the oracle the writer below is tested against. */
export const CFN_DUMP_SCHEMA = CFN_SCHEMA.extend({ implicit: [YAML11_QUOTING] });

// ---------------------------------------------------------------------------------------------
// Writing. js-yaml's `dump` decides each scalar's style by calling a dozen small functions per
// character and builds every node's text as a string its parent copies again, so 1,000
// components took ~250 ms (and the export then ran a regex over the whole text to drop the space
// it leaves after `!Tag`). The writer below makes the same decisions (ported from js-yaml 4's
// dumper: `chooseScalarStyle`, `writeBlockMapping`, `writeBlockSequence`, `writeNode`) in a
// single walk of the object, appending pieces to one list joined once at the end: a plain string
// (most of them) is appended as it is, never copied or scanned twice. `yaml-writer.test.ts`
// checks it against js-yaml's output on random templates.
// ---------------------------------------------------------------------------------------------

/**
 * What js-yaml's DEFAULT_SCHEMA (null, bool, int, float, timestamp, merge) would read as something
 * other than a string: such a string is quoted. Only strings starting with one of `MAY_RESOLVE`
 * can resolve, so the (regex-based) resolvers run for few strings.
 */
const IMPLICIT_TYPES: readonly yaml.Type[] = (() => {
  const types = (yaml as unknown as { types: Record<string, yaml.Type> }).types;
  return ['null', 'bool', 'int', 'float', 'timestamp', 'merge'].map((name) => types[name]!);
})();
const MAY_RESOLVE = new Uint8Array(128);
for (const c of '~nNtTfF0123456789+-.<') MAY_RESOLVE[c.charCodeAt(0)] = 1;

/** YAML 1.1 booleans and base-60 numbers: quoted too, as js-yaml does (CloudFormation reads YAML 1.1). */
const YAML11_BOOLEANS: ReadonlySet<string> = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60 = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
/** First characters of those (the checks are skipped for every other string). */
const QUOTE_CHECK = new Uint8Array(128);
// …and of everything else a YAML 1.1 reader would retype (`isYaml11Ambiguous`: 1_000, .inf, =, <<, ~, null).
for (const c of 'yYnNoO+-_0123456789.tTfF=<~') QUOTE_CHECK[c.charCodeAt(0)] = 1;

/**
 * A printable ASCII character that may start a plain scalar, then printable ASCII with no " #"
 * and no ": ": most strings of a template. One native regex test decides them; the others go
 * through the per-character rules of js-yaml below.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this excludes
const SIMPLE_ASCII = /^[^\s\-?:,[\]{}#&*!|>'"%@`=\x00-\x1f\x7f-\uffff](?:[!-9;-~]| (?!#)|:(?! ))*$/;

const ESCAPES: Readonly<Record<number, string>> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0xa0: '\\_',
  0x2028: '\\L',
  0x2029: '\\P',
};

/** Characters that may not start a plain scalar: `-?:,[]{}#&*!|=>'"%@` and the backtick. */
const NOT_FIRST = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|=>\'"%@`') NOT_FIRST[c.charCodeAt(0)] = 1;

function isPrintable(c: number): boolean {
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

function codePointAt(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first >= 0xd800 && first <= 0xdbff && i + 1 < s.length) {
    const second = s.charCodeAt(i + 1);
    if (second >= 0xdc00 && second <= 0xdfff) return (first - 0xd800) * 0x400 + second - 0xdc00 + 0x10000;
  }
  return first;
}

function isAmbiguous(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128 && MAY_RESOLVE[c]) for (const type of IMPLICIT_TYPES) if (type.resolve(s)) return true;
  return false;
}

const PLAIN = 0;
const DOUBLE = 1;
const LITERAL = 2;
const QUOTED = 3; // double quotes around the text as it is (YAML 1.1 booleans, base 60)

/** js-yaml's `chooseScalarStyle` for lineWidth -1 and double quotes; keys are single-line only. */
function styleOf(s: string, isKey: boolean): number {
  const first = s.charCodeAt(0);
  if (first < 128 && QUOTE_CHECK[first] && ((s.length <= 5 && YAML11_BOOLEANS.has(s)) || BASE60.test(s) || isYaml11Ambiguous(s))) return QUOTED;
  if (SIMPLE_ASCII.test(s)) {
    // Printable ASCII without " #" (a comment) or ": " (a mapping): plain unless it ends in a
    // space or ":", or reads as another type.
    const last = s.charCodeAt(s.length - 1);
    return last !== 0x20 && last !== 0x3a && !isAmbiguous(s) ? PLAIN : DOUBLE;
  }
  const cp = codePointAt(s, 0);
  const last = s.charCodeAt(s.length - 1);
  let plain = isPrintable(cp) && cp !== 0x20 && !(cp < 128 && NOT_FIRST[cp]) && last !== 0x20 && last !== 0x09 && last !== 0x3a;
  let lineBreak = false;
  let prev = -1;
  for (let i = 0; i < s.length;) {
    const c = codePointAt(s, i);
    i += c >= 0x10000 ? 2 : 1;
    if (c >= 0x20 && c <= 0x7e) {
      // " #" starts a comment, ": " a mapping value
      if (plain && ((c === 0x23 && (prev === 0x20 || prev < 0)) || (c === 0x20 && prev === 0x3a))) plain = false;
    } else if (c === 0x0a && !isKey) {
      lineBreak = true;
      plain = false;
    } else if (!isPrintable(c)) {
      return DOUBLE;
    }
    prev = c;
  }
  if (lineBreak) return LITERAL;
  return plain && !isAmbiguous(s) ? PLAIN : DOUBLE;
}

/** Any character `doubleQuoted` escapes (and valid surrogate pairs, which take the exact path). */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const NEEDS_ESCAPE = /[\x00-\x1f"\\\x7f-\xa0\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

function doubleQuoted(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length;) {
    const c = codePointAt(s, i);
    const width = c >= 0x10000 ? 2 : 1;
    const escape =
      ESCAPES[c] ??
      (isPrintable(c)
        ? undefined
        : `\\${c <= 0xff ? 'x' : c <= 0xffff ? 'u' : 'U'}${c
            .toString(16)
            .toUpperCase()
            .padStart(c <= 0xff ? 2 : c <= 0xffff ? 4 : 8, '0')}`);
    if (escape !== undefined) {
      out += s.slice(start, i) + escape;
      start = i + width;
    }
    i += width;
  }
  return `${out}${s.slice(start)}"`;
}

const indents: string[] = [''];
function indent(level: number): string {
  while (indents.length <= level) indents.push(`${indents[indents.length - 1]}  `);
  return indents[level]!;
}
const newlines: string[] = [];
function newline(level: number): string {
  return (newlines[level] ??= `\n${indent(level)}`);
}

/** A literal block scalar (`|`, `|-`, `|+`, with `2` when the text starts with a space), its lines indented for `level`. */
function literal(s: string, level: number): string {
  const clip = s.charCodeAt(s.length - 1) === 0x0a;
  const keep = clip && (s.charCodeAt(s.length - 2) === 0x0a || s === '\n');
  const pad = indent(Math.max(1, level));
  let out = `|${/^\n* /.test(s) ? '2' : ''}${keep ? '+' : clip ? '' : '-'}\n`;
  for (let from = 0; from < s.length;) {
    const lf = s.indexOf('\n', from);
    const to = lf < 0 ? s.length : lf + 1;
    // Each line keeps its own line break; an empty line gets no indentation.
    out += to - from > 1 || lf < 0 ? pad + s.slice(from, to) : '\n';
    from = to;
  }
  return out.endsWith('\n') ? out.slice(0, -1) : out; // the last line break is the writer's
}

/** A string as js-yaml writes it: plain when that reads back as the same string, a literal block when it has line breaks (not keys), else double-quoted. */
function scalarText(s: string, level: number, isKey: boolean): string {
  if (s.length === 0) return '""';
  switch (styleOf(s, isKey)) {
    case PLAIN:
      return s;
    case QUOTED:
      return `"${s}"`;
    case LITERAL:
      return literal(s, level);
    default:
      return doubleQuoted(s);
  }
}

/**
 * The texts worked out for strings, kept from one dump to the next: a template repeats its ids,
 * ARNs, tag values and keys thousands of times, and the app writes the template again after each
 * edit, nearly the same strings each time. Each text depends on its string (and level) only.
 * Dropped as a whole after a dump that leaves more than `MAX_CACHED_TEXTS` entries, so at most
 * that many stay between dumps; a string longer than `MAX_CACHED_LENGTH` (a script) is not kept.
 */
const MAX_CACHED_TEXTS = 100_000;
const MAX_CACHED_LENGTH = 512;
let cachedTexts = 0;
let valueTexts = new Map<string, string>();
/** `scalarText` of a value (not a key), kept (see above) unless it is a literal block (`|`, never the first character of a plain scalar): that one is indented for its level. */
function valueText(s: string, level: number): string {
  let text = valueTexts.get(s);
  if (text === undefined) {
    text = scalarText(s, level, false);
    if (text.charCodeAt(0) !== 0x7c && s.length <= MAX_CACHED_LENGTH) {
      valueTexts.set(s, text);
      cachedTexts++;
    }
  }
  return text;
}

function numberText(n: number): string {
  if (n % 1 === 0 && !Object.is(n, -0)) return n.toString(10);
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  if (Object.is(n, -0)) return '-0.0';
  const t = n.toString(10);
  return /^[-+]?[0-9]+e/.test(t) ? t.replace('e', '.e') : t;
}

/** Long-form key → short tag, for the intrinsics written as tags (`Condition` never is: it is also a plain attribute). */
const TAG_OF: ReadonlyMap<string, string> = new Map(INTRINSICS.filter(([tag]) => tag !== 'Condition').map(([tag, key]) => [key, `!${tag}`]));

class YamlWriteError extends TypeError {}

function isMapping(v: object): v is Record<string, unknown> {
  return Object.prototype.toString.call(v) === '[object Object]';
}

/**
 * The text being written: pieces, joined into a chunk now and then (between two entries, where no
 * piece can be taken back), and the chunks joined once at the end. A short list of pieces and a
 * few large flat chunks cost far less to join and to keep than one list of half a million pieces.
 */
let out: string[] = [];
let chunks: string[] = [];
function flush(): void {
  if (out.length >= 2048) {
    chunks.push(out.join(''));
    out.length = 0;
  }
}

/**
 * Writes one node. `space`: the node continues a line that wants a space before it (after `key:`,
 * `-` or `!Tag`); a block that starts on the next line writes its line break instead. `compact`:
 * the first entry of a block continues the current line (a block inside a sequence). Returns
 * false when there is nothing to write (an undefined value): the caller then takes back what it
 * wrote for the node (its key, its dash).
 */
function write(value: unknown, level: number, compact: boolean, space: boolean): boolean {
  switch (typeof value) {
    case 'string':
      if (space) out.push(' ');
      out.push(valueText(value, level));
      return true;
    case 'number':
      out.push(space ? ' ' : '', numberText(value));
      return true;
    case 'boolean':
      out.push(space ? (value ? ' true' : ' false') : value ? 'true' : 'false');
      return true;
    case 'undefined':
      return false;
    case 'object': {
      if (value === null) {
        out.push(space ? ' null' : 'null');
        return true;
      }
      if (Array.isArray(value)) {
        writeSequence(value, level, compact, space);
        return true;
      }
      if (!isMapping(value)) break;
      const keys = Object.keys(value);
      if (keys.length === 1) {
        const tag = TAG_OF.get(keys[0]!);
        // The short form only where it reads back to the same value (`writesAsTag`).
        if (tag !== undefined && writesAsTag(tag.slice(1), value[keys[0]!])) return writeTagged(tag, value[keys[0]!], level, space);
      }
      writeMapping(value, keys, level, compact, space);
      return true;
    }
  }
  throw new YamlWriteError(`a CloudFormation template holds JSON values only; cannot write ${Object.prototype.toString.call(value)}`);
}

/** `!Tag value`; the tagged value itself is written without looking for a tag in it (as js-yaml does). */
function writeTagged(tag: string, inner: unknown, level: number, space: boolean): boolean {
  if (
    tag === '!GetAtt' &&
    Array.isArray(inner) &&
    inner.length === 2 &&
    typeof inner[0] === 'string' &&
    typeof inner[1] === 'string' &&
    !inner[0].includes('.')
  ) {
    inner = `${inner[0]}.${inner[1]}`;
  }
  if (inner === undefined) return false;
  if (space) out.push(' ');
  out.push(tag);
  if (typeof inner === 'string') {
    // Not through `valueText`: a tag's string (a Ref's target, a Sub's text) rarely repeats, and keeping them measured slower.
    out.push(' ', scalarText(inner, level, false));
  } else if (Array.isArray(inner)) {
    writeSequence(inner, level, false, true);
  } else if (inner !== null && typeof inner === 'object' && isMapping(inner)) {
    // A block after the tag starts on the next line: no space is left at the end of the tag's line.
    writeMapping(inner, Object.keys(inner), level, false, true);
  } else {
    throw new YamlWriteError(`${tag} cannot take ${Object.prototype.toString.call(inner)}`);
  }
  return true;
}

const dashes: string[] = [];
const dash = (level: number) => (dashes[level] ??= `${newline(level)}-`);
const dashesScalar: string[] = [];
const dashScalar = (level: number) => (dashesScalar[level] ??= `${newline(level)}- `);

function writeSequence(items: readonly unknown[], level: number, compact: boolean, space: boolean): void {
  let wrote = false;
  for (let i = 0; i < items.length; i++) {
    flush();
    const item = items[i];
    const first = compact && !wrote;
    if (isScalar(item)) {
      out.push(first ? (space ? ' - ' : '- ') : dashScalar(level));
      write(item, level + 1, true, false);
      wrote = true;
      continue;
    }
    const mark = out.length;
    out.push(first ? (space ? ' -' : '-') : dash(level));
    if (write(item, level + 1, true, true)) wrote = true;
    else if (item === undefined) {
      out.push(' null'); // a hole or an undefined entry reads as null
      wrote = true;
    } else out.length = mark;
  }
  if (!wrote) out.push(space ? ' []' : '[]');
}

/**
 * How a key is written at one level: on a new line or continuing the line (after "-", with or
 * without a space before it), each with the space a scalar value takes after the colon or
 * without it (a block value starts on the next line); and whether it is an explicit key.
 */
interface KeyText {
  readonly line: string;
  readonly lineScalar: string;
  readonly bare: string;
  readonly bareScalar: string;
  readonly spaced: string;
  readonly spacedScalar: string;
  readonly explicit: boolean;
  /** `lineScalar` and a string value's text, as one piece, per value met at this key and level. */
  readonly lineValues: Map<string, string>;
}

/** `s` as one flat string (V8 keeps a concatenation as a pair of strings, which every join of it walks again). */
function flat(s: string): string {
  s.charCodeAt(s.length >> 1);
  return s;
}

/** Key texts per level (kept across dumps, see `valueTexts`): templates repeat a few hundred keys (Type, Properties, Key, Value, …) tens of thousands of times. */
let keyTexts: Map<string, KeyText>[] = [];
function keyText(key: string, level: number): KeyText {
  const texts = (keyTexts[level] ??= new Map());
  let text = texts.get(key);
  if (text === undefined) {
    const k = scalarText(key, level + 1, true);
    // js-yaml writes a key over 1024 characters as an explicit `? key`.
    const explicit = k.length > 1024;
    const bare = explicit ? `? ${k}${newline(level)}:` : `${k}:`;
    const line = newline(level) + bare;
    text = {
      line: flat(line),
      lineScalar: flat(`${line} `),
      bare,
      bareScalar: `${bare} `,
      spaced: ` ${bare}`,
      spacedScalar: ` ${bare} `,
      explicit,
      lineValues: new Map(),
    };
    texts.set(key, text);
    cachedTexts++;
  }
  return text;
}

/** A string, number or boolean: written on the line of its key or dash, after one space. */
const isScalar = (v: unknown) => {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean';
};

function writeMapping(object: Record<string, unknown>, keys: readonly string[], level: number, compact: boolean, space: boolean): void {
  let wrote = false;
  for (const key of keys) {
    flush();
    const value = object[key];
    if (value === undefined) continue;
    const k = keyText(key, level);
    if (typeof value === 'string' && (!compact || wrote) && value.length <= MAX_CACHED_LENGTH) {
      // The most common line of a template (`Key: Environment`): one piece, made once.
      let text = k.lineValues.get(value);
      if (text === undefined) {
        k.lineValues.set(value, (text = flat(k.lineScalar + valueText(value, level + 1))));
        cachedTexts++;
      }
      out.push(text);
      wrote = true;
      continue;
    }
    if (isScalar(value)) {
      out.push(!compact || wrote ? k.lineScalar : space ? k.spacedScalar : k.bareScalar);
      write(value, level + 1, k.explicit, false);
      wrote = true;
      continue;
    }
    const mark = out.length;
    out.push(!compact || wrote ? k.line : space ? k.spaced : k.bare);
    if (write(value, level + 1, k.explicit, true)) wrote = true;
    else out.length = mark;
  }
  if (!wrote) out.push(space ? ' {}' : '{}');
}

/**
 * Template object → YAML with short-form tags, in one pass over the object. Deterministic: keys in
 * insertion order. The text is what js-yaml's `dump` gives with `CFN_SCHEMA` (lineWidth -1, no
 * anchors, double quotes), except that no space is left after a tag that opens a block (js-yaml
 * writes `!Sub ` there). JSON values only: anything else throws a TypeError.
 */
export function dumpCfnYaml(template: unknown): string {
  const outer = [out, chunks] as const;
  out = [];
  chunks = [];
  try {
    if (!write(template, 0, true, false)) return '';
    out.push('\n');
    chunks.push(out.join(''));
    return chunks.join('');
  } finally {
    [out, chunks] = outer;
    if (cachedTexts > MAX_CACHED_TEXTS) {
      keyTexts = [];
      valueTexts = new Map();
      cachedTexts = 0;
    }
  }
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
