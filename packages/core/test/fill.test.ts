import { describe, expect, it } from 'vitest';
import { bothForms, fillTemplate, PARTICLES, pickParticle, renderMessage, coreMessage } from '../src/index';

const text = (v: unknown) => String(v);

describe('fillTemplate', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(fillTemplate('{a} and {b}', { a: 'x' }, text)).toBe('x and {b}');
    expect(fillTemplate('no params', undefined, text)).toBe('no params');
  });

  it('chooses the particle with the picker it is given', () => {
    expect(fillTemplate('{label}을/를 지웁니다', { label: '세션' }, text, pickParticle)).toBe('세션을 지웁니다');
    expect(fillTemplate('{label}을/를 지웁니다', { label: '캐시' }, text, pickParticle)).toBe('캐시를 지웁니다');
    expect(fillTemplate('“{label}”으로/로 보냅니다', { label: '테이블' }, text, pickParticle)).toBe('“테이블”로 보냅니다');
  });

  it('writes both forms without a picker, never one that may be wrong', () => {
    expect(fillTemplate('{label}을/를 지웁니다', { label: '세션' }, text)).toBe('세션을(를) 지웁니다');
    expect(fillTemplate('{label}이/가 없습니다', { label: '캐시' }, text)).toBe('캐시이(가) 없습니다');
    expect(fillTemplate('{label}으로/로 보냅니다', { label: '캐시' }, text)).toBe('캐시(으)로 보냅니다');
  });
});

describe('bothForms', () => {
  it('writes every pair the Korean way', () => {
    const written = Object.fromEntries(PARTICLES.map((p) => [p, bothForms('', p)]));
    expect(written).toEqual({
      '이/가': '이(가)',
      '을/를': '을(를)',
      '은/는': '은(는)',
      '과/와': '과(와)',
      '으로/로': '(으)로',
      '이나/나': '(이)나',
      '이랑/랑': '(이)랑',
      '이라/라': '(이)라',
      '이에요/예요': '이에요(예요)',
      '으로서/로서': '(으)로서',
      '으로써/로써': '(으)로써',
      '으로부터/로부터': '(으)로부터',
      '아/야': '아(야)',
    });
  });
});

describe("core's own messages", () => {
  it('choose their Korean particles (the CLI prints them)', () => {
    expect(renderMessage(coreMessage('SC-I003', { what: '파일' }), 'ko')).toBe('파일이 비어 있습니다');
    expect(renderMessage(coreMessage('SC-I003', { what: '템플릿' }), 'ko')).toBe('템플릿이 비어 있습니다');
    expect(renderMessage(coreMessage('SC-I003', { what: '설계 문서' }), 'ko')).toBe('설계 문서가 비어 있습니다');
  });
});
