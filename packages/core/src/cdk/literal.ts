/**
 * TypeScript source fragments that can hold any user text safely. Every label, name or prop the
 * generated CDK code carries goes through `tsString` (or `tsValue`), so nothing a user types can
 * end a string, open a template substitution, close a comment or hide code from a reviewer.
 */

/**
 * Characters escaped inside a generated string literal besides `\` and `'`: C0/C1 controls, DEL,
 * line and paragraph separators, bidirectional controls ("Trojan Source"), zero-width and BOM
 * characters, and lone surrogates. Printable text (Korean included) stays readable.
 */
const ESCAPED =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to escape
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const SHORT: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function hex4(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A single-quoted TypeScript string literal whose value is exactly `value`. */
export function tsString(value: string): string {
  let out = '';
  // Iterate by UTF-16 unit so that lone surrogates are seen (and escaped) individually.
  const re = new RegExp(ESCAPED.source, 'g');
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    out += escapePlain(value.slice(last, m.index)) + (SHORT[m[0]] ?? hex4(m[0]));
    last = m.index + m[0].length;
  }
  return `'${out}${escapePlain(value.slice(last))}'`;
}

function escapePlain(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/**
 * `text` with every lone surrogate replaced by U+FFFD. A JavaScript string may hold one, but UTF-8
 * (templates, CloudFormation) cannot: values bound for the template go through this first.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object key: bare when it is a plain identifier, else a string literal; `__proto__` is always computed. */
export function tsKey(key: string): string {
  if (key === '__proto__') return `[${tsString(key)}]`;
  return IDENTIFIER.test(key) ? key : tsString(key);
}

/**
 * A TypeScript expression for a JSON-like value (objects, arrays, strings, finite numbers, booleans,
 * null), pretty-printed with two-space indentation; object keys keep their order.
 */
export function tsValue(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return tsString(wellFormed(value));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${tsValue(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${tsKey(wellFormed(k))}: ${tsValue(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return 'null';
}

/** Words of an id or name: `web-caching_v2 App` → `['web', 'caching', 'v2', 'App']`. */
function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `web-servers` → `WebServers` (ASCII letters and digits only; may be empty). */
export function pascalCase(text: string): string {
  return words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** `web-servers` → `webServers` (ASCII letters and digits only; may be empty). */
export function camelCase(text: string): string {
  const p = pascalCase(text);
  return p ? p[0]!.toLowerCase() + p.slice(1) : '';
}

/** `Web Caching v2` → `web-caching-v2` (lowercase ASCII letters, digits and dashes; may be empty). */
export function kebabCase(text: string): string {
  return words(text)
    .map((w) => w.toLowerCase())
    .join('-');
}
