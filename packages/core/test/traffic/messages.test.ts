/** The per-cache summary sentences, with the reference numbers worked out in model.test.ts. */
import { describe, expect, it } from 'vitest';
import { REFERENCE_DESIGN } from '../../src/index';
import { computeTraffic, formatPercent, formatRate, formatSummary, SUMMARY_TEXTS, trafficSummaries } from '../../src/traffic/index';

describe('summary sentences', () => {
  const result = computeTraffic(REFERENCE_DESIGN);
  const summaries = trafficSummaries(REFERENCE_DESIGN, result);

  it('one per cache of the reference architecture, in request-path order, in English', () => {
    // CDN: 41,000 of 50,000 answered (82 %), 9,000 forwarded (18 % of all requests).
    // Query cache: 6,300 × 0.9 = 5,670 reads saved; the database sees 1,330 = 2.66 % → 2.7 %.
    // DAX: 5,985 hits of 6,650 reads (90 %); the table sees 1,015 = 2.03 % → 2 %.
    expect(summaries.map((s) => formatSummary(s, 'en'))).toEqual([
      '“CDN” served 82% of its requests at the edge (41,000/s); its origins receive 18% of all requests.',
      '“Session Store” answers all 7,000 session calls/s itself; no session lives on an instance.',
      '“Query Cache” took 5,670 reads/s off “Orders DB” (90% of its reads); “Orders DB” sees 2.7% of all requests (1,330/s).',
      '“Catalog DAX” answered 90% of its reads (5,985/s); “Catalog Table” sees 2% of all requests (1,015/s).',
    ]);
    expect(summaries.map((s) => [s.id, s.node, s.store])).toEqual([
      ['edge-cache', 'cdn', undefined],
      ['session-store', 'sessions', undefined],
      ['cache-aside', 'querycache', 'db'],
      ['read-through', 'dax', 'table'],
    ]);
  });

  it('and in Korean', () => {
    expect(summaries.map((s) => formatSummary(s, 'ko'))).toEqual([
      '“CDN”: 요청의 82%를 엣지에서 처리했습니다(초당 41,000건). 오리진에는 전체 요청의 18%가 전달됩니다.',
      '“Session Store”: 세션 호출 초당 7,000건을 모두 직접 처리합니다. 세션은 인스턴스에 남지 않습니다.',
      '“Query Cache”: “Orders DB”의 읽기를 초당 5,670건(90%) 줄였습니다. “Orders DB”에는 전체 요청의 2.7%가 도달합니다(초당 1,330건).',
      '“Catalog DAX”: 읽기의 90%를 캐시에서 응답했습니다(초당 5,985건). “Catalog Table”에는 전체 요청의 2%가 도달합니다(초당 1,015건).',
    ]);
  });

  it('every text uses only parameters its summaries carry, in both languages', () => {
    for (const s of summaries) {
      for (const locale of ['en', 'ko'] as const) {
        const names = [...SUMMARY_TEXTS[s.id][locale].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        for (const name of names) expect(s.params, `${s.id} ${locale} {${name}}`).toHaveProperty(name);
      }
    }
  });

  it('formats rates and percentages', () => {
    expect([0, 2.34, 41_000, 1_234_567.8].map(formatRate)).toEqual(['0', '2.3', '41,000', '1,234,568']);
    expect([0, 0.0004, 0.012, 0.85, 0.995, 0.9996, 1].map(formatPercent)).toEqual(['0%', '<0.1%', '1.2%', '85%', '99.5%', '99.9%', '100%']);
  });

  it('says nothing about a cache no traffic reaches', () => {
    const quiet = computeTraffic(REFERENCE_DESIGN, { entryRps: 0 });
    expect(trafficSummaries(REFERENCE_DESIGN, quiet).map((s) => s.id)).not.toContain('edge-cache');
  });
});
