/**
 * Safe loading of untrusted template text: size limit → JSON, or YAML read as CloudFormation
 * reads it (the `yaml` package's parser; our own YAML 1.1 scalar rules and CloudFormation tags)
 * → alias budget → forbidden keys and depth → a plain tree.
 *
 * YAML: `yaml` parses with its failsafe schema (every scalar a string, with its style and
 * position); `toTree` then builds the value itself, so every rule is ours and stated here: plain
 * scalars resolve as YAML 1.1 (`resolveYaml11Plain`: `yes` is true, `2012-10-17` stays a string);
 * every short-form tag becomes its long form (`!ValueOf [P, A]` → `{ "Fn::ValueOf": [P, A] }`);
 * duplicate keys and null keys are refused as cfn-lint refuses them; merge keys merge as PyYAML
 * merges them; unsupported `!!` tags are refused. Objects are built with `defineProperty`, so
 * no key (`__proto__` included) ever reaches a prototype.
 *
 * Why an alias budget: an `*alias` becomes the *same* object as its anchor, so a "billion
 * laughs" document loads quickly into a small graph of shared objects that explodes only when
 * something walks or copies it (JSON.stringify, structuredClone, our own walkers). We measure
 * the expanded size with a memoized walk over object identities (linear in the number of
 * distinct objects) and refuse the document before anything expands it.
 */
import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
  type CollectionTag,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type ScalarTag,
} from 'yaml';
import { resolveYaml11Plain, resolveYaml11Tagged, SHORT_FORM_TAGS } from '../cfn/yaml';
import { findUnsafeKeys, MAX_DEPTH } from '../model/parse';
import { formatMegabytes, MAX_IMPORT_BYTES, utf8SizeOver } from '../model/size';
import { parseJsonStrict, stripBom } from '../model/text';
import { grouped } from '../model/numbers';
import { importError, type ImportError, type ImportErrorCode } from './errors';

/** Largest template or design accepted (defined with the other sizes, so the app checks it before loading this). */
export { MAX_IMPORT_BYTES };
/** Most values (scalars, arrays, objects) a document may have once aliases are expanded. */
export const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Most YAML aliases (`*name`) and merged values (`<<`) in one document. CloudFormation accepts
 * neither, so real templates have none; `yaml` spends ~20 µs on each alias, so 5 MB of `*a,`
 * would take half a minute before the expansion budget could say no.
 */
export const MAX_YAML_ALIASES = 10_000;
export const MAX_MERGED_VALUES = 100_000;

export type LoadResult = { ok: true; value: unknown; format: 'json' | 'yaml'; warnings: string[] } | { ok: false; error: ImportError };

/** A YAML document refused while building its value (one line, with the position). */
class YamlRefusal extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const CORE_TAG = 'tag:yaml.org,2002:';
/**
 * The `!!` tags read. CloudFormation's YAML 1.1 leaves out binary, omap, pairs, set and timestamp
 * (its documentation); those and any other (`!!js/function`, …) are refused by name.
 */
const CORE_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq']);
const CFN_EXCLUDED: ReadonlySet<string> = new Set(['binary', 'omap', 'pairs', 'set', 'timestamp', 'merge', 'value']);
/** The `!!` tags a mapping key may carry (a key is a string in the end). */
const KEY_TAGS: ReadonlySet<string> = new Set(['str', 'int', 'float', 'bool']);

/**
 * The short-form tags, declared to `yaml` so that it keeps them on the node without a warning
 * (an unknown tag costs it an `Error` object each: a fifth of the parse time of a template full
 * of `!Sub`). They change nothing else: `toTree` reads the tag and the node as they are.
 */
const SHORT_FORM_NODE_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_FORM_TAGS.keys()].flatMap((name) => [
  { tag: `!${name}`, resolve: (text: string) => text },
  { tag: `!${name}`, collection: 'map' as const },
  { tag: `!${name}`, collection: 'seq' as const },
]);

/** `target[key] = value` as an own property, also for `__proto__` (which assignment would not create). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * `yaml`'s `parseDocument`, driven token by token so that nesting is bounded while parsing: the
 * parser keeps one stack entry per open collection (plus two), and a document nested thousands
 * deep costs it about 2 KB per level (5 MB of `[` would take gigabytes). Past `MAX_DEPTH + 8`
 * entries the value is deeper than `MAX_DEPTH` for certain, so we stop there.
 */
function parseYamlDocument(text: string, lineCounter: LineCounter, notes: YamlNotes): Document.Parsed {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer({ schema: 'failsafe', customTags: SHORT_FORM_NODE_TAGS, version: '1.1', merge: false, uniqueKeys: false });
  lineCounter.addNewLine(0);
  let offset = 0;
  let aliases = 0;
  function* tokens() {
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      offset += lexeme.length;
      if (lexeme[0] === '#') notes.comments++;
      if (lexeme[0] === '*' && ++aliases > MAX_YAML_ALIASES) {
        throw new YamlRefusal('alias-bomb', `more than ${grouped(MAX_YAML_ALIASES)} YAML aliases (*name); refused`);
      }
      if (parser.stack.length > MAX_DEPTH + 8) {
        const { line, col } = lineCounter.linePos(offset);
        throw new YamlRefusal('unsafe', `nested deeper than ${MAX_DEPTH} levels (at line ${line}, column ${col})`);
      }
    }
    yield* parser.end();
  }
  let first: Document.Parsed | undefined;
  for (const doc of composer.compose(tokens(), true, text.length)) {
    if (!first) first = doc;
    else {
      first.errors.push(
        new YAMLParseError(doc.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'a second YAML document starts here (a template is one document)'),
      );
      break;
    }
  }
  return first!;
}

interface YamlNotes {
  unknownTags: Set<string>;
  aliases: number;
  merges: number;
  comments: number;
}

/**
 * YAML text → value, or throws `YamlRefusal`. One walk in document order over the node tree of
 * `yaml` (anchors are looked up as they are met: `Alias.resolve` would rescan the whole
 * document for every alias).
 */
function loadYaml(text: string, notes: YamlNotes): unknown {
  const lineCounter = new LineCounter();
  const at = (node: { range?: readonly number[] | null } | null | undefined): string => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return `at line ${line}, column ${col}`;
  };
  const doc = parseYamlDocument(text, lineCounter, notes);
  const [error] = doc.errors;
  if (error) {
    const message = firstLine(error.message).replace(/[.:]$/, '');
    throw new YamlRefusal('malformed', `${message} ${at({ range: error.pos })}`);
  }

  const anchors = new Map<string, Node>();
  const built = new Map<Node, unknown>();
  let mergeWork = 0;
  let truncated = false;

  const refuse = (message: string, node: { range?: readonly number[] | null } | null | undefined): never => {
    throw new YamlRefusal('malformed', `${message} ${at(node)}`);
  };

  /** `!!str`, `!!int`, … → the name after `!!`; a local tag `!Ref` → undefined. */
  const coreTag = (tag: string): string | undefined => (tag.startsWith(CORE_TAG) ? tag.slice(CORE_TAG.length) : undefined);

  const scalarValue = (node: Scalar): unknown => {
    const text = typeof node.value === 'string' ? node.value : String(node.value ?? '');
    const tag = node.tag;
    if (tag === undefined) return node.type === 'PLAIN' ? resolveYaml11Plain(text) : text;
    if (tag === '!') return text; // the non-specific tag: a string
    const core = coreTag(tag);
    if (core === 'str') return text;
    if (core === 'null') return null;
    if (core === 'bool' || core === 'int' || core === 'float') {
      const v = resolveYaml11Tagged(core, text);
      return v === undefined ? refuse(`!!${core} ${JSON.stringify(text.slice(0, 40))} is not a YAML 1.1 ${core}`, node) : v;
    }
    return text; // a local tag: the caller wraps it; other tags were refused before
  };

  const keyOf = (pair: Pair<unknown, unknown>, owner: Node): string => {
    let key = pair.key as Node | null;
    if (isAlias(key)) key = anchors.get(key.source) ?? refuse(`unknown alias *${key.source}`, key);
    if (key === null || key === undefined) return refuse('a mapping key is empty (null keys are not supported)', owner);
    if (!isScalar(key)) return refuse('a mapping key must be a plain string, not a mapping or a sequence', key);
    if (key.anchor) anchors.set(key.anchor, key);
    if (key.tag !== undefined && key.tag !== '!' && !KEY_TAGS.has(coreTag(key.tag) ?? '')) {
      return refuse(`a mapping key cannot carry the tag ${key.tag.replace(CORE_TAG, '!!')}`, key);
    }
    const value = scalarValue(key);
    if (value === null) return refuse(`the mapping key ${JSON.stringify(String(key.value ?? ''))} reads as null (null keys are not supported)`, key);
    return String(value);
  };

  const isMergeKey = (key: unknown): boolean =>
    isScalar(key) && key.value === '<<' && ((key.tag === undefined && key.type === 'PLAIN') || key.tag === `${CORE_TAG}merge`);

  /** The mappings a `<<` value names, in the order PyYAML merges them (the first listed wins). */
  const mergeSources = (value: unknown, depth: number): Record<string, unknown>[] => {
    const one = (n: unknown): Record<string, unknown> => {
      const target = isAlias(n) ? (anchors.get(n.source) ?? refuse(`unknown alias *${n.source}`, n)) : n;
      if (!isMap(target) || (target.tag !== undefined && target.tag !== `${CORE_TAG}map`)) {
        return refuse('a merge key (<<) needs a mapping or a list of mappings', n as Node);
      }
      return toTree(n, depth) as Record<string, unknown>;
    };
    if (isSeq(value) && value.tag === undefined) return value.items.map(one).reverse();
    return [one(value)];
  };

  function toTree(node: unknown, depth: number): unknown {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return truncated ? null : refuse(`unknown alias *${node.source}`, node);
      notes.aliases++;
      return built.has(target) ? built.get(target) : toTree(target, depth);
    }
    // Deeper than the limit: stop building; `findUnsafeKeys` reports the depth with its path.
    if (depth > MAX_DEPTH + 1) {
      truncated = true;
      return null;
    }
    const n = node as Node;
    if (n.anchor) anchors.set(n.anchor, n);
    const tag = n.tag;
    let longKey: string | undefined;
    if (tag !== undefined && tag !== '!') {
      const core = coreTag(tag);
      if (core !== undefined) {
        if (CFN_EXCLUDED.has(core)) refuse(`the YAML tag !!${core} is not supported by CloudFormation`, n);
        if (!CORE_TAGS.has(core)) refuse(`unknown tag !!${core.slice(0, 40)}`, n);
        if ((core === 'map') !== isMap(n) || (core === 'seq') !== isSeq(n)) refuse(`the YAML tag !!${core} does not fit this node`, n);
      } else if (tag.startsWith('!')) {
        const name = tag.slice(1);
        longKey = SHORT_FORM_TAGS.get(name);
        if (longKey === undefined) {
          notes.unknownTags.add(name);
          longKey = name;
        }
      } else {
        refuse(`unknown tag ${tag.slice(0, 60)}`, n);
      }
    }
    const wrap = (inner: unknown): unknown => {
      if (longKey === undefined) return inner;
      if (longKey === 'Fn::GetAtt' && typeof inner === 'string') {
        // `!GetAtt Res.Attr.Deep`: the first dot splits, as CloudFormation and cfn-lint do.
        const dot = inner.indexOf('.');
        inner = dot < 0 ? [inner] : [inner.slice(0, dot), inner.slice(dot + 1)];
      }
      const out: Record<string, unknown> = {};
      setOwn(out, longKey, inner);
      return out;
    };

    if (isScalar(n)) {
      // A tagged scalar is its text, never resolved (`!Ref 123` is "123"; an empty `!GetAZs` is "").
      const value = longKey === undefined ? scalarValue(n) : typeof n.value === 'string' ? n.value : String(n.value ?? '');
      const result = wrap(value);
      built.set(n, result);
      return result;
    }
    if (isSeq(n)) {
      const items: unknown[] = [];
      const result = wrap(items);
      built.set(n, result); // before the items: an alias to an enclosing node is a cycle, refused by the budget
      for (const item of n.items) items.push(toTree(item, depth + 1));
      return result;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      const result = wrap(out);
      built.set(n, result);
      const merged: Record<string, unknown>[] = [];
      const explicit: [string, unknown][] = [];
      const seen = new Map<string, Node>();
      for (const pair of n.items) {
        if (isMergeKey(pair.key)) {
          notes.merges++;
          merged.push(...mergeSources(pair.value, depth + 1));
          continue;
        }
        const key = keyOf(pair, n);
        const first = seen.get(key);
        if (first) {
          const { line } = lineCounter.linePos(first.range?.[0] ?? 0);
          refuse(`duplicate key ${JSON.stringify(key.slice(0, 60))} (first at line ${line})`, pair.key as Node);
        }
        seen.set(key, pair.key as Node);
        explicit.push([key, toTree(pair.value, depth + 1)]);
      }
      // PyYAML's order: merged pairs first (a later `<<` wins over an earlier one), then the
      // mapping's own pairs, which win over anything merged.
      for (const source of merged) {
        if (source === null || typeof source !== 'object') continue; // cut off by the depth limit
        const keys = Object.keys(source);
        mergeWork += keys.length;
        if (mergeWork > MAX_MERGED_VALUES) {
          throw new YamlRefusal('alias-bomb', `more than ${grouped(MAX_MERGED_VALUES)} values merged through YAML merge keys (<<); refused`);
        }
        for (const key of keys) setOwn(out, key, source[key]);
      }
      for (const [key, value] of explicit) setOwn(out, key, value);
      return result;
    }
    return refuse('unexpected YAML node', n);
  }

  return toTree(doc.contents, 0);
}

/**
 * Expanded size of `value` (each alias counted as many times as it is used), or `Infinity` past
 * `budget` or on a cycle. Memoized on object identity, so shared subtrees cost one visit.
 */
export function expandedSize(value: unknown, budget = MAX_EXPANDED_NODES): number {
  const memo = new Map<object, number>();
  const active = new Set<object>();
  const size = (v: unknown, depth: number): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = memo.get(v);
    if (known !== undefined) return known;
    if (active.has(v)) return Infinity;
    // Too deep: `findUnsafeKeys` reports it with a path; stop here so this walk stays bounded.
    if (depth > MAX_DEPTH + 1) return 1;
    active.add(v);
    let total = 1;
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
    for (const child of children) {
      total += size(child, depth + 1);
      if (total > budget) break;
    }
    active.delete(v);
    memo.set(v, total);
    return total;
  };
  const n = size(value, 0);
  return n > budget ? Infinity : n;
}

/** A plain deep copy (after the budget check, so it is bounded): no shared objects remain. */
function plainCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainCopy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, plainCopy((value as Record<string, unknown>)[key]));
  return out;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Parses untrusted text as JSON (when it starts with `{` or `[`) or CloudFormation YAML, and
 * checks it is safe to walk. `what` names the input in messages ("template", "file").
 */
export function loadUntrusted(text: string, what = 'file'): LoadResult {
  if (typeof text !== 'string') return importError('malformed', 'SC-I001', { what });
  const bytes = utf8SizeOver(text, MAX_IMPORT_BYTES);
  if (bytes !== undefined) {
    return importError('too-large', 'SC-I002', { what, size: formatMegabytes(bytes), limit: formatMegabytes(MAX_IMPORT_BYTES) });
  }
  const body = stripBom(text);
  const trimmed = body.trimStart();
  if (!trimmed) return importError('malformed', 'SC-I003', { what });
  let value: unknown;
  let format: 'json' | 'yaml';
  const notes: YamlNotes = { unknownTags: new Set(), aliases: 0, merges: 0, comments: 0 };
  const yamlRefusal = (e: unknown) => {
    if (e instanceof YamlRefusal) {
      // e.g. "the template has more than 10,000 YAML aliases (*name); refused"
      if (e.code === 'malformed') return importError('malformed', 'SC-I004', { detail: e.message });
      return importError(e.code, e.code === 'alias-bomb' ? 'SC-I025' : 'SC-I026', { what, detail: e.message });
    }
    const message = e instanceof RangeError ? 'nested too deeply' : firstLine(e instanceof Error ? e.message : String(e));
    return importError('malformed', 'SC-I004', { detail: message });
  };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    format = 'json';
    // Strict JSON: a key repeated in one object is refused, as in YAML (JSON.parse keeps the last one).
    const json = parseJsonStrict(body);
    if (json.ok) value = json.value;
    else if (json.duplicate) return importError('malformed', 'SC-I005', { detail: json.message });
    else {
      // Flow-style YAML also starts with `{`; try it before giving up.
      try {
        value = loadYaml(body, notes);
        format = 'yaml';
      } catch {
        return importError('malformed', 'SC-I005', { detail: firstLine(json.message) });
      }
    }
  } else {
    format = 'yaml';
    try {
      value = loadYaml(body, notes);
    } catch (e) {
      return yamlRefusal(e);
    }
  }
  if (expandedSize(value) === Infinity) {
    return importError('alias-bomb', 'SC-I027', { what, max: grouped(MAX_EXPANDED_NODES) });
  }
  const unsafe = findUnsafeKeys(value);
  if (unsafe.length) {
    const [first] = unsafe;
    return importError('unsafe', 'SC-I007', { path: first!.path, detail: first!.message }, first!.path);
  }
  const warnings = [...notes.unknownTags].map((t) => `unknown YAML tag !${t.slice(0, 60)} kept as a mapping { "${t.slice(0, 60)}": … }`);
  if (notes.aliases) {
    warnings.push(`YAML aliases (${notes.aliases}) were expanded into copies: CloudFormation does not accept aliases, so the export writes each value in full`);
  }
  if (notes.merges) {
    warnings.push(`YAML merge keys (<<, ${notes.merges}) were merged: CloudFormation does not accept them, so the export writes the merged mappings`);
  }
  if (notes.comments) {
    // docs/import.md, "How YAML is read": a design holds values, not the template's text.
    warnings.push(`YAML comments (${notes.comments}) are not kept: the design holds the template's values, and the export writes them without comments`);
  }
  return { ok: true, value: plainCopy(value), format, warnings };
}
