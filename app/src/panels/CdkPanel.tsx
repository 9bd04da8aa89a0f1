/**
 * The CDK tab: a preview of the generated TypeScript CDK app (the stack file first, any other file
 * on request) and `export-cdk`, which downloads it as `<name>-cdk.zip`. The generator is loaded
 * with a dynamic import, so it weighs nothing on the first load of the app.
 */
import { memoizeOnStructure, type Design } from '@stackcanvas/core';
import { useEffect, useMemo, useState } from 'react';
import { download, fileBaseName } from '../download';
import { useErrorCount, useRulesLoadFailed } from '../diagnostics/useDiagnostics';
import { errorText, msg, type Text } from '../i18n/index';
import { useAppStore, useAppStoreApi, useT } from '../store/provider';
import { LoadFailed } from './LoadFailed';

type CdkModule = typeof import('@stackcanvas/core/cdk');

type Generated = { ok: true; project: ReturnType<CdkModule['toCdkProject']> } | { ok: false; message: Text | string };

function generate(mod: CdkModule, design: Design): Generated {
  try {
    return { ok: true, project: mod.toCdkProject(design) };
  } catch (e) {
    return { ok: false, message: errorText(e) };
  }
}

export function CdkPanel() {
  const store = useAppStoreApi();
  const t = useT();
  const design = useAppStore((s) => s.design);
  const errors = useErrorCount();
  // Without the rules the design is unchecked: say so rather than show no warning.
  const unchecked = useRulesLoadFailed();
  const [mod, setMod] = useState<CdkModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [file, setFile] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // The module system keeps the generator once loaded. A failed fetch is kept by the browser
    // for the page's lifetime too, so it is not tried again here: the notice offers a reload.
    import('@stackcanvas/core/cdk').then(
      (m) => live && setMod(() => m),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // Positions do not reach the CDK code: dragging a node does not regenerate the project.
  const generateFor = useMemo(() => (mod ? memoizeOnStructure((d) => generate(mod, d)) : null), [mod]);
  const generated = generateFor ? generateFor(design) : null;

  if (loadFailed) {
    return (
      <div className="panel-body cdk-panel">
        <LoadFailed part="partCdkGenerator" testId="cdk-load-failed" />
      </div>
    );
  }
  if (!generated) {
    return (
      <div className="panel-body cdk-panel muted" aria-busy="true">
        {t('cdkLoading')}
      </div>
    );
  }
  if (!generated.ok) {
    return (
      <div className="panel-body cdk-panel" role="alert" data-testid="cdk-error">
        {t('cdkFailed', { detail: generated.message })}
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
      store.getState().notify(msg('cdkFailed', { detail: errorText(e) }), 'error');
    }
  };

  return (
    <div className="panel-body cdk-panel" style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }}>
      <p className="muted" style={{ margin: 0 }}>
        {t('cdkIntro')}
      </p>
      {errors > 0 || unchecked ? (
        <p role="status" data-testid="cdk-warning" style={{ margin: 0 }}>
          ⚠ {unchecked ? t('rulesLoadFailed') : t('cdkErrors', { n: errors })}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <button type="button" data-testid="export-cdk" onClick={downloadZip}>
          {t('cdkDownload')}
        </button>
        <label>
          {t('cdkFile')}{' '}
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
