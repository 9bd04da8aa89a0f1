import type { I18n } from '../../catalog/types';
import type { DesignNode } from '../../model/types';
import { trafficFacet } from '../../traffic/facets';
import { DEFAULT_ENTRY_RPS, defaultTrafficFlow, flowCapacity, flowOverloaded, nodeTraffic, trafficProps } from '../../traffic/model';
import { trafficNodeProps } from '../../traffic/props';
import { grouped } from '../../traffic/specs';
import type { CacheSaving } from '../../traffic/model';
import type { CacheAdvice, CapacityHint } from '../../traffic/types';
import { q } from '../context';
import type { Rule } from '../types';

const pct = (fraction: number) => `${grouped(fraction * 100)}%`;

/** "450% of its capacity", or "180 times its capacity" from ten times on. */
function ofCapacity(utilization: number): I18n {
  return utilization >= 10
    ? { en: `${grouped(utilization)} times its capacity`, ko: `용량의 ${grouped(utilization)}배` }
    : { en: `${pct(utilization)} of its capacity`, ko: `용량의 ${pct(utilization)}` };
}

/** The store's load when a cache with hit ratio `h` (0–1) answers its reads. */
function utilizationWith(hint: CapacityHint, reads: number, writes: number, h: number): number {
  const r = reads * (1 - h);
  return hint.utilization({ rps: r + writes, reads: r, writes, absorbed: r + writes });
}

/** At or within capacity, allowing for float noise (as the model's overload flag does). */
const fits = (utilization: number) => utilization <= 1 + 1e-9;

/** The lowest whole-percent hit ratio that brings the store within capacity, or undefined when writes alone exceed it. */
function neededHitRatio(hint: CapacityHint, reads: number, writes: number): number | undefined {
  if (!fits(utilizationWith(hint, reads, writes, 1))) return undefined;
  for (let p = 0; p <= 100; p++) if (fits(utilizationWith(hint, reads, writes, p / 100))) return p;
  return 100;
}

export const dataStoreOverCapacity: Rule = {
  id: 'SC5008',
  family: 'caching',
  severity: 'warning',
  title: { en: 'Database over its capacity at the design’s traffic', ko: '설계 트래픽에서 용량을 넘는 데이터베이스' },
  description: {
    en: `At ${grouped(DEFAULT_ENTRY_RPS)} requests/s entering (the traffic what-if, docs/traffic-model.md), this database or table would receive more than its capacity. When tens of thousands of users request the same data again and again, a cache in front answers the repeated reads so the database sees only the misses and the writes.`,
    ko: `초당 ${grouped(DEFAULT_ENTRY_RPS)}건의 요청이 들어올 때(트래픽 가정, docs/traffic-model.md) 이 데이터베이스나 테이블이 처리 용량보다 많은 요청을 받습니다. 수 만명의 사용자가 같은 데이터를 반복해서 요청하면, 앞단의 캐시가 반복되는 읽기에 응답해 데이터베이스는 캐시 미스와 쓰기만 받게 됩니다.`,
  },
  fix: {
    en: 'Put the named cache in front of it (or add one: ElastiCache as a query cache for RDS, DAX for DynamoDB), raise the cache’s hit ratio, or give the database more capacity.',
    ko: '제시된 캐시를 앞에 두거나(없으면 추가: RDS에는 ElastiCache 쿼리 캐시, DynamoDB에는 DAX), 캐시 적중률을 높이거나, 데이터베이스 용량을 늘리세요.',
  },
  docsUrl: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Strategies.html',
  *check(ctx) {
    const flow = defaultTrafficFlow(ctx.design);
    let savingsOf: Map<string, CacheSaving[]> | undefined;
    /** The cache to name per kind of advice (the same for every store that takes it). */
    const candidates = new Map<CacheAdvice, DesignNode | undefined>();
    for (const i of flow.order) {
      // A repeated id is an error of its own (SC1007); this warning waits until it is fixed.
      if (flow.dup[i]) continue;
      const store = flow.nodes[i]!;
      const id = store.id;
      const advice = flow.facets[i]?.cacheAdvice;
      if (!advice) continue;
      const hint = flowCapacity(flow, i)?.hint;
      if (!hint || !flowOverloaded(flow, i, hint)) continue;
      const t = nodeTraffic(flow, i);
      if (!t.overloaded || !t.capacity) continue;

      if (!savingsOf) {
        savingsOf = new Map();
        for (const s of flow.savings) (savingsOf.get(s.store) ?? savingsOf.set(s.store, []).get(s.store)!).push(s);
      }
      const saved = savingsOf.get(id) ?? [];
      const savedReads = saved.reduce((sum, s) => sum + s.reads, 0);
      const reads = t.reads + savedReads; // what the callers ask for, before any cache
      const callers = ctx.callers(store).filter((c) => trafficFacet(c.source.kind)?.role === 'compute');
      const callerNames = callers.map((c) => q(c.source)).join(', ');
      const load: I18n = {
        en: `At ${grouped(flow.entryRps)} requests/s entering, ${q(store)} would receive ${grouped(t.rps)}/s, ${ofCapacity(t.utilization ?? 0).en} (${t.capacity.basis.en})`,
        ko: `초당 ${grouped(flow.entryRps)}건의 요청이 들어오면 ${q(store)}은(는) 초당 ${grouped(t.rps)}건을 받아 ${ofCapacity(t.utilization ?? 0).ko}가 됩니다(${t.capacity.basis.ko})`,
      };
      const base = { nodes: [id, ...callers.map((c) => c.source.id)], edges: callers.map((c) => c.edge.id) };

      if (reads <= 0) {
        yield {
          ...base,
          message: {
            en: `${load.en}; these are all writes, which no cache absorbs: give it more capacity.`,
            ko: `${load.ko}. 모두 쓰기 요청이라 캐시로 줄일 수 없으니 용량을 늘리세요.`,
          },
        };
        continue;
      }

      if (saved.length > 0) {
        // Cached, and still too much: say what the cache takes and what hit ratio would do.
        const caches = [...new Set(saved.map((s) => s.cache))].sort();
        const cacheNames = caches.map((c) => q(ctx.node(c))).join(', ');
        const needed = neededHitRatio(hint, reads, t.writes);
        yield {
          nodes: [...base.nodes, ...caches],
          edges: base.edges,
          message:
            needed === undefined
              ? {
                  en: `${load.en}, even with ${cacheNames} taking ${grouped(savedReads)} reads/s off it. Its writes alone exceed its capacity: give it more capacity.`,
                  ko: `${load.ko}. ${cacheNames}이(가) 읽기를 초당 ${grouped(savedReads)}건 줄여도 그렇습니다. 쓰기만으로도 용량을 넘으니 용량을 늘리세요.`,
                }
              : {
                  en: `${load.en}, even with ${cacheNames} taking ${grouped(savedReads)} reads/s off it. A hit ratio of ${needed}% or more would bring it within capacity.`,
                  ko: `${load.ko}. ${cacheNames}이(가) 읽기를 초당 ${grouped(savedReads)}건 줄여도 그렇습니다. 적중률을 ${needed}% 이상으로 높이면 용량 안에 들어옵니다.`,
                },
        };
        continue;
      }

      // No cache in front: name one the design already has, or the kind to add.
      let candidate = candidates.get(advice);
      if (!candidates.has(advice)) {
        // The cache with the smallest id (the first of them in the document) whose mode can front this store.
        for (const n of ctx.design.nodes) {
          const f = trafficFacet(n.kind);
          const mode = f?.role === 'cache' ? f.cacheMode?.(trafficProps(n)) : undefined;
          if (mode !== undefined && advice.modes.includes(mode) && (candidate === undefined || n.id < candidate.id)) candidate = n;
        }
        candidates.set(advice, candidate);
      }
      const h = hitRatioOf(candidate, advice.addKind);
      const after = reads * (1 - h) + t.writes;
      const afterUtilization = utilizationWith(hint, reads, t.writes, h);
      const mode = candidate ? trafficFacet(candidate.kind)?.cacheMode?.(trafficProps(candidate)) : undefined;
      const who = callerNames || { en: 'its callers', ko: '호출하는 쪽' };
      const whoEn = typeof who === 'string' ? who : who.en;
      const whoKo = typeof who === 'string' ? who : who.ko;
      const action: I18n = !candidate
        ? { en: `Add ${advice.addWhat.en}`, ko: `${advice.addWhat.ko}을(를) 추가하세요` }
        : mode === 'read-through'
          ? { en: `Send ${whoEn}’s calls through ${q(candidate)}`, ko: `${whoKo}의 호출이 ${q(candidate)}을(를) 거치게 하세요` }
          : { en: `Have ${whoEn} use ${q(candidate)} (cache-aside)`, ko: `${whoKo}이(가) ${q(candidate)}을(를) 사용하게 하세요(캐시 어사이드)` };
      const verdict: I18n = fits(afterUtilization)
        ? { en: `within its capacity (${pct(afterUtilization)})`, ko: `용량 안에 들어옵니다(${pct(afterUtilization)}).` }
        : { en: `still ${ofCapacity(afterUtilization).en}: also give it more capacity`, ko: `여전히 ${ofCapacity(afterUtilization).ko}이니 용량도 늘리세요.` };
      yield {
        nodes: candidate ? [...base.nodes, candidate.id] : base.nodes,
        edges: base.edges,
        message: {
          en: `${load.en}, with no cache in front. ${action.en}: at a ${grouped(h * 100)}% hit ratio it would absorb ${grouped(reads * h)} reads/s and leave ${grouped(after)}/s, ${verdict.en}.`,
          ko: `${load.ko}. 앞단에 캐시가 없습니다. ${action.ko}. 적중률 ${grouped(h * 100)}%라면 읽기 초당 ${grouped(reads * h)}건을 흡수하고 초당 ${grouped(after)}건이 남아 ${verdict.ko}`,
        },
      };
    }
  },
};

/** The hit ratio (0–1) of an existing cache, or the default of the kind to add. */
function hitRatioOf(cache: DesignNode | undefined, addKind: string): number {
  if (cache) {
    const f = trafficFacet(cache.kind);
    return Math.min(100, Math.max(0, f?.hitRatio?.(trafficProps(cache)) ?? 0)) / 100;
  }
  const spec = trafficNodeProps(addKind)['hitRatio'];
  return spec?.type === 'integer' ? spec.default / 100 : 0;
}
