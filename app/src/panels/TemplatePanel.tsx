/**
 * The Template tab: the live CloudFormation template of the design (YAML with short-form tags, or
 * JSON) in a virtualized code view (CodeMirror 6, `CodeView.tsx`, loaded on demand), and the
 * downloads `export-cfn-yaml` / `export-cfn-json`. The text comes from `templateSource.ts` (a
 * Web Worker for large designs). Selecting a node on the canvas scrolls to the resources emitted
 * for it and marks them. When the design needs a us-east-1 companion stack (a web ACL for
 * CloudFront), a selector shows either stack, the companion has its own downloads
 * (`<name>.template.us-east-1.<ext>`), and `export-cfn-bundle` downloads both with a README.
 */
import { exportReadiness, templateLimits } from '@stackcanvas/core';
import { Suspense, useDeferredValue, useMemo, useState } from 'react';
import { download, downloadText, fileBaseName } from '../download';
import { useErrorCount, useRulesLoadFailed } from '../diagnostics/useDiagnostics';
import { errorText, msg } from '../i18n/index';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';
import { preloadable } from './preloadable';
import { templateTextFor, useTemplate } from './templateSource';
import type { TemplateFormat, TemplateStack } from './templateText';

export { splitTemplate, type TemplateBlock, type TemplateFormat } from './templateText';

const CodeView = preloadable(() => import('./CodeView').then((m) => m.default), 'partCodeView');
export const preloadCodeView = CodeView.preload;

const STYLE = `
.template-panel { display: flex; flex-direction: column; gap: 8px; min-height: 0; height: 100%; }
.template-panel .cfn-editor { flex: 1; min-height: 200px; border: 1px solid var(--border); border-radius: 6px; overflow: hidden; }
.template-panel .cfn-editor .cm-editor { height: 100%; }
.template-panel .cfn-block--marked, .template-panel .cfn-line--marked { background: color-mix(in srgb, var(--accent) 12%, transparent); border-left-color: var(--accent) !important; }
.template-panel .tok-propertyName { color: color-mix(in srgb, var(--accent) 85%, var(--text)); }
.template-panel .tok-string { color: #0f7b3f; }
.template-panel .tok-number, .template-panel .tok-bool, .template-panel .tok-null { color: #b0521a; }
.template-panel .tok-typeName, .template-panel .tok-meta, .template-panel .tok-labelName { color: #8a3ab9; font-weight: 600; }
.template-panel .tok-punctuation, .template-panel .tok-comment { color: var(--muted); }
:root[data-theme='dark'] .template-panel .tok-string { color: #7fd18b; }
:root[data-theme='dark'] .template-panel .tok-number, :root[data-theme='dark'] .template-panel .tok-bool { color: #f5a35c; }
:root[data-theme='dark'] .template-panel .tok-typeName, :root[data-theme='dark'] .template-panel .tok-meta { color: #d49cf5; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) .template-panel .tok-string { color: #7fd18b; }
  :root:not([data-theme='light']) .template-panel .tok-number, :root:not([data-theme='light']) .template-panel .tok-bool { color: #f5a35c; }
  :root:not([data-theme='light']) .template-panel .tok-typeName, :root:not([data-theme='light']) .template-panel .tok-meta { color: #d49cf5; }
}
`;

function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status" data-testid="template-loading" style={{ margin: 0 }}>
      {t('templateLoading')}
    </p>
  );
}

export function TemplatePanel() {
  const store = useAppStoreApi();
  const t = useT();
  const liveDesign = useAppStore((s) => s.design);
  const selected = useAppStore((s) => s.selection.nodes);
  const design = useDeferredValue(liveDesign);
  const errors = useErrorCount();
  // Without the rules the design is unchecked: say so rather than show no warning.
  const unchecked = useRulesLoadFailed();
  const [format, setFormat] = useState<TemplateFormat>('yaml');

  // Positions do not reach the template: moving nodes never regenerates it (templateSource.ts).
  const [stackChoice, setStack] = useState<TemplateStack>('main');
  const state = useTemplate(design, format, stackChoice);
  const view = state.status === 'ready' ? state.view : null;
  const stack: TemplateStack = view?.stack ?? 'main';
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  // What the export knows before it runs (an empty design has no template; over 500 resources) and
  // the template's size against CloudFormation's quotas: the same diagnostics as the CLI's export.
  const locale = useLocale();
  const readiness = useMemo(() => exportReadiness(design), [design]);
  const sizeLimits = useMemo(() => (view ? templateLimits({}, view.text) : []), [view]);
  const limits = [...readiness, ...sizeLimits];
  const blocked = readiness.some((d) => d.severity === 'error');
  const markedCount = view ? view.ranges.filter((r) => selectedSet.has(view.owners.get(r.logicalId) ?? '')).length : 0;

  const save = async (f: TemplateFormat, which: TemplateStack = 'main') => {
    if (!view) return;
    try {
      const body = f === format && which === stack ? view.text : await templateTextFor(store, design, f, which);
      if (body === null) return;
      const name = `${fileBaseName(design.name)}.template${which === 'usEast1' ? '.us-east-1' : ''}.${f}`;
      downloadText(name, body, f === 'yaml' ? 'application/yaml' : 'application/json');
    } catch (e) {
      store.getState().notify(msg('templateFailed', { detail: errorText(e) }), 'error');
    }
  };

  // Both templates and a README with the deploy order, in one zip (`<name>.templates.zip`).
  const saveBundle = async () => {
    try {
      const cfn = await store.getState().loadCfn();
      const generated = store.getState().cfnExport(design, cfn);
      if (!generated.ok || !generated.usEast1) return;
      const base = fileBaseName(design.name);
      const zip = cfn.cfnStacksZip(base, { main: generated, usEast1: generated.usEast1 }, format);
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      download(`${base}.templates.zip`, url);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      store.getState().notify(msg('templateFailed', { detail: errorText(e) }), 'error');
    }
  };

  return (
    <div className="panel-body template-panel" data-testid="template-panel">
      <style>{STYLE}</style>
      <p className="muted" style={{ margin: 0 }}>
        {t('templateIntro')}
      </p>
      {limits.map((d) => (
        <p key={d.rule} role="status" data-testid="template-limit" data-rule={d.rule} data-severity={d.severity} style={{ margin: 0 }}>
          {d.severity === 'error' ? 'ⓘ' : '⚠'} {d.message[locale]}
        </p>
      ))}
      {errors > 0 || unchecked ? (
        <p role="status" data-testid="template-warning" style={{ margin: 0 }}>
          ⚠ {unchecked ? t('rulesLoadFailed') : t('templateErrors', { n: errors })}
        </p>
      ) : null}
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <div role="radiogroup" aria-label={t('templateFormat')} style={{ display: 'flex', gap: 4 }}>
          {(['yaml', 'json'] as const).map((f) => (
            <button
              key={f}
              type="button"
              role="radio"
              aria-checked={format === f}
              data-testid={`template-format-${f}`}
              className={format === f ? 'tab active' : 'tab'}
              onClick={() => setFormat(f)}
            >
              {f.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" data-testid="export-cfn-yaml" disabled={!view || blocked} onClick={() => void save('yaml')}>
          {t('downloadYaml')}
        </button>
        <button type="button" data-testid="export-cfn-json" disabled={!view || blocked} onClick={() => void save('json')}>
          {t('downloadJson')}
        </button>
        {view && (
          <span className="muted" data-testid="template-count">
            {selected.length ? (markedCount ? t('templateSelected', { n: markedCount }) : t('templateNoResources')) : t('templateResources', { n: view.count })}
          </span>
        )}
      </div>
      {view?.hasUsEast1 && (
        <div data-testid="template-us-east-1" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
          <p className="muted" style={{ margin: 0, flexBasis: '100%' }}>
            {t('templateUsEast1')}
          </p>
          <div role="radiogroup" aria-label={t('templateStack')} style={{ display: 'flex', gap: 4 }}>
            {(['main', 'usEast1'] as const).map((s) => (
              <button
                key={s}
                type="button"
                role="radio"
                aria-checked={stack === s}
                data-testid={s === 'main' ? 'template-stack-main' : 'template-stack-us-east-1'}
                className={stack === s ? 'tab active' : 'tab'}
                onClick={() => setStack(s)}
              >
                {t(s === 'main' ? 'templateStackMain' : 'templateStackUsEast1')}
              </button>
            ))}
          </div>
          <button type="button" data-testid="export-cfn-us-east-1-yaml" onClick={() => void save('yaml', 'usEast1')}>
            {t('downloadUsEast1Yaml')}
          </button>
          <button type="button" data-testid="export-cfn-us-east-1-json" onClick={() => void save('json', 'usEast1')}>
            {t('downloadUsEast1Json')}
          </button>
          <button type="button" data-testid="export-cfn-bundle" onClick={() => void saveBundle()}>
            {t('downloadBundle')}
          </button>
        </div>
      )}
      {state.status === 'failed' ? (
        <p role="alert" data-testid="template-error" style={{ margin: 0 }}>
          {t('templateFailed', { detail: state.message })}
        </p>
      ) : view ? (
        <Suspense fallback={<Loading />}>
          <CodeView
            text={view.text}
            format={view.format}
            ranges={view.ranges}
            owners={view.owners}
            selected={selectedSet}
            label={t('templateCode', { format: view.format.toUpperCase() })}
            stack={view.stack}
          />
        </Suspense>
      ) : (
        <Loading />
      )}
    </div>
  );
}
