/**
 * UI strings in English and Korean. Catalog texts (names, descriptions, props) come from the
 * core catalog; this file holds the app's own words. Korean follows the course chapter's terms.
 */
import type { Locale } from '@stackcanvas/core';

export const UI = {
  appTitle: { en: 'Stackcanvas', ko: 'Stackcanvas' },
  palette: { en: 'Components', ko: '구성 요소' },
  diagnostics: { en: 'Diagnostics', ko: '진단' },
  template: { en: 'Template', ko: '템플릿' },
  cdk: { en: 'CDK', ko: 'CDK' },
  share: { en: 'Share', ko: '공유' },
  inspector: { en: 'Inspector', ko: '속성' },
  comingSoon: { en: 'Not available yet.', ko: '아직 사용할 수 없습니다.' },
  language: { en: 'Language', ko: '언어' },
  vpc: { en: 'VPC', ko: 'VPC' },
} as const;

export type UiKey = keyof typeof UI;

export function t(key: UiKey, locale: Locale): string {
  return UI[key][locale];
}

/** The browser's language when it is Korean, else English. */
export function browserLocale(): Locale {
  const langs = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}
