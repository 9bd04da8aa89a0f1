/**
 * Random small designs for the read-back property test, built from the catalog registry: every
 * kind (the generic `cfn-resource` too, with the resource types the kinds model and some they do
 * not), every prop of each kind and of each connection read from its spec (any value within its
 * limits, or left to its default), and labels in Korean, Arabic, emoji and Latin, some of them the
 * words our logical ids are made of (`Regional`, `SecurityGroup`, …) so that they collide.
 */
import fc from 'fast-check';
import {
  ALL_KINDS,
  catalog,
  edgePropSpecs,
  findConnection,
  GENERIC_KIND,
  resourceTypes,
  type Kind,
  type PropSpec,
  type PropSpecs,
} from '../../src/catalog/index';
import { parseDesign } from '../../src/model/parse';
import type { Design } from '../../src/model/types';
import { DAX_MAX_NODES } from '../../src/rules/caching/dax-too-many-nodes';
import { scalarPropValue } from '../prop-arbitraries';

/** Words of each script; labels join one to three of them (never lone surrogates nor control characters). */
export const WORDS = {
  korean: ['정적 자산', '세션', '캐시', '웹 서버', '주문 데이터베이스', '엣지', '이미지', '로드 밸런서', '가나다'],
  arabic: ['ذاكرة التخزين المؤقت', 'الخادم', 'الأصول الثابتة', 'قاعدة البيانات', 'جلسات'],
  emoji: ['🚀', '🗄️', '👩‍💻', '🇰🇷', '⚡ cache', '🔥🔥', '☁️'],
  latin: [
    'Web',
    'Static',
    'Assets',
    'Cache',
    'Sessions',
    'Orders DB',
    'Edge',
    'Regional',
    'Waf',
    'Acl',
    'Security Group',
    'Origin',
    'Role',
    'Bucket',
    'Vpc',
    'Network',
    'Api',
    'Table',
    'Café',
    'ﬁle',
    'x2',
  ],
} as const;
const ALL_WORDS = Object.values(WORDS).flat();

export const labelArb: fc.Arbitrary<string | undefined> = fc.option(
  fc.array(fc.constantFrom(...ALL_WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  { nil: undefined, freq: 4 },
);

/** Any value a prop spec allows (strings: its suggestions, or text matching its pattern within its length). */
export function propValue(spec: PropSpec): fc.Arbitrary<unknown> {
  const scalar = scalarPropValue(spec);
  if (scalar) return scalar;
  if (spec.type === 'string') {
    if (spec.suggestions?.length) return fc.constantFrom(...spec.suggestions.map((o) => o.value));
    if (!spec.pattern) return fc.string({ maxLength: Math.min(spec.maxLength, 20) });
    return fc.stringMatching(new RegExp(spec.pattern), { size: 'xsmall' }).filter((s) => s.length > 0 && s.length <= spec.maxLength);
  }
  return fc.constant(spec.default);
}

/** Every prop of `specs`, each either a generated value or absent (its default). */
function propsArb(specs: PropSpecs, skip: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(specs).filter(([k, s]) => !skip.includes(k) && s.type !== 'json');
  return fc.record(Object.fromEntries(entries.map(([k, s]) => [k, propValue(s)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Text of a generic resource's properties: labels' scripts too. */
const jsonText = fc.oneof(fc.constantFrom(...ALL_WORDS), fc.stringMatching(/^[a-z0-9-]{1,12}$/));

/** A generic resource: a type some kind models (or not), its logical id, verbatim properties and attributes. */
function genericProps(): fc.Arbitrary<Record<string, unknown>> {
  const modelled = [...resourceTypes().keys()].sort();
  return fc.record(
    {
      type: fc.constantFrom(...modelled, 'AWS::SNS::Topic', 'AWS::SQS::Queue', 'Custom::Thing'),
      logicalId: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,12}$/),
      properties: fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z]{0,8}$/), fc.oneof(jsonText, fc.integer(), fc.boolean()), { maxKeys: 3 }),
      attributes: fc.option(fc.constantFrom({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' }, { DeletionPolicy: 'Delete' }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'logicalId'] },
  );
}

interface RawNode {
  kind: Kind;
  label: string | undefined;
  props: Record<string, unknown>;
}

/** Built once per kind (and per connection below): building arbitraries, regular expressions above all, costs more than drawing from them. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make(key)));
    return v;
  };
}
const nodeOfKind = memo((kind): fc.Arbitrary<RawNode> =>
  fc.record({
    kind: fc.constant(kind as Kind),
    label: labelArb,
    props: kind === GENERIC_KIND ? genericProps() : propsArb(catalog[kind as Kind].props),
  }),
);
const nodeArb: fc.Arbitrary<RawNode> = fc.constantFrom(...ALL_KINDS).chain((kind) => nodeOfKind(kind));
const edgePropsOf = memo((pair) => {
  const [source, target] = pair.split('>') as [Kind, Kind];
  return propsArb(edgePropSpecs(source, target));
});

/** What the document parser is handed (the test prints it for a failing seed). */
export interface RawDesign {
  readonly format: 'stackcanvas.design';
  readonly version: 1;
  readonly name: string;
  readonly nodes: { id: string; kind: Kind; label?: string; position: { x: number; y: number }; props: Record<string, unknown> }[];
  readonly edges: { id: string; source: string; target: string; props: Record<string, unknown> }[];
}

const CALLEE_OF: Partial<Record<Kind, Kind>> = { cloudfront: 's3', alb: 'asg', dax: 'dynamodb' };

/**
 * Most random designs break a rule; a completed one has what its kinds cannot do without (a
 * distribution's default origin, a load balancer's targets, a DAX cluster's table: appended, so
 * edges still point forward) and sizes in order, so that most designs export.
 */
function completed(nodes: readonly RawNode[], edges: readonly { pair: [number, number]; props: Record<string, unknown> }[]) {
  const ns = nodes.map((n) => ({ ...n, props: { ...n.props } }));
  const es = [...edges];
  for (const n of ns) {
    if (n.kind === 'asg') {
      const [min, desired, max] = [n.props['minSize'], n.props['desiredCapacity'], n.props['maxSize']]
        .map((v, i) => (typeof v === 'number' ? v : [1, 2, 4][i]!))
        .sort((a, b) => a - b);
      Object.assign(n.props, { minSize: min, desiredCapacity: desired, maxSize: max });
    }
    if (n.kind === 'dax' && typeof n.props['replicationFactor'] === 'number') n.props['replicationFactor'] = 1 + (n.props['replicationFactor'] % DAX_MAX_NODES);
  }
  const count = ns.length;
  for (let i = 0; i < count; i++) {
    const callee = CALLEE_OF[ns[i]!.kind];
    if (!callee) continue;
    // A distribution needs a default behavior (an origin without a path pattern); the others any callee of that kind.
    const has = es.some((e) => e.pair[0] === i && ns[e.pair[1]]!.kind === callee && (callee !== 's3' || e.props['pathPattern'] === undefined));
    if (has) continue;
    ns.push({ kind: callee, label: ns[i]!.label === undefined ? undefined : `${ns[i]!.label} ${callee}`, props: {} });
    es.push({ pair: [i, ns.length - 1], props: {} });
  }
  return { nodes: ns, edges: es };
}

/** Raw designs of 1–8 components (a few more once completed) and any connections the catalog allows between them, with any of their props. */
export const rawDesignArb: fc.Arbitrary<RawDesign> = fc
  .tuple(
    fc.array(nodeArb, { minLength: 1, maxLength: 8 }),
    labelArb,
    fc.nat({ max: 5 }).map((n) => n === 0),
  )
  .chain(([nodes, name, incomplete]) => {
    const pairs: [number, number][] = [];
    nodes.forEach((a, i) =>
      nodes.forEach((b, j) => {
        // Through generic resources (which may reference anything) only forward, so that there is no cycle.
        const generic = a.kind === GENERIC_KIND || b.kind === GENERIC_KIND;
        if (i !== j && (!generic || i < j) && findConnection(a.kind, b.kind)) pairs.push([i, j]);
      }),
    );
    // Any subset of the allowed pairs (at most 10), each with its connection's props.
    const edges = fc
      .subarray(pairs, { maxLength: Math.min(10, pairs.length) })
      .chain((chosen) =>
        fc.tuple(...chosen.map((pair) => fc.record({ pair: fc.constant(pair), props: edgePropsOf(`${nodes[pair[0]]!.kind}>${nodes[pair[1]]!.kind}`) }))),
      );
    return edges.map((es): RawDesign => {
      const d = incomplete ? { nodes, edges: es } : completed(nodes, es);
      return {
        format: 'stackcanvas.design',
        version: 1,
        name: name ?? 'random',
        nodes: d.nodes.map((n, i) => ({
          id: `n${i}`,
          kind: n.kind,
          ...(n.label !== undefined ? { label: n.label } : {}),
          position: { x: i * 200, y: (i % 3) * 120 },
          props: n.props,
        })),
        edges: d.edges.map((e, i) => ({ id: `e${i}`, source: `n${e.pair[0]}`, target: `n${e.pair[1]}`, props: e.props })),
      };
    });
  });

/** The design a raw one parses to, or null when the document parser refuses it. */
export function parsed(raw: RawDesign): Design | null {
  const r = parseDesign(JSON.parse(JSON.stringify(raw)));
  return r.ok ? r.design : null;
}
