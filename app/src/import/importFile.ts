/**
 * Importing a file the user picked or dropped: a design (`*.stackcanvas.json`) or a
 * CloudFormation template (YAML/JSON). All decoding is the core's (`importAndLayout`): size
 * limit, safe YAML with an alias budget, forbidden keys, then the template → design mapping and
 * the elkjs layout. Nothing here throws; the caller opens the design as a new one, so nothing
 * the user had is replaced.
 */
import { isGeneric, MAX_IMPORT_BYTES, type Design, type ImportErrorCode, type Locale } from '@stackcanvas/core';

export type ImportResult = { readonly design: Design; readonly warnings: readonly string[]; readonly kind: 'design' | 'template' } | { readonly error: string };

const TEXT = {
  tooLarge: { en: 'the file is {size} MB; the limit is {limit} MB', ko: '파일 크기가 {size} MB입니다. 최대 {limit} MB까지 가져올 수 있습니다' },
  unreadable: { en: 'the file cannot be read', ko: '파일을 읽을 수 없습니다' },
  importedDesign: { en: 'Opened the design "{name}" as a new design.', ko: '설계 "{name}"을(를) 새 설계로 열었습니다.' },
  importedTemplate: {
    en: 'Imported "{name}": {components}, {generic}, {edges}.',
    ko: '"{name}"을(를) 가져왔습니다: 구성 요소 {components}개, 그대로 보존한 기타 리소스 {generic}개, 연결 {edges}개.',
  },
  notes: { en: '{count} notes: ', ko: '참고 {count}건: ' },
} as const;

/** What each refusal means, in Korean; the core's English detail (paths, sizes) follows it. */
const KO_LEAD: Readonly<Record<ImportErrorCode, string>> = {
  'too-large': '파일이 너무 큽니다',
  malformed: 'YAML/JSON 형식이 올바르지 않습니다',
  'alias-bomb': 'YAML 별칭이 지나치게 확장되는 문서(billion laughs)라서 거부했습니다',
  unsafe: '허용되지 않는 키(__proto__ 등) 또는 너무 깊은 중첩이 있습니다',
  'not-a-template': 'Stackcanvas 설계나 CloudFormation 템플릿이 아닙니다',
  'invalid-template': 'CloudFormation 템플릿을 사용할 수 없습니다',
  'invalid-design': 'Stackcanvas 설계 파일이 올바르지 않습니다',
};

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** `shop.template.yaml` → `shop`: the design's name for an imported template. */
export function designNameFromFile(fileName: string): string {
  const stem = fileName.replace(/(\.(ya?ml|json|template|stackcanvas))+$/i, '').trim();
  return stem.slice(0, 100) || 'imported';
}

export async function importFile(file: File, locale: Locale = 'en'): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    return { error: `${file.name}: ${fill(TEXT.tooLarge[locale], { size: mb(file.size), limit: mb(MAX_IMPORT_BYTES) })}` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { error: `${file.name}: ${TEXT.unreadable[locale]}` };
  }
  // The importer (and elkjs behind it) loads on the first import, not with the app.
  const { importAndLayout } = await import('@stackcanvas/core/import');
  const result = await importAndLayout(text, { name: designNameFromFile(file.name) });
  if (!result.ok) {
    const lead = locale === 'ko' ? `${KO_LEAD[result.error.code]} — ` : '';
    return { error: `${file.name}: ${lead}${result.error.message}` };
  }
  return { design: result.design, warnings: result.warnings, kind: result.kind };
}

/** The one-line confirmation shown after an import, with the first notes (folded or renamed resources). */
export function importSummary(result: Extract<ImportResult, { design: Design }>, locale: Locale): string {
  const { design, warnings } = result;
  if (result.kind === 'design') return fill(TEXT.importedDesign[locale], { name: design.name });
  const generic = design.nodes.filter((n) => isGeneric(n.kind)).length;
  const components = design.nodes.length - generic;
  const edges = design.edges.length;
  const head =
    locale === 'en'
      ? fill(TEXT.importedTemplate.en, {
          name: design.name,
          components: `${components} component${components === 1 ? '' : 's'}`,
          generic: generic === 1 ? '1 other resource kept as it is' : `${generic} other resources kept as they are`,
          edges: `${edges} connection${edges === 1 ? '' : 's'}`,
        })
      : fill(TEXT.importedTemplate.ko, { name: design.name, components, generic, edges });
  if (!warnings.length) return head;
  const shown = warnings.slice(0, 3).join('; ');
  return `${head} ${fill(TEXT.notes[locale], { count: warnings.length })}${shown}${warnings.length > 3 ? '; …' : ''}`;
}

/** Minimal store surface the import needs (the app's zustand store satisfies it). */
export interface ImportTarget {
  readonly locale: Locale;
  openAsNewDesign(design: Design): void;
  notify(text: string, kind?: 'error' | 'info'): void;
}

/** Imports `file` and opens it as a new design, or says why not; the current design is untouched on failure. */
export async function openImportedFile(file: File, target: () => ImportTarget): Promise<boolean> {
  const result = await importFile(file, target().locale);
  const s = target();
  if ('error' in result) {
    s.notify(result.error, 'error');
    return false;
  }
  s.openAsNewDesign(result.design);
  s.notify(importSummary(result, s.locale), 'info');
  return true;
}
