/**
 * A generated matrix of designs for the CloudFormation oracles: each kind alone where meaningful,
 * every allowed edge of the catalog, each engine and option, plus the bundled examples.
 */
import fc from 'fast-check';
import { catalog, EXAMPLES, KINDS, parseDesign, type Design, type PropSpec } from '../../src/index';

interface RawNode {
  id: string;
  kind: string;
  label?: string;
  props?: Record<string, unknown>;
}
interface RawEdge {
  id: string;
  source: string;
  target: string;
  props?: Record<string, unknown>;
}

export function design(name: string, nodes: RawNode[], edges: RawEdge[] = []): Design {
  const raw = {
    format: 'stackcanvas.design',
    version: 1,
    name,
    nodes: nodes.map((n, i) => ({ ...n, position: { x: i * 100, y: 0 } })),
    edges,
  };
  const r = parseDesign(raw);
  if (!r.ok) throw new Error(`fixture ${name}: ${JSON.stringify(r.errors)}`);
  return r.design;
}

/** A CloudFront node cannot stand alone (a distribution needs an origin): give it a bucket. */
function completed(nodes: RawNode[], edges: RawEdge[]): [RawNode[], RawEdge[]] {
  const out = [...nodes];
  const es = [...edges];
  for (const n of nodes) {
    if (n.kind === 'cloudfront' && !edges.some((e) => e.source === n.id)) {
      out.push({ id: `${n.id}-origin`, kind: 's3' });
      es.push({ id: `${n.id}-origin-edge`, source: n.id, target: `${n.id}-origin` });
    }
  }
  return [out, es];
}

export function matrix(): { name: string; design: Design }[] {
  const out: { name: string; design: Design }[] = [];
  const add = (name: string, nodes: RawNode[], edges: RawEdge[] = []) => {
    const [n, e] = completed(nodes, edges);
    out.push({ name, design: design(name, n, e) });
  };
  for (const ex of EXAMPLES) out.push({ name: `example-${ex.id}`, design: ex.design });
  // Each kind alone (CloudFront gets its minimal origin).
  for (const kind of KINDS) add(`alone-${kind}`, [{ id: 'a', kind }]);
  // Every allowed edge of the catalog.
  for (const source of KINDS) {
    for (const c of catalog[source].connections) {
      if (c.target === '*' || c.target === 'cfn-resource') continue;
      add(
        `edge-${source}-${c.target}`,
        [
          { id: 'src', kind: source },
          { id: 'dst', kind: c.target },
        ],
        [{ id: 'e', source: 'src', target: 'dst' }],
      );
    }
  }
  // Engines and options.
  for (const engine of ['redis', 'valkey', 'memcached']) {
    for (const replicas of [0, 1, 3]) {
      for (const purpose of ['cache', 'sessions']) {
        add(
          `elasticache-${engine}-${replicas}-${purpose}`,
          [
            { id: 'app', kind: 'asg' },
            { id: 'c', kind: 'elasticache', props: { engine, replicas, purpose } },
          ],
          [{ id: 'e', source: 'app', target: 'c' }],
        );
      }
    }
  }
  for (const engine of ['postgres', 'mysql']) {
    for (const multiAz of [true, false]) {
      add(
        `rds-${engine}-${multiAz ? 'multiaz' : 'single'}`,
        [
          { id: 'app', kind: 'asg' },
          { id: 'db', kind: 'rds', props: { engine, multiAz, instanceClass: 'db.t4g.micro', allocatedStorage: 50 } },
        ],
        [{ id: 'e', source: 'app', target: 'db' }],
      );
    }
  }
  for (const internetFacing of [true, false]) {
    for (const stickiness of [true, false]) {
      add(
        `alb-${internetFacing ? 'public' : 'internal'}-${stickiness ? 'sticky' : 'nosticky'}`,
        [
          { id: 'cdn', kind: 'cloudfront' },
          { id: 'lb', kind: 'alb', props: { internetFacing, stickiness, stickinessDurationSeconds: 3600, healthCheckPath: '/healthz' } },
          { id: 'web', kind: 'asg', props: { appPort: 8080, minSize: 0, maxSize: 10, desiredCapacity: 3, instanceType: 'm6i.large' } },
        ],
        [
          { id: 'e1', source: 'cdn', target: 'lb' },
          { id: 'e2', source: 'lb', target: 'web' },
        ],
      );
    }
  }
  add(
    'alb-two-groups',
    [
      { id: 'lb', kind: 'alb' },
      { id: 'a', kind: 'asg', label: 'Blue' },
      { id: 'b', kind: 'asg', label: 'Green' },
    ],
    [
      { id: 'e1', source: 'lb', target: 'a' },
      { id: 'e2', source: 'lb', target: 'b' },
    ],
  );
  add(
    's3-kms-everything',
    [
      { id: 'cdn', kind: 'cloudfront', props: { priceClass: 'PriceClass_All', ipv6: false } },
      { id: 'b', kind: 's3', props: { encryption: 'SSE-KMS', versioning: false } },
      { id: 'lb', kind: 'alb' },
      { id: 'app', kind: 'asg' },
    ],
    [
      { id: 'e1', source: 'cdn', target: 'lb' },
      { id: 'e2', source: 'cdn', target: 'b', props: { pathPattern: '/assets/*' } },
      { id: 'e3', source: 'lb', target: 'app' },
      { id: 'e4', source: 'app', target: 'b' },
    ],
  );
  add(
    'dynamodb-provisioned',
    [
      { id: 'app', kind: 'asg' },
      { id: 't', kind: 'dynamodb', props: { billingMode: 'PROVISIONED', readCapacity: 10, writeCapacity: 3, sortKey: 'sk', pointInTimeRecovery: false } },
      { id: 'd', kind: 'dax', props: { replicationFactor: 1, nodeType: 'dax.r5.large' } },
    ],
    [
      { id: 'e1', source: 'app', target: 'd' },
      { id: 'e2', source: 'd', target: 't' },
      { id: 'e3', source: 'app', target: 't' },
    ],
  );
  add(
    'waf-both-scopes-no-managed-rules',
    [
      { id: 'w', kind: 'waf', props: { commonRuleSet: false, knownBadInputs: false, ipReputation: false, rateLimit: 100 } },
      { id: 'cdn', kind: 'cloudfront' },
      { id: 'lb', kind: 'alb' },
    ],
    [
      { id: 'e1', source: 'w', target: 'cdn' },
      { id: 'e2', source: 'w', target: 'lb' },
      { id: 'e3', source: 'cdn', target: 'lb' },
    ],
  );
  add(
    'apigateway-every-integration',
    [
      {
        id: 'api',
        kind: 'apigateway',
        label: 'Public API',
        props: { cacheKeyHeader: 'Authorization', perUserResponses: true, cacheSize: '1.6', cacheTtlSeconds: 120 },
      },
      { id: 'quiet', kind: 'apigateway', props: { cacheEnabled: false, accessLogs: false } },
      { id: 'fn', kind: 'lambda' },
      { id: 'dx', kind: 'dax' },
      { id: 'p', kind: 'dynamodb', props: { partitionKey: 'productId' } },
      { id: 'o', kind: 'dynamodb', props: { sortKey: 'sk' } },
      { id: 'lb', kind: 'alb' },
      { id: 'web', kind: 'asg' },
    ],
    [
      { id: 'e1', source: 'api', target: 'fn' },
      { id: 'e2', source: 'api', target: 'lb', props: { path: '/legacy' } },
      { id: 'e3', source: 'api', target: 'p', props: { path: '/products' } },
      { id: 'e4', source: 'api', target: 'o', props: { path: '/v1/orders' } },
      { id: 'e5', source: 'fn', target: 'dx' },
      { id: 'e6', source: 'dx', target: 'p' },
      { id: 'e7', source: 'lb', target: 'web' },
      { id: 'e8', source: 'quiet', target: 'fn', props: { path: '/internal' } },
    ],
  );
  add(
    'lambda-every-callee',
    [
      { id: 'fn', kind: 'lambda', props: { runtime: 'python3.14', reservedConcurrency: 20 } },
      { id: 'never', kind: 'lambda', props: { vpc: 'never', architecture: 'x86_64' } },
      { id: 'always', kind: 'lambda', props: { vpc: 'always' } },
      { id: 'dx', kind: 'dax' },
      { id: 't', kind: 'dynamodb' },
      { id: 'db', kind: 'rds', props: { engine: 'mysql' } },
      { id: 'c', kind: 'elasticache', props: { engine: 'memcached' } },
      { id: 'b', kind: 's3', props: { encryption: 'SSE-KMS' } },
    ],
    [
      { id: 'e1', source: 'fn', target: 'dx' },
      { id: 'e2', source: 'dx', target: 't' },
      { id: 'e3', source: 'fn', target: 'db' },
      { id: 'e4', source: 'fn', target: 'c' },
      { id: 'e5', source: 'fn', target: 'b' },
      { id: 'e6', source: 'never', target: 't' },
      { id: 'e7', source: 'always', target: 'b' },
    ],
  );
  // Every option of every enum prop of the catalog, one node each, and every suggested instance or
  // node type (cfn-lint checks them against what the Region offers).
  // One design per prop, so that no template nears CloudFormation's 500 resources.
  for (const kind of KINDS) {
    for (const [prop, spec] of Object.entries(catalog[kind].props)) {
      // Suggested types come from cfn-lint's own data (scripts/gen-instance-types.ts): a sample of each list is enough.
      const suggestions = spec.type === 'string' ? (spec.suggestions ?? []).filter((_, i, all) => i % 8 === 0 || i === all.length - 1) : [];
      const options = spec.type === 'enum' ? spec.options : suggestions;
      const optionNodes: RawNode[] = [];
      for (const option of options) {
        if (option.value === spec.default) continue;
        optionNodes.push({ id: `${kind}-${prop}-${optionNodes.length}`, kind, label: `${kind} ${prop} ${option.value}`, props: { [prop]: option.value } });
      }
      for (let i = 0; i < optionNodes.length; i += 30) add(`every-option-${kind}-${prop}-${i / 30}`, optionNodes.slice(i, i + 30));
    }
  }
  add('imported-resource-and-extras', [
    {
      id: 'topic',
      kind: 'cfn-resource',
      props: {
        type: 'AWS::SNS::Topic',
        logicalId: 'AlertsTopic',
        properties: { DisplayName: 'alerts' },
        attributes: { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' },
      },
    },
    { id: 't', kind: 'dynamodb' },
  ]);
  return out;
}

function propValue(spec: PropSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: spec.min, max: Math.min(spec.max, spec.min + 20) });
    case 'enum':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'string':
      return spec.suggestions?.length ? fc.constantFrom(...spec.suggestions.map((o) => o.value)) : fc.constant(spec.default);
    default:
      return fc.constant(spec.default);
  }
}

const LABELS = ['Web', 'Web Servers', 'Cache', 'Sessions', 'Edge', 'Orders DB', 'Catalog', 'Assets', '세션', 'Web ALB'];

/** Random designs from the catalog: any kinds, props within limits, any allowed edges (null when the document is refused). */
export const designArb: fc.Arbitrary<Design | null> = fc
  .array(
    fc.constantFrom(...KINDS).chain((kind) =>
      fc.record({
        kind: fc.constant(kind),
        label: fc.option(fc.constantFrom(...LABELS), { nil: undefined }),
        props: fc.record(
          Object.fromEntries(
            Object.entries(catalog[kind].props)
              .filter(([, s]) => s.type !== 'string')
              .map(([k, s]) => [k, propValue(s)]),
          ),
        ),
      }),
    ),
    { minLength: 1, maxLength: 9 },
  )
  .chain((nodes) => {
    const pairs: [number, number][] = [];
    nodes.forEach((a, i) =>
      nodes.forEach((b, j) => {
        if (i !== j && catalog[a.kind].connections.some((c) => c.target === b.kind)) pairs.push([i, j]);
      }),
    );
    const edges = pairs.length
      ? fc.uniqueArray(fc.record({ pair: fc.constantFrom(...pairs), path: fc.constantFrom(undefined, undefined, '/static/*', '/api/*', '*.jpg') }), {
          maxLength: 12,
          selector: (e) => e.pair.join('-'),
        })
      : fc.constant([]);
    return edges.map((es) => {
      const r = parseDesign({
        format: 'stackcanvas.design',
        version: 1,
        name: 'random',
        nodes: nodes.map((n, i) => ({ id: `n${i}`, kind: n.kind, ...(n.label ? { label: n.label } : {}), position: { x: i, y: 0 }, props: n.props })),
        edges: es.map((e, i) => {
          const source = nodes[e.pair[0]]!;
          return {
            id: `e${i}`,
            source: `n${e.pair[0]}`,
            target: `n${e.pair[1]}`,
            props: source.kind === 'cloudfront' && e.path ? { pathPattern: e.path } : {},
          };
        }),
      });
      return r.ok ? r.design : null;
    });
  });
