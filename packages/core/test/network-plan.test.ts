/**
 * The network plan: which nodes live in the VPC, in which tier, and what the VPC then needs.
 * Kinds always in the VPC keep their tiers; a kind placed by its connections (its network facet
 * returns no tier for some nodes) is tested with a stand-in facet handed to `planNetwork`.
 */
import { describe, expect, it } from 'vitest';
import { definitionOf, REFERENCE_DESIGN, type Kind, type NetworkFacet } from '../src/index';
import { nodesInVpc, planNetwork, type NetworkFacetOf } from '../src/network/plan';
import { design } from '../src/rules/fixture-builder';

describe('planNetwork', () => {
  it('places the reference architecture as before: ALB public, servers in the app tier, data stores isolated', () => {
    const plan = planNetwork(REFERENCE_DESIGN);
    const byKind = new Map<string, Set<string>>();
    for (const n of REFERENCE_DESIGN.nodes) {
      const tier = plan.tiers.get(n.id);
      const set = byKind.get(n.kind) ?? byKind.set(n.kind, new Set()).get(n.kind)!;
      set.add(tier ?? 'outside');
    }
    expect(Object.fromEntries([...byKind].map(([k, v]) => [k, [...v]]))).toEqual({
      waf: ['outside'],
      cloudfront: ['outside'],
      s3: ['outside'],
      alb: ['public'],
      asg: ['app'],
      elasticache: ['data'],
      dax: ['data'],
      dynamodb: ['outside'],
      rds: ['data'],
    });
    expect(plan).toMatchObject({ needed: true, public: true, app: true, data: true, nat: true });
    expect([...plan.egress]).toEqual(REFERENCE_DESIGN.nodes.filter((n) => n.kind === 'asg').map((n) => n.id));
  });

  it('needs no VPC when nothing lives in it', () => {
    const plan = planNetwork(design({ cdn: 'cloudfront', b: 's3' }, ['cdn>b']));
    expect(plan).toMatchObject({ needed: false, public: false, app: false, data: false, nat: false });
    expect(plan.tiers.size).toBe(0);
  });

  describe('a kind placed by its connections (stand-in facet)', () => {
    // The Auto Scaling group as a conditional kind: in the VPC only when it calls ElastiCache,
    // needing egress only when it also calls DynamoDB (outside the VPC).
    const conditional: NetworkFacet = {
      tier: (node, index) => (index.outgoing(node.id).some((e) => index.nodes.get(e.target)?.kind === 'elasticache') ? 'app' : undefined),
      egress: (node, index) => index.outgoing(node.id).some((e) => index.nodes.get(e.target)?.kind === 'dynamodb'),
    };
    const networkOf: NetworkFacetOf = (kind: Kind) => (kind === 'asg' ? conditional : definitionOf(kind).network);

    it('leaves a node outside when its facet gives no tier, and then the VPC is not needed', () => {
      const plan = planNetwork(design({ fn: 'asg', t: 'dynamodb' }, ['fn>t']), networkOf);
      expect(plan.needed).toBe(false);
      expect(plan.tiers.has('fn')).toBe(false);
      // Its egress is not asked: a node outside the VPC needs no NAT.
      expect(plan.egress.size).toBe(0);
      expect(plan.nat).toBe(false);
    });

    it('places it when its connections need it; without egress the app tier folds into the isolated one', () => {
      const plan = planNetwork(design({ fn: 'asg', c: 'elasticache' }, ['fn>c']), networkOf);
      expect(Object.fromEntries(plan.tiers)).toEqual({ fn: 'data', c: 'data' });
      expect(plan).toMatchObject({ needed: true, public: false, app: false, nat: false });
    });

    it('asks its egress per node: NAT and public subnets only when this node needs them', () => {
      const plan = planNetwork(design({ fn: 'asg', c: 'elasticache', t: 'dynamodb' }, ['fn>c', 'fn>t']), networkOf);
      expect(Object.fromEntries(plan.tiers)).toEqual({ fn: 'app', c: 'data' });
      expect([...plan.egress]).toEqual(['fn']);
      expect(plan).toMatchObject({ needed: true, public: true, app: true, nat: true });
    });
  });
});

describe('nodesInVpc', () => {
  it('is the plan’s set of placed nodes, remembered per design object', () => {
    const d = design({ alb: 'alb', web: 'asg', db: 'rds', t: 'dynamodb' }, ['alb>web', 'web>db', 'web>t']);
    expect([...nodesInVpc(d)].sort()).toEqual(['alb', 'db', 'web']);
    expect(nodesInVpc(d)).toBe(nodesInVpc(d));
    expect(nodesInVpc({ ...d })).not.toBe(nodesInVpc(d));
  });
});
