/**
 * One summary sentence per cache, in English and Korean, as data the UI can show: a message id,
 * the node it is about and its parameters; `formatSummary` fills the text in. Parameter names
 * ending in `Pct` are fractions shown as percentages, other numbers are rates per second, strings
 * are component names. Percentages "of all requests" are of the entry rate.
 */
import type { I18n, Locale } from '../catalog/types';
import type { Design } from '../model/types';
import type { TrafficResult } from './model';
import { grouped } from './specs';

export type SummaryId = 'edge-cache' | 'api-cache' | 'read-through' | 'cache-aside' | 'session-store';

export const SUMMARY_TEXTS: Readonly<Record<SummaryId, I18n>> = {
  'edge-cache': {
    en: '{cache} served {servedPct} of its requests at the edge ({served}/s); its origins receive {originPct} of all requests.',
    ko: '{cache}: 요청의 {servedPct}를 엣지에서 처리했습니다(초당 {served}건). 오리진에는 전체 요청의 {originPct}가 전달됩니다.',
  },
  'api-cache': {
    en: '{cache} served {servedPct} of its requests from the stage cache ({served}/s); its integrations receive {originPct} of all requests.',
    ko: '{cache}: 요청의 {servedPct}를 스테이지 캐시에서 처리했습니다(초당 {served}건). 통합 대상에는 전체 요청의 {originPct}가 전달됩니다.',
  },
  'read-through': {
    en: '{cache} answered {hitPct} of its reads ({hits}/s); {store} sees {storePct} of all requests ({storeRps}/s).',
    ko: '{cache}: 읽기의 {hitPct}를 캐시에서 응답했습니다(초당 {hits}건). {store}에는 전체 요청의 {storePct}가 도달합니다(초당 {storeRps}건).',
  },
  'cache-aside': {
    en: '{cache} took {saved} reads/s off {store} ({hitPct} of its reads); {store} sees {storePct} of all requests ({storeRps}/s).',
    ko: '{cache}: {store}의 읽기를 초당 {saved}건({hitPct}) 줄였습니다. {store}에는 전체 요청의 {storePct}가 도달합니다(초당 {storeRps}건).',
  },
  'session-store': {
    en: '{cache} answers all {rps} session calls/s itself; no session lives on an instance.',
    ko: '{cache}: 세션 호출 초당 {rps}건을 모두 직접 처리합니다. 세션은 인스턴스에 남지 않습니다.',
  },
};

export interface TrafficSummary {
  readonly id: SummaryId;
  /** The cache the sentence is about. */
  readonly node: string;
  /** The data store it is about, when there is one. */
  readonly store?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The summary sentences of a result: one per edge cache, API stage cache and session store, one
 * per (cache, data store) pair for DAX and query caches; in request-path order.
 */
export function trafficSummaries(design: Design, result: TrafficResult): TrafficSummary[] {
  const out: TrafficSummary[] = [];
  const labels = new Map<string, string | undefined>();
  for (const n of design.nodes) if (!labels.has(n.id)) labels.set(n.id, n.label);
  // “Label” or “id”, as the rules name components.
  const nameOf = (id: string) => `“${labels.get(id) ?? id}”`;
  const ofAll = (rps: number) => (result.entryRps > 0 ? rps / result.entryRps : 0);
  for (const id of result.order) {
    const t = result.nodes.get(id)!;
    const cache = nameOf(id);
    if (t.role === 'edge-cache' || t.role === 'api') {
      if (t.rps <= 0) continue;
      out.push({
        id: t.role === 'api' ? 'api-cache' : 'edge-cache',
        node: id,
        params: { cache, servedPct: t.absorbed / t.rps, served: t.absorbed, originPct: ofAll(t.forwarded) },
      });
    } else if (t.role === 'cache' && t.cacheMode === 'store') {
      out.push({ id: 'session-store', node: id, params: { cache, rps: t.rps } });
    } else if (t.role === 'cache') {
      // Several savings rows for one (cache, store) pair add up (a cache-aside cache at several callers).
      const byStore = new Map<string, { reads: number; hitRatio: number }>();
      for (const s of result.savings) {
        if (s.cache !== id) continue;
        const prev = byStore.get(s.store);
        byStore.set(s.store, { reads: (prev?.reads ?? 0) + s.reads, hitRatio: s.hitRatio });
      }
      for (const [storeId, saving] of [...byStore].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const store = result.nodes.get(storeId)!;
        const common = { cache, store: nameOf(storeId), storePct: ofAll(store.rps), storeRps: store.rps };
        out.push(
          t.cacheMode === 'read-through'
            ? { id: 'read-through', node: id, store: storeId, params: { ...common, hitPct: saving.hitRatio, hits: saving.reads } }
            : { id: 'cache-aside', node: id, store: storeId, params: { ...common, hitPct: saving.hitRatio, saved: saving.reads } },
        );
      }
    }
  }
  return out;
}

/** A rate per second as text: whole numbers with grouping, one decimal below 10. */
export function formatRate(rps: number): string {
  if (rps > 0 && rps < 9.95) return String(Math.round(rps * 10) / 10);
  return grouped(rps);
}

/** A fraction as a percentage: "82%", "2.7%", "99.5%", "<0.1%". */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  if (p <= 0) return '0%';
  if (p < 0.1) return '<0.1%';
  if (p >= 100) return '100%';
  if (p < 9.95 || p > 99) return `${Math.min(99.9, Math.round(p * 10) / 10)}%`;
  return `${Math.round(p)}%`;
}

/** The sentence of a summary in `locale`. */
export function formatSummary(summary: TrafficSummary, locale: Locale): string {
  return SUMMARY_TEXTS[summary.id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = summary.params[name];
    if (v === undefined) return whole;
    if (typeof v === 'string') return v;
    return name.endsWith('Pct') ? formatPercent(v) : formatRate(v);
  });
}
