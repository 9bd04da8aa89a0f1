/**
 * CloudFormation YAML: the short-form intrinsic function tags (`!Ref`, `!GetAtt`, `!Sub`, …) as
 * real js-yaml custom types, for both dumping and loading. In memory every intrinsic is its long
 * form (`{ "Fn::Sub": … }`, `{ "Ref": … }`), so JSON and YAML are two views of one object.
 * Loading uses js-yaml 4's safe schema plus these tags: no arbitrary JavaScript types.
 */
import yaml from 'js-yaml';

type Kind = 'scalar' | 'sequence' | 'mapping';

/** Short tag → long-form key, and the YAML node kinds the tag may decorate. */
const INTRINSICS: readonly (readonly [tag: string, key: string, kinds: readonly Kind[]])[] = [
  ['Ref', 'Ref', ['scalar']],
  ['GetAtt', 'Fn::GetAtt', ['scalar', 'sequence']],
  ['Sub', 'Fn::Sub', ['scalar', 'sequence']],
  ['Join', 'Fn::Join', ['sequence']],
  ['Select', 'Fn::Select', ['sequence']],
  ['Split', 'Fn::Split', ['sequence']],
  ['GetAZs', 'Fn::GetAZs', ['scalar', 'mapping']],
  ['If', 'Fn::If', ['sequence']],
  ['Equals', 'Fn::Equals', ['sequence']],
  ['Not', 'Fn::Not', ['sequence']],
  ['And', 'Fn::And', ['sequence']],
  ['Or', 'Fn::Or', ['sequence']],
  ['FindInMap', 'Fn::FindInMap', ['sequence']],
  ['Base64', 'Fn::Base64', ['scalar', 'mapping']],
  ['Cidr', 'Fn::Cidr', ['sequence']],
  ['ImportValue', 'Fn::ImportValue', ['scalar', 'mapping']],
  ['Transform', 'Fn::Transform', ['mapping']],
  ['ToJsonString', 'Fn::ToJsonString', ['mapping', 'sequence']],
  ['Length', 'Fn::Length', ['sequence', 'mapping']],
  ['Condition', 'Condition', ['scalar']],
];

/** Long-form keys of the intrinsic functions (for walkers that look for references). */
export const INTRINSIC_KEYS: ReadonlySet<string> = new Set(INTRINSICS.map(([, key]) => key));

function isSingleKey(value: unknown, key: string): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key;
}

function makeTypes(): yaml.Type[] {
  const types: yaml.Type[] = [];
  for (const [tag, key, kinds] of INTRINSICS) {
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
          // Only the first type of a tag dumps; `Condition` is never dumped as a tag because a
          // one-key `{ Condition: … }` mapping is also plain data (a resource attribute).
          ...(i === 0 && tag !== 'Condition'
            ? {
                predicate: (value: unknown) => isSingleKey(value, key),
                represent: (value: object) => {
                  const inner = (value as Record<string, unknown>)[key];
                  if (tag === 'GetAtt' && Array.isArray(inner) && inner.length === 2 && inner.every((p) => typeof p === 'string')) {
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

/** The js-yaml schema for CloudFormation: YAML 1.2 core types + the intrinsic function tags. */
export const CFN_SCHEMA = yaml.DEFAULT_SCHEMA.extend(makeTypes());

// ---------------------------------------------------------------------------------------------
// Writing. js-yaml's `dump` decides each scalar's style by calling a dozen small functions per
// character and builds every node's text as a string its parent copies, so 1,000 components took
// ~250 ms (and a regex pass over the text to drop the space it leaves after `!Tag`). The writer
// below makes the same decisions (ported from js-yaml 4's dumper: `chooseScalarStyle`,
// `writeBlockMapping`, `writeBlockSequence`, `writeNode`) and writes UTF-8 straight into one
// growing buffer in a single walk of the object: no intermediate strings, nothing read twice.
// `yaml-writer.test.ts` checks it against js-yaml's output on random templates.
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
for (const c of 'yYnNoO+-_0123456789') QUOTE_CHECK[c.charCodeAt(0)] = 1;

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

// The output: UTF-8 bytes in `buf[0, pos)`, decoded once at the end.
let buf = new Uint8Array(1 << 16);
let pos = 0;
const decoder = new TextDecoder();

function reserve(bytes: number): void {
  if (pos + bytes <= buf.length) return;
  let size = buf.length * 2;
  while (size < pos + bytes) size *= 2;
  const next = new Uint8Array(size);
  next.set(buf.subarray(0, pos));
  buf = next;
}

function byte(b: number): void {
  if (pos === buf.length) reserve(1);
  buf[pos++] = b;
}

/** `s[from, to)` as UTF-8 (a lone surrogate as U+FFFD, as TextEncoder does; the writer escapes them before). */
function text(s: string, from = 0, to = s.length): void {
  reserve((to - from) * 3);
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[pos++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < to ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + next - 0xdc00 + 0x10000;
        i++;
        buf[pos++] = 0xf0 | (c >> 18);
        buf[pos++] = 0x80 | ((c >> 12) & 0x3f);
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
        buf[pos++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    if (c < 0x800) {
      buf[pos++] = 0xc0 | (c >> 6);
      buf[pos++] = 0x80 | (c & 0x3f);
    } else {
      buf[pos++] = 0xe0 | (c >> 12);
      buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
      buf[pos++] = 0x80 | (c & 0x3f);
    }
  }
}

function newline(level: number): void {
  reserve(1 + 2 * level);
  buf[pos++] = 0x0a;
  for (let i = 2 * level; i > 0; i--) buf[pos++] = 0x20;
}

const PLAIN = 0;
const DOUBLE = 1;
const LITERAL = 2;
const QUOTED = 3; // double quotes around the text as it is (YAML 1.1 booleans, base 60)

/** js-yaml's `chooseScalarStyle` for lineWidth -1 and double quotes; keys are single-line only. */
function styleOf(s: string, isKey: boolean): number {
  const first = codePointAt(s, 0);
  if (first < 128 && QUOTE_CHECK[first] && ((s.length <= 5 && YAML11_BOOLEANS.has(s)) || BASE60.test(s))) return QUOTED;
  const last = s.charCodeAt(s.length - 1);
  let plain = isPrintable(first) && first !== 0x20 && !(first < 128 && NOT_FIRST[first]) && last !== 0x20 && last !== 0x09 && last !== 0x3a;
  let lineBreak = false;
  let prev = -1;
  for (let i = 0; i < s.length;) {
    let c = s.charCodeAt(i++);
    if (c >= 0xd800 && c <= 0xdbff && i < s.length) {
      const next = s.charCodeAt(i);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + next - 0xdc00 + 0x10000;
        i++;
      }
    }
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

function writeDouble(s: string): void {
  byte(0x22);
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
      text(s, start, i);
      text(escape);
      start = i + width;
    }
    i += width;
  }
  text(s, start);
  byte(0x22);
}

/** A literal block scalar (`|`, `|-`, `|+`, with `2` when the text starts with a space), its lines indented for `level`. */
function writeLiteral(s: string, level: number): void {
  const clip = s.charCodeAt(s.length - 1) === 0x0a;
  const keep = clip && (s.charCodeAt(s.length - 2) === 0x0a || s === '\n');
  byte(0x7c); // |
  if (/^\n* /.test(s)) byte(0x32); // 2
  if (keep)
    byte(0x2b); // +
  else if (!clip) byte(0x2d); // -
  byte(0x0a);
  const indent = 2 * Math.max(1, level);
  for (let from = 0; from < s.length;) {
    const lf = s.indexOf('\n', from);
    const to = lf < 0 ? s.length : lf + 1;
    // Each line keeps its own line break; an empty line gets no indentation.
    if (to - from > 1 || lf < 0) {
      reserve(indent);
      for (let i = 0; i < indent; i++) buf[pos++] = 0x20;
    }
    text(s, from, to);
    from = to;
  }
  if (buf[pos - 1] === 0x0a) pos--; // the last line break is the writer's, not the text's
}

/** A string as js-yaml writes it: plain when that reads back as the same string, a literal block when it has line breaks (not keys), else double-quoted. */
function scalar(s: string, level: number, isKey: boolean): void {
  if (s.length === 0) {
    byte(0x22);
    byte(0x22);
    return;
  }
  switch (styleOf(s, isKey)) {
    case PLAIN:
      text(s);
      return;
    case QUOTED:
      byte(0x22);
      text(s);
      byte(0x22);
      return;
    case LITERAL:
      writeLiteral(s, level);
      return;
    default:
      writeDouble(s);
  }
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
 * Writes one node. `space`: the node continues a line that wants a space before it (after `key:`,
 * `-` or `!Tag`); a block that starts on the next line writes its line break instead. `compact`:
 * the first entry of a block continues the current line (a block inside a sequence). Returns
 * false when there is nothing to write (an undefined value): the caller then takes back what it
 * wrote for the node (its key, its dash).
 */
function write(value: unknown, level: number, compact: boolean, space: boolean): boolean {
  switch (typeof value) {
    case 'string':
      if (space) byte(0x20);
      scalar(value, level, false);
      return true;
    case 'number':
      if (space) byte(0x20);
      text(numberText(value));
      return true;
    case 'boolean':
      if (space) byte(0x20);
      text(value ? 'true' : 'false');
      return true;
    case 'undefined':
      return false;
    case 'object': {
      if (value === null) {
        text(space ? ' null' : 'null');
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
        if (tag !== undefined) return writeTagged(tag, value[keys[0]!], level, space);
      }
      writeMapping(value, keys, level, compact, space);
      return true;
    }
  }
  throw new YamlWriteError(`a CloudFormation template holds JSON values only; cannot write ${Object.prototype.toString.call(value)}`);
}

/** `!Tag value`; the tagged value itself is written without looking for a tag in it (as js-yaml does). */
function writeTagged(tag: string, inner: unknown, level: number, space: boolean): boolean {
  if (tag === '!GetAtt' && Array.isArray(inner) && inner.length === 2 && typeof inner[0] === 'string' && typeof inner[1] === 'string') {
    inner = `${inner[0]}.${inner[1]}`;
  }
  if (inner === undefined) return false;
  if (space) byte(0x20);
  text(tag);
  if (typeof inner === 'string') {
    byte(0x20);
    scalar(inner, level, false);
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

function writeSequence(items: readonly unknown[], level: number, compact: boolean, space: boolean): void {
  let wrote = false;
  for (let i = 0; i < items.length; i++) {
    const mark = pos;
    if (!compact || wrote) newline(level);
    else if (space) byte(0x20);
    byte(0x2d); // -
    const item = items[i];
    if (write(item, level + 1, true, true)) wrote = true;
    else if (item === undefined) {
      text(' null'); // a hole or an undefined entry reads as null
      wrote = true;
    } else pos = mark;
  }
  if (!wrote) text(space ? ' []' : '[]');
}

function writeMapping(object: Record<string, unknown>, keys: readonly string[], level: number, compact: boolean, space: boolean): void {
  let wrote = false;
  for (const key of keys) {
    const mark = pos;
    if (!compact || wrote) newline(level);
    else if (space) byte(0x20);
    const keyAt = pos;
    scalar(key, level + 1, true);
    // js-yaml writes a key over 1024 characters (UTF-16 units) as an explicit `? key`.
    const explicit = pos - keyAt > 1024 && decoder.decode(buf.subarray(keyAt, pos)).length > 1024; // bytes ≥ UTF-16 units
    if (explicit) {
      const k = buf.slice(keyAt, pos);
      pos = keyAt;
      text('? ');
      reserve(k.length);
      buf.set(k, pos);
      pos += k.length;
      newline(level);
    }
    byte(0x3a); // :
    if (write(object[key], level + 1, explicit, true)) wrote = true;
    else pos = mark;
  }
  if (!wrote) text(space ? ' {}' : '{}');
}

/**
 * Template object → YAML with short-form tags, in one pass over the object. Deterministic: keys in
 * insertion order. The text is what js-yaml's `dump` gives with `CFN_SCHEMA` (lineWidth -1, no
 * anchors, double quotes), except that no space is left after a tag that opens a block (js-yaml
 * writes `!Sub ` there). JSON values only: anything else throws a TypeError.
 */
export function dumpCfnYaml(template: unknown): string {
  pos = 0;
  try {
    if (!write(template, 0, true, false)) return '';
    byte(0x0a);
    return decoder.decode(buf.subarray(0, pos));
  } finally {
    pos = 0;
    if (buf.length > 1 << 24) buf = new Uint8Array(1 << 16); // do not keep a huge buffer for later calls
  }
}

/**
 * YAML text (short-form tags allowed) → plain object with long-form intrinsics. Throws js-yaml's
 * `YAMLException` on malformed input; callers turn it into their own typed error and bound the
 * input size and alias expansion themselves.
 */
export function loadCfnYaml(text: string): unknown {
  return yaml.load(text, { schema: CFN_SCHEMA });
}
