/**
 * `t()` over the two tables: keys and parameters checked by types (the `@ts-expect-error` lines
 * fail `pnpm typecheck` if they ever compile), placeholders filled, Korean particles chosen by how
 * the value ends (a Korean label, a Latin one, a number), and core's messages rendered.
 */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { browserLocale, coreText, createT, fill, flowAriaLabels, msg, renderCoreMessage, renderText, translate, type MessageTable } from './index';
import { catalog, EXAMPLES, finalSound, PARTICLES, pickParticle, RULES, validate, type DesignNode } from '@stackcanvas/core';
import { ko } from './ko';
import { withLabels } from './labels';
import { settleParticles } from './particles';

const KEYS = Object.keys(en) as (keyof typeof en)[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('types', () => {
  it('a key that is not in the tables, a missing or an unknown parameter do not compile', () => {
    const t = createT('en');
    // @ts-expect-error 'noSuchKey' is not a message key
    expect(t('noSuchKey')).toBe('noSuchKey');
    // @ts-expect-error confirmDelete needs { name }
    t('confirmDelete');
    // @ts-expect-error 'label' is not a parameter of confirmDelete
    t('confirmDelete', { label: 'x' });
    // @ts-expect-error undo takes no parameters
    t('undo', { n: 1 });
    expect(t('confirmDelete', { name: 'x' })).toBe('Delete "x"? This cannot be undone.');
  });

  it('a Korean table without a key does not compile', () => {
    const { undo: _undo, ...withoutUndo } = ko;
    // @ts-expect-error `undo` is missing
    const table: MessageTable = withoutUndo;
    expect(Object.keys(table)).toHaveLength(KEYS.length - 1);
    expect(Object.keys(ko).sort()).toEqual([...KEYS].sort());
  });

  it('both languages use the same placeholders, except where Korean says more', () => {
    const differ = KEYS.filter((k) => placeholders(en[k]).join() !== placeholders(ko[k]).join());
    // Korean leads an import refusal with its meaning; English has it in core's detail.
    expect(differ).toEqual(['importFailed']);
    expect(placeholders(ko.importFailed)).toEqual(['detail', 'file', 'lead']);
  });
});

describe('every message renders fully', () => {
  it.each(['en', 'ko'] as const)('%s: no placeholder left, never both forms of a particle', (locale) => {
    for (const key of KEYS) {
      const params = Object.fromEntries([...placeholders(en[key]), ...placeholders(ko[key])].map((p) => [p, '세션']));
      const text = translate(locale, key, params);
      expect(text, key).not.toMatch(/\{\w+\}/);
      for (const pair of PARTICLES) expect(text, key).not.toContain(pair);
      expect(text, key).not.toMatch(/\((은|는|이|가|을|를|과|와|으로|로)\)/);
    }
  });
});

describe('Korean terms', () => {
  const all = Object.values(ko).join('\n');
  it('one term per concept, as the course chapter: 구성 요소 and 설계, never 컴포넌트 or 디자인', () => {
    expect(all).toContain('구성 요소');
    expect(all).toContain('설계');
    expect(all).not.toMatch(/컴포넌트|디자인|untitled/i);
  });
  it("core's Korean texts the app shows (catalog, rules, rule messages on every example) keep to the same terms", () => {
    const texts: string[] = [];
    const collect = (v: unknown, seen = new Set<unknown>()): void => {
      if (!v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      for (const [k, x] of Object.entries(v)) {
        if (k === 'ko' && typeof x === 'string') texts.push(x);
        else collect(x, seen);
      }
    };
    collect(catalog);
    collect(RULES);
    for (const example of EXAMPLES) collect(validate(example.design));
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(text).not.toMatch(/컴포넌트|디자인/);
  });
  it('a blank design is not named "untitled" in Korean', () => {
    expect(ko.blankDesignName).toBe('새 설계');
  });
});

describe('particles', () => {
  const forms = (word: string) => ['을/를', '은/는', '이/가', '과/와', '으로/로'].map((p) => pickParticle(word, p as (typeof PARTICLES)[number])).join(' ');

  it('a Korean label ending in a consonant, in a vowel, in ㄹ', () => {
    expect(forms('세션')).toBe('을 은 이 과 으로');
    expect(forms('캐시')).toBe('를 는 가 와 로');
    expect(forms('테이블')).toBe('을 은 이 과 로'); // ㄹ takes 로, not 으로
  });

  it('Latin acronyms are spelled: only L, M, N, R end in a consonant', () => {
    expect(forms('WAF')).toBe('를 는 가 와 로'); // 에프
    expect(forms('DB')).toBe('를 는 가 와 로'); // 디비
    expect(forms('Orders DB')).toBe('를 는 가 와 로');
    expect(forms('RDS')).toBe('를 는 가 와 로'); // 에스
    expect(forms('SQL')).toBe('을 은 이 과 로'); // 엘
    expect(forms('CDN')).toBe('을 은 이 과 으로'); // 엔
  });

  it('Latin words are read as loanwords', () => {
    expect(forms('Cache')).toBe('를 는 가 와 로'); // 캐시
    expect(forms('Session Store')).toBe('를 는 가 와 로'); // 스토어
    expect(forms('Web')).toBe('을 은 이 과 으로'); // 웹
    expect(forms('Origin')).toBe('을 은 이 과 으로'); // 오리진
    expect(forms('Table')).toBe('을 은 이 과 로'); // 테이블
    expect(forms('App')).toBe('을 은 이 과 으로'); // 앱
    expect(forms('Front')).toBe('를 는 가 와 로'); // 프런트
    expect(forms('Redis')).toBe('를 는 가 와 로'); // 레디스
  });

  it('numbers are read in Korean, or in English right after Latin letters', () => {
    expect(forms('서버 3')).toBe('을 은 이 과 으로'); // 삼
    expect(forms('서버 2')).toBe('를 는 가 와 로'); // 이
    expect(forms('캐시 10')).toBe('을 은 이 과 으로'); // 십
    expect(forms('1')).toBe('을 은 이 과 로'); // 일: ㄹ
    expect(forms('S3')).toBe('를 는 가 와 로'); // 에스쓰리
    expect(forms('Route 53')).toBe('을 은 이 과 으로'); // 오십삼: a space, so Korean
  });

  it('trailing quotes, brackets and punctuation are skipped; nothing readable counts as a vowel', () => {
    expect(forms('"캐시"')).toBe('를 는 가 와 로');
    expect(forms('웹 서버 (2)')).toBe('를 는 가 와 로');
    expect(forms('세션!')).toBe('을 은 이 과 으로');
    expect(finalSound('')).toBe('vowel');
    expect(finalSound('→')).toBe('vowel');
  });

  it('t() keeps one form, chosen by the value, also after a closing quote', () => {
    const t = createT('ko');
    expect(t('selfEdge', { label: '세션' })).toBe('세션은 자기 자신에 연결할 수 없습니다.');
    expect(t('selfEdge', { label: '캐시' })).toBe('캐시는 자기 자신에 연결할 수 없습니다.');
    expect(t('confirmDelete', { name: '세션' })).toBe('"세션"을 삭제할까요? 되돌릴 수 없습니다.');
    expect(t('confirmDelete', { name: 'web-caching' })).toBe('"web-caching"을 삭제할까요? 되돌릴 수 없습니다.'); // 캐싱: ng
    expect(t('edgeAria', { source: 'CDN', target: 'Web ALB', meaning: '대상' })).toBe('CDN에서 Web ALB로 가는 연결: 대상');
    expect(t('duplicateEdge', { source: 'WAF', target: 'DB' })).toBe('WAF와 DB는 이미 연결되어 있습니다.');
  });
});

describe('rendering', () => {
  it('parameters in the language shown: catalog names and nested messages', () => {
    const m = msg('refusedConnection', { source: { en: 'Amazon RDS', ko: 'Amazon RDS' }, target: '세션', hint: { en: 'Only X.', ko: 'X만 됩니다.' } });
    expect(renderText(m, 'en')).toBe('Amazon RDS cannot connect to 세션: Only X.');
    expect(renderText(m, 'ko')).toBe('Amazon RDS는 세션에 연결할 수 없습니다. X만 됩니다.');
    const nested = msg('shareOpenFailed', { detail: msg('storageUnavailable') });
    expect(renderText(nested, 'ko')).toBe('공유 링크를 열 수 없습니다: 브라우저 저장소를 사용할 수 없습니다');
  });

  it('a core message object (code, params, en, ko) in either language', () => {
    const core = {
      code: 'SC-IMPORT-001',
      params: { label: '세션', n: 3 },
      en: '{label} has {n} problems',
      ko: '{label}에 문제가 {n}개 있습니다: {label}이/가 고장났습니다',
    };
    expect(renderCoreMessage(core, 'en')).toBe('세션 has 3 problems');
    expect(renderCoreMessage(core, 'ko')).toBe('세션에 문제가 3개 있습니다: 세션이 고장났습니다');
    expect(renderText(core, 'ko')).toBe(renderCoreMessage(core, 'ko'));
    // Already-rendered text (no params) is shown as it is, braces included.
    expect(renderCoreMessage({ en: 'at {x}', ko: '{x}에서' }, 'ko')).toBe('{x}에서');
  });

  it('an unknown placeholder is left visible rather than dropped', () => {
    expect(fill('{a} and {b}', { a: 'A' }, 'en')).toBe('A and {b}');
  });

  it('React Flow texts in Korean, the move announcement with its particle', () => {
    const labels = flowAriaLabels(createT('ko'));
    expect(labels['node.a11yDescription.ariaLiveMessage']!({ direction: 'right', x: 10, y: 20 })).toBe(
      '선택한 구성 요소를 오른쪽으로 옮겼습니다. 새 위치 x: 10, y: 20',
    );
    expect(labels['minimap.ariaLabel']).toBe('미니맵');
    expect(flowAriaLabels(createT('en'))['handle.ariaLabel']).toBe('Connection handle');
  });

  it('the browser language decides at first', () => {
    expect(browserLocale(['ko-KR', 'en'])).toBe('ko');
    expect(browserLocale(['en-GB', 'ko'])).toBe('ko');
    expect(browserLocale(['de'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});

describe("core's texts with both forms of a particle", () => {
  it('keep the one form that fits the word before, after a closing quote too', () => {
    expect(settleParticles('“Edge WAF”은(는) “CDN”을(를) 보호하므로', pickParticle)).toBe('“Edge WAF”는 “CDN”을 보호하므로');
    expect(settleParticles('“세션 저장소”이(가) 어디에도', pickParticle)).toBe('“세션 저장소”가 어디에도');
    expect(settleParticles('“주문 DB”을(를) 읽는', pickParticle)).toBe('“주문 DB”를 읽는');
    expect(settleParticles('“테이블”(으)로 가는 “캐시”과(와)', pickParticle)).toBe('“테이블”로 가는 “캐시”와');
    expect(settleParticles('“Origin”은(는)', pickParticle)).toBe('“Origin”은');
    expect(settleParticles('공유 링크 형식 2은(는)', pickParticle)).toBe('공유 링크 형식 2는');
  });
  it('a rule message shown in Korean never has both forms; English is left as it is', () => {
    const message = { en: '“waf” is (are) fine', ko: '“Edge WAF”이(가) 배포나 로드 밸런서에 연결되어 있지 않습니다.' };
    expect(coreText(message, 'ko')).toBe('“Edge WAF”가 배포나 로드 밸런서에 연결되어 있지 않습니다.');
    expect(coreText(message, 'en')).toBe('“waf” is (are) fine');
    expect(renderCoreMessage({ code: 'x', en: 'x', ko: '“{name}”은(는) 안 됩니다', params: { name: '세션' } }, 'ko')).toBe('“세션”은 안 됩니다');
  });
});

describe("core's texts name components as the canvas does", () => {
  const nodes = [
    { id: 'bucket', kind: 's3', position: { x: 0, y: 0 }, props: {} },
    { id: 'cache', kind: 'elasticache', label: '세션', position: { x: 0, y: 0 }, props: {} },
  ] as const satisfies readonly DesignNode[];
  it('a quoted id of a node without a label becomes its kind name, and the particle fits that name', () => {
    const ko = '“bucket”이(가) 어디에도 연결되어 있지 않습니다.';
    expect(coreText(withLabels(ko, nodes, 'ko'), 'ko')).toBe('“Amazon S3”가 어디에도 연결되어 있지 않습니다.');
    expect(withLabels('“bucket” is not connected to anything.', nodes, 'en')).toBe('“Amazon S3” is not connected to anything.');
  });
  it('labels, unknown ids and unquoted words are left as they are', () => {
    expect(withLabels('“세션”은(는) “cache” “edge-1” bucket', nodes, 'ko')).toBe('“세션”은(는) “cache” “edge-1” bucket');
  });
});
