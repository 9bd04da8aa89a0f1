/**
 * UI strings in English and Korean. Catalog texts (names, descriptions, props) come from the
 * core catalog; this file holds the app's own words. Korean follows the course chapter's terms.
 */
import type { Locale } from '@stackcanvas/core';
import type { AriaLabelConfig } from '@xyflow/react';

export const UI = {
  appTitle: { en: 'Stackcanvas', ko: 'Stackcanvas' },
  palette: { en: 'Components', ko: '구성 요소' },
  paletteSearch: { en: 'Search components', ko: '구성 요소 검색' },
  paletteEmpty: { en: 'No component matches.', ko: '일치하는 구성 요소가 없습니다.' },
  paletteHint: { en: 'Drag onto the canvas, or press Enter to add at the centre.', ko: '캔버스로 끌어다 놓거나 Enter 키로 가운데에 추가하세요.' },
  diagnostics: { en: 'Diagnostics', ko: '진단' },
  template: { en: 'Template', ko: '템플릿' },
  cdk: { en: 'CDK', ko: 'CDK' },
  share: { en: 'Share', ko: '공유' },
  inspector: { en: 'Inspector', ko: '속성' },
  comingSoon: { en: 'Not available yet.', ko: '아직 사용할 수 없습니다.' },
  language: { en: 'Language', ko: '언어' },
  vpc: { en: 'VPC', ko: 'VPC' },
  vpcTitle: { en: 'VPC (private network)', ko: 'VPC(가상 사설 네트워크)' },
  outsideVpc: { en: 'outside VPC', ko: 'VPC 외부' },
  outsideVpcHelp: {
    en: 'This service does not live in the VPC; it is only drawn over the frame. Move it out, or use Auto-layout.',
    ko: '이 서비스는 VPC 안에 있지 않으며 프레임 위에 그려졌을 뿐입니다. 밖으로 옮기거나 자동 배치를 사용하세요.',
  },

  // inspector
  nothingSelected: { en: 'Select a component or a connection to edit it.', ko: '편집할 구성 요소나 연결을 선택하세요.' },
  manySelected: { en: '{n} items selected.', ko: '{n}개 항목이 선택되었습니다.' },
  label: { en: 'Label', ko: '이름' },
  labelHelp: {
    en: 'Shown on the canvas; logical ids in the template are derived from it.',
    ko: '캔버스에 표시되며, 템플릿의 논리적 ID가 여기서 만들어집니다.',
  },
  nodeId: { en: 'Id', ko: 'ID' },
  connection: { en: 'Connection', ko: '연결' },
  docs: { en: 'AWS documentation', ko: 'AWS 문서' },
  noProps: { en: 'This connection has no settings.', ko: '이 연결에는 설정이 없습니다.' },
  errInteger: { en: 'Enter a whole number from {min} to {max}.', ko: '{min}부터 {max}까지의 정수를 입력하세요.' },
  errTooLong: { en: 'At most {max} characters.', ko: '최대 {max}자까지 입력할 수 있습니다.' },
  errPattern: { en: 'Not allowed here.', ko: '허용되지 않는 값입니다.' },
  errJson: { en: 'Not valid JSON: {detail}', ko: '올바른 JSON이 아닙니다: {detail}' },
  errRequired: { en: 'A value is required.', ko: '값을 입력해야 합니다.' },
  defaultValue: { en: 'default: {value}', ko: '기본값: {value}' },
  range: { en: '{min}–{max}', ko: '{min}–{max}' },

  // toolbar and actions
  undo: { en: 'Undo', ko: '실행 취소' },
  redo: { en: 'Redo', ko: '다시 실행' },
  autoLayout: { en: 'Auto-layout', ko: '자동 배치' },
  fitView: { en: 'Zoom to fit', ko: '화면에 맞추기' },
  snap: { en: 'Snap to grid', ko: '격자에 맞추기' },
  designs: { en: 'Designs', ko: '설계 목록' },
  designName: { en: 'Design name', ko: '설계 이름' },
  exportMenu: { en: 'Export', ko: '내보내기' },
  exportDesign: { en: 'Design file (.stackcanvas.json)', ko: '설계 파일(.stackcanvas.json)' },
  exportPng: { en: 'Image (PNG)', ko: '이미지(PNG)' },
  exportSvg: { en: 'Image (SVG)', ko: '이미지(SVG)' },
  exportFailed: { en: 'Export failed', ko: '내보내기에 실패했습니다' },
  copy: { en: 'Copy', ko: '복사' },
  paste: { en: 'Paste', ko: '붙여넣기' },
  duplicate: { en: 'Duplicate', ko: '복제' },
  delete: { en: 'Delete', ko: '삭제' },
  zoomTo: { en: 'Zoom to', ko: '확대해서 보기' },
  selectAll: { en: 'Select all', ko: '모두 선택' },
  theme: { en: 'Theme', ko: '테마' },
  themeSystem: { en: 'System', ko: '시스템 설정' },
  themeLight: { en: 'Light', ko: '라이트' },
  themeDark: { en: 'Dark', ko: '다크' },
  shortcuts: {
    en: 'Shortcuts: Delete · Ctrl/⌘+C, V, D · Ctrl/⌘+Z, Shift+Z, Y · Ctrl/⌘+A · arrows nudge (Shift: 1 px) · Shift+1 zoom to fit',
    ko: '단축키: Delete · Ctrl/⌘+C, V, D · Ctrl/⌘+Z, Shift+Z, Y · Ctrl/⌘+A · 화살표로 이동(Shift: 1px) · Shift+1 화면에 맞추기',
  },

  // designs dialog
  savedDesigns: { en: 'Saved designs', ko: '저장된 설계' },
  current: { en: 'current', ko: '현재' },
  open: { en: 'Open', ko: '열기' },
  rename: { en: 'Rename', ko: '이름 바꾸기' },
  confirmDelete: { en: 'Delete "{name}"? This cannot be undone.', ko: '"{name}"을(를) 삭제할까요? 되돌릴 수 없습니다.' },
  cancel: { en: 'Cancel', ko: '취소' },
  close: { en: 'Close', ko: '닫기' },
  save: { en: 'Save', ko: '저장' },
  newFromTemplate: { en: 'New from template', ko: '템플릿에서 새로 만들기' },
  newBlank: { en: 'Blank design', ko: '빈 설계' },
  blankSummary: { en: 'An empty canvas.', ko: '빈 캔버스입니다.' },
  updated: { en: 'saved {when}', ko: '{when} 저장됨' },
  autosaved: { en: 'Saved automatically', ko: '자동 저장됨' },

  // messages
  saveFailed: { en: 'Could not save the design', ko: '설계를 저장하지 못했습니다' },
  openFailed: { en: 'Could not open the saved design', ko: '저장된 설계를 열지 못했습니다' },
  duplicateEdge: { en: 'These two components are already connected.', ko: '두 구성 요소는 이미 연결되어 있습니다.' },
  selfEdge: { en: 'A component cannot connect to itself.', ko: '구성 요소를 자기 자신에 연결할 수 없습니다.' },
  layoutFailed: { en: 'Auto-layout failed', ko: '자동 배치에 실패했습니다' },
  dismiss: { en: 'Dismiss', ko: '닫기' },
  canvasLabel: { en: 'Design canvas', ko: '설계 캔버스' },
} as const;

export type UiKey = keyof typeof UI;

/** The UI text `key` in `locale`, with `{name}` placeholders filled from `vars` (as text). */
export function t(key: UiKey, locale: Locale, vars?: Readonly<Record<string, string | number>>): string {
  const text: string = UI[key][locale];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The browser's language when it is Korean, else English. */
export function browserLocale(): Locale {
  const langs = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

/** React Flow's own accessible labels, in both languages. */
export const FLOW_ARIA: Readonly<Record<Locale, Partial<AriaLabelConfig>>> = {
  en: {
    'node.a11yDescription.default': 'Press Enter or Space to select a component. Press Delete to remove it and Escape to cancel.',
    'node.a11yDescription.keyboardDisabled':
      'Press Enter or Space to select a component; then the arrow keys move it. Press Delete to remove it and Escape to cancel.',
    'edge.a11yDescription.default': 'Press Enter or Space to select a connection; then press Delete to remove it or Escape to cancel.',
    'controls.ariaLabel': 'Zoom controls',
    'controls.zoomIn.ariaLabel': 'Zoom in',
    'controls.zoomOut.ariaLabel': 'Zoom out',
    'controls.fitView.ariaLabel': 'Zoom to fit',
    'minimap.ariaLabel': 'Mini map',
    'handle.ariaLabel': 'Connection handle',
  },
  ko: {
    'node.a11yDescription.default': 'Enter 또는 Space 키로 구성 요소를 선택합니다. Delete 키로 삭제하고 Escape 키로 취소합니다.',
    'node.a11yDescription.keyboardDisabled': 'Enter 또는 Space 키로 구성 요소를 선택한 뒤 화살표 키로 옮깁니다. Delete 키로 삭제하고 Escape 키로 취소합니다.',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => `선택한 구성 요소를 ${direction} 방향으로 옮겼습니다. 새 위치 x: ${x}, y: ${y}`,
    'edge.a11yDescription.default': 'Enter 또는 Space 키로 연결을 선택한 뒤 Delete 키로 삭제하거나 Escape 키로 취소합니다.',
    'controls.ariaLabel': '확대/축소 도구',
    'controls.zoomIn.ariaLabel': '확대',
    'controls.zoomOut.ariaLabel': '축소',
    'controls.fitView.ariaLabel': '화면에 맞추기',
    'controls.interactive.ariaLabel': '편집 잠금 전환',
    'minimap.ariaLabel': '미니맵',
    'handle.ariaLabel': '연결 핸들',
  },
};
