/** The share feature's own UI strings (en/ko); Korean follows the course chapter's terms. */
import type { Locale } from '@stackcanvas/core';

const TEXT = {
  makeLink: { en: 'Make share link', ko: '공유 링크 만들기' },
  intro: {
    en: 'The link holds the whole design; nothing is uploaded. Whoever opens it gets their own copy as a new design.',
    ko: '링크에 설계 전체가 들어 있으며 아무것도 업로드되지 않습니다. 링크를 연 사람은 자신의 새 설계로 사본을 받습니다.',
  },
  urlLabel: { en: 'Share link', ko: '공유 링크' },
  length: { en: '{n} characters', ko: '{n}자' },
  copied: { en: 'Copied to the clipboard.', ko: '클립보드에 복사했습니다.' },
  copyFailed: {
    en: 'The browser did not allow copying; the link is selected, press Ctrl+C (⌘C) to copy it.',
    ko: '브라우저가 복사를 허용하지 않았습니다. 링크가 선택되어 있으니 Ctrl+C(⌘C)로 복사하세요.',
  },
  copy: { en: 'Copy', ko: '복사' },
  stale: {
    en: 'The design changed after this link was made; make it again to share the changes.',
    ko: '링크를 만든 뒤 설계가 바뀌었습니다. 변경 내용을 공유하려면 링크를 다시 만드세요.',
  },
  long: {
    en: 'This link is long; some chat and mail apps cut long links. Share the design file if it does not open.',
    ko: '링크가 깁니다. 일부 메신저나 메일 앱은 긴 링크를 자릅니다. 열리지 않으면 설계 파일을 공유하세요.',
  },
  openFailed: { en: 'Could not open the shared link', ko: '공유 링크를 열 수 없습니다' },
  makeFailed: { en: 'Could not make a share link', ko: '공유 링크를 만들 수 없습니다' },
} as const;

export type ShareTextKey = keyof typeof TEXT;

export function shareText(key: ShareTextKey, locale: Locale, vars: Readonly<Record<string, string | number>> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
