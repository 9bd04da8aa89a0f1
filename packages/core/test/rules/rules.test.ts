import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REFERENCE_DESIGN, RULES, validate, type Design, type Rule } from '../../src/index';
import { design, type RuleFixtures } from '../../src/rules/fixture-builder';
import { fixtures as caching } from '../../src/rules/caching/fixtures';
import { fixtures as compute } from '../../src/rules/compute/fixtures';
import { fixtures as connections } from '../../src/rules/connections/fixtures';
import { fixtures as data } from '../../src/rules/data/fixtures';
import { fixtures as edge } from '../../src/rules/edge/fixtures';
import { fixtures as sessions } from '../../src/rules/sessions/fixtures';
import { FAMILIES } from '../../src/rules/types';

const rulesDir = join(__dirname, '../../src/rules');
const FIXTURES: Record<string, RuleFixtures> = { ...connections, ...edge, ...compute, ...sessions, ...caching, ...data };

function isRule(v: unknown): v is Rule {
  return typeof v === 'object' && v !== null && typeof (v as Rule).id === 'string' && typeof (v as Rule).check === 'function';
}

describe('rule registry', () => {
  it('has at least 25 rules with unique, well-formed ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      const family = FAMILIES.find((f) => f.id === r.family);
      expect(family, r.id).toBeDefined();
      expect(r.id, r.id).toMatch(new RegExp(`^SC${family!.digit}\\d{3}$`));
    }
  });

  it('registers every rule file, one rule per file', async () => {
    const families = readdirSync(rulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(families.sort()).toEqual(FAMILIES.map((f) => f.id).sort());
    const registered = new Set(RULES);
    let files = 0;
    for (const family of families) {
      for (const file of readdirSync(join(rulesDir, family)).filter((f) => f.endsWith('.ts') && f !== 'fixtures.ts')) {
        const mod = (await import(pathToFileURL(join(rulesDir, family, file)).href)) as Record<string, unknown>;
        const rules = Object.values(mod).filter(isRule);
        expect(rules, `${family}/${file} exports exactly one rule`).toHaveLength(1);
        expect(registered.has(rules[0]!), `${family}/${file} is registered in rules/index.ts`).toBe(true);
        expect(rules[0]!.family, `${family}/${file} is in its family folder`).toBe(family);
        files++;
      }
    }
    expect(files).toBe(RULES.length);
  });

  it('every rule has a title, a why, a fix in English and Korean, and an AWS documentation link', () => {
    for (const r of RULES) {
      for (const text of [r.title, r.description, r.fix]) {
        expect(text.en.trim().length, r.id).toBeGreaterThan(3);
        expect(text.ko, `${r.id} Korean`).toMatch(/[\uAC00-\uD7A3]/);
      }
      expect(r.docsUrl, r.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[\w./#-]+$/);
    }
  });
});

describe('rule fixtures', () => {
  it('every rule has at least one good and one bad fixture', () => {
    for (const r of RULES) {
      const f = FIXTURES[r.id];
      expect(f, `${r.id} has fixtures`).toBeDefined();
      expect(f!.good.length, r.id).toBeGreaterThan(0);
      expect(f!.bad.length, r.id).toBeGreaterThan(0);
    }
    expect(Object.keys(FIXTURES).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const r of RULES) {
    it(`${r.id} fires on every bad fixture, pointing at elements of the design`, () => {
      for (const [i, d] of FIXTURES[r.id]!.bad.entries()) {
        const found = validate(d).filter((x) => x.rule === r.id);
        expect(found.length, `${r.id} bad #${i}`).toBeGreaterThan(0);
        const nodeIds = new Set(d.nodes.map((n) => n.id));
        const edgeIds = new Set(d.edges.map((e) => e.id));
        for (const x of found) {
          expect(x.severity).toBe(r.severity);
          expect(x.nodes.length + x.edges.length, `${r.id} points somewhere`).toBeGreaterThan(0);
          for (const n of x.nodes) expect(nodeIds.has(n), `${r.id} node ${n}`).toBe(true);
          for (const e of x.edges) expect(edgeIds.has(e), `${r.id} edge ${e}`).toBe(true);
          expect(x.message.en.length).toBeGreaterThan(10);
          expect(x.message.ko).toMatch(/[\uAC00-\uD7A3]/);
        }
      }
    });
    it(`${r.id} is silent on every good fixture`, () => {
      for (const [i, d] of FIXTURES[r.id]!.good.entries()) {
        expect(
          validate(d).filter((x) => x.rule === r.id),
          `${r.id} good #${i}`,
        ).toEqual([]);
      }
    });
  }
});

describe('validate()', () => {
  it('the reference architecture yields no errors and no warnings', () => {
    const found = validate(REFERENCE_DESIGN).filter((d) => d.severity !== 'info');
    expect(found).toEqual([]);
  });

  it.each(EXAMPLES.map((e) => [e.id, e.design] as const))('example %s yields no errors and no warnings', (_id, d) => {
    expect(validate(d).filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('is deterministic: the order of nodes and edges does not change the result', () => {
    const all = Object.values(FIXTURES).flatMap((f) => [...f.good, ...f.bad]);
    for (const d of [REFERENCE_DESIGN, ...all]) {
      const reversed: Design = { ...d, nodes: [...d.nodes].reverse(), edges: [...d.edges].reverse() };
      expect(validate(reversed)).toEqual(validate(d));
    }
  });

  it('sorts errors, then warnings, then info', () => {
    const d = design({ alb: ['alb', { stickiness: true }], web: ['asg', { minSize: 1, desiredCapacity: 5, maxSize: 4 }], db: 'rds' }, ['alb>web', 'web>db']);
    const severities = validate(d).map((x) => x.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(severities).toContain('error');
    expect(severities).toContain('warning');
    expect(severities).toContain('info');
  });

  it('is total on odd in-memory designs (no props, dangling edges, empty)', () => {
    const empty = design({});
    expect(validate(empty)).toEqual([]);
    const bare: Design = {
      ...empty,
      nodes: RULES.length
        ? (['waf', 'cloudfront', 's3', 'alb', 'asg', 'elasticache', 'dax', 'dynamodb', 'rds', 'cfn-resource'] as const).map((kind, i) => ({
            id: `n${i}`,
            kind,
            position: { x: 0, y: 0 },
            props: {},
          }))
        : [],
      edges: [
        { id: 'e1', source: 'n0', target: 'n1', props: {} },
        { id: 'e2', source: 'n1', target: 'zz', props: { pathPattern: 42 } },
        { id: 'e3', source: 'qq', target: 'n9', props: {} },
      ],
    };
    expect(() => validate(bare)).not.toThrow();
    const rules = new Set(validate(bare).map((d) => d.rule));
    expect(rules.has('SC1003')).toBe(true); // dangling
    expect(rules.has('SC3001')).toBe(true); // ALB without targets, defaults filled from the catalog
  });

  it('the session scenario: warning without a store, info once a store exists, in English and Korean', () => {
    const sticky = design({ alb: ['alb', { stickiness: true }, 'Web ALB'], web: ['asg', {}, 'Web Servers'] }, ['alb>web']);
    const [warning] = validate(sticky).filter((d) => d.rule === 'SC4001');
    expect(warning?.severity).toBe('warning');
    expect(warning?.nodes).toEqual(['alb', 'web']);
    expect(warning?.edges).toEqual(['alb-web']);
    expect(warning?.message.en).toMatch(/lost on scale-in/);
    expect(warning?.message.ko).toMatch(/Scale In/);
    const withStore = design({ alb: ['alb', { stickiness: true }, 'Web ALB'], web: ['asg', {}, 'Web Servers'], s: ['elasticache', { purpose: 'sessions' }] }, [
      'alb>web',
      'web>s',
    ]);
    const rules = validate(withStore).map((d) => d.rule);
    expect(rules).not.toContain('SC4001');
    expect(rules).toContain('SC4002');
  });

  it('takes milliseconds on 1,000 nodes (no quadratic work)', () => {
    const d = syntheticReference(100); // 100 copies of the reference architecture: 1,000 nodes
    expect(d.nodes.length).toBe(1000);
    // The best of five runs, so that a busy machine does not make the test flaky; linear work
    // takes a few ms here, a quadratic rule (1,000 × 1,000) takes seconds.
    let best = Infinity;
    let found = validate(d);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      found = validate({ ...d });
      best = Math.min(best, performance.now() - t0);
    }
    expect(found.filter((x) => x.severity !== 'info')).toEqual([]);
    expect(best).toBeLessThan(400);
  });
});

/** `copies` copies of the reference architecture, ids and labels suffixed, side by side. */
export function syntheticReference(copies: number): Design {
  const nodes = [];
  const edges = [];
  for (let i = 0; i < copies; i++) {
    for (const n of REFERENCE_DESIGN.nodes)
      nodes.push({ ...n, id: `${n.id}-${i}`, label: `${n.label ?? n.id} ${i}`, position: { x: n.position.x + i * 1000, y: n.position.y } });
    for (const e of REFERENCE_DESIGN.edges) edges.push({ ...e, id: `${e.id}-${i}`, source: `${e.source}-${i}`, target: `${e.target}-${i}` });
  }
  return { ...REFERENCE_DESIGN, nodes, edges };
}
