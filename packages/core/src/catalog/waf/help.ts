import type { KindHelp } from '../kind';

/** The help texts of the waf kind's props (the inspector's and `docs/components.md`'s), loaded on demand. */
export const help: KindHelp = {
  props: {
    rateLimit: {
      en: 'Block an IP address that sends more requests than this in five minutes.',
      ko: '5분 동안 이보다 많은 요청을 보낸 IP 주소를 차단합니다.',
    },
    commonRuleSet: {
      en: 'AWS managed rules against common web exploits (OWASP Top 10).',
      ko: '일반적인 웹 공격(OWASP Top 10)을 막는 AWS 관리형 규칙입니다.',
    },
    knownBadInputs: {
      en: 'AWS managed rules that block request patterns known to be malicious.',
      ko: '악성으로 알려진 요청 패턴을 차단하는 AWS 관리형 규칙입니다.',
    },
    ipReputation: {
      en: 'AWS managed rules that block addresses known for bots and threats.',
      ko: '봇과 위협으로 알려진 주소를 차단하는 AWS 관리형 규칙입니다.',
    },
  },
};
