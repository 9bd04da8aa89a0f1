/**
 * The CDK tab: a preview of the generated TypeScript CDK app (the stack file first, any other file
 * on request) and `export-cdk`, which downloads it as `<name>-cdk.zip`. The generator is loaded
 * with a dynamic import, so it weighs nothing on the first load of the app.
 */
import { memoizeOnStructure, type Design, type Locale } from '@stackcanvas/core';
import { useEffect, useMemo, useState } from 'react';
import { download, fileBaseName } from '../canvas/exportImage';
import { useDiagnostics } from '../diagnostics/useDiagnostics';
import { useAppStore } from '../store/createAppStore';

type CdkModule = typeof import('@stackcanvas/core/cdk');

let loading: Promise<CdkModule> | null = null;
function loadGenerator(): Promise<CdkModule> {
  loading ??= import('@stackcanvas/core/cdk').catch((e: unknown) => {
    loading = null; // let a later attempt retry (e.g. after a network hiccup)
    throw e;
  });
  return loading;
}

const TEXT = {
  intro: {
    en: 'A TypeScript AWS CDK app for this design (layout of `cdk init app`): unzip it, then `npm install && npx cdk synth`.',
    ko: '이 설계의 TypeScript AWS CDK 앱입니다(`cdk init app` 구조). 압축을 풀고 `npm install && npx cdk synth`를 실행하세요.',
  },
  download: { en: 'Download CDK app (.zip)', ko: 'CDK 앱 다운로드 (.zip)' },
  file: { en: 'File', ko: '파일' },
  loading: { en: 'Loading the CDK generator…', ko: 'CDK 생성기를 불러오는 중…' },
  loadFailed: { en: 'The CDK generator could not be loaded', ko: 'CDK 생성기를 불러오지 못했습니다' },
  failed: { en: 'This design could not be turned into a CDK app', ko: '이 설계를 CDK 앱으로 변환하지 못했습니다' },
  errors: {
    en: 'The design has {n} error(s) (see Diagnostics): the exported app may not synthesize or deploy.',
    ko: '설계에 오류가 {n}개 있습니다(진단 탭 참고). 내보낸 앱이 합성되거나 배포되지 않을 수 있습니다.',
  },
  retry: { en: 'Retry', ko: '다시 시도' },
} as const;

function tr(key: keyof typeof TEXT, locale: Locale, n?: number): string {
  return TEXT[key][locale].replace('{n}', String(n ?? ''));
}

type Generated = { ok: true; project: ReturnType<CdkModule['toCdkProject']> } | { ok: false; message: string };

function generate(mod: CdkModule, design: Design): Generated {
  try {
    return { ok: true, project: mod.toCdkProject(design) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function CdkPanel() {
  const locale = useAppStore((s) => s.locale);
  const design = useAppStore((s) => s.design);
  const notify = useAppStore((s) => s.notify);
  const errors = useDiagnostics().filter((d) => d.severity === 'error').length;
  const [mod, setMod] = useState<CdkModule | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [file, setFile] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadGenerator().then(
      (m) => live && setMod(() => m),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Positions do not reach the CDK code: dragging a node does not regenerate the project.
  const generateFor = useMemo(() => (mod ? memoizeOnStructure((d) => generate(mod, d)) : null), [mod]);
  const generated = generateFor ? generateFor(design) : null;

  if (loadError) {
    return (
      <div className="panel-body cdk-panel" role="alert">
        <p>
          {tr('loadFailed', locale)}: {loadError}
        </p>
        <button type="button" onClick={() => (setLoadError(null), setAttempt((a) => a + 1))}>
          {tr('retry', locale)}
        </button>
      </div>
    );
  }
  if (!generated) {
    return (
      <div className="panel-body cdk-panel muted" aria-busy="true">
        {tr('loading', locale)}
      </div>
    );
  }
  if (!generated.ok) {
    return (
      <div className="panel-body cdk-panel" role="alert" data-testid="cdk-error">
        {tr('failed', locale)}: {generated.message}
      </div>
    );
  }
  const { project } = generated;
  const shown = file && project.files[file] !== undefined ? file : project.stackPath;

  const downloadZip = () => {
    try {
      const zip = mod!.cdkProjectZip(project);
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      download(`${fileBaseName(design.name)}-cdk.zip`, url);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      notify(`${tr('failed', locale)}: ${e instanceof Error ? e.message : String(e)}`, 'error');
    }
  };

  return (
    <div className="panel-body cdk-panel" style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }}>
      <p className="muted" style={{ margin: 0 }}>
        {tr('intro', locale)}
      </p>
      {errors > 0 && (
        <p role="status" data-testid="cdk-warning" style={{ margin: 0 }}>
          ⚠ {tr('errors', locale, errors)}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <button type="button" data-testid="export-cdk" onClick={downloadZip}>
          {tr('download', locale)}
        </button>
        <label>
          {tr('file', locale)}{' '}
          <select data-testid="cdk-file" value={shown} onChange={(e) => setFile(e.currentTarget.value)}>
            {Object.keys(project.files).map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      </div>
      <pre
        data-testid="cdk-preview"
        tabIndex={0}
        aria-label={shown}
        style={{ margin: 0, overflow: 'auto', flex: 1, minHeight: 200, fontSize: 12, lineHeight: 1.45, whiteSpace: 'pre', tabSize: 2 }}
      >
        <code>{project.files[shown]}</code>
      </pre>
    </div>
  );
}
