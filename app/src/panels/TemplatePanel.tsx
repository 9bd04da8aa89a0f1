/**
 * The Template tab: the live CloudFormation template of the design (YAML with short-form tags, or
 * JSON), highlighted with highlight.js (loaded with a dynamic import, so it weighs nothing on the
 * first load), and the downloads `export-cfn-yaml` / `export-cfn-json`. Selecting a node on the
 * canvas scrolls to the resources emitted for it and marks them.
 */
import { cfnTemplateText } from '@stackcanvas/core';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { downloadText, fileBaseName } from '../canvas/exportImage';
import { useErrorCount } from '../diagnostics/useDiagnostics';
import { errorText, msg } from '../i18n/index';
import { useAppStore, useAppStoreApi, useT } from '../store/provider';

/** Above this many characters the template is shown as plain text: highlighting megabytes would stall the tab. */
export const HIGHLIGHT_LIMIT = 400_000;

export type TemplateFormat = 'yaml' | 'json';

/** One piece of the template text: a resource (with its logical id) or the text between resources. */
export interface TemplateBlock {
  readonly text: string;
  readonly logicalId?: string;
}

/**
 * Splits a template's text into blocks, one per resource of the `Resources` section, so the panel
 * can scroll to and mark the resources of a node. Pure; works on the exporter's own layout
 * (YAML: two-space keys under `Resources:`; JSON: four-space keys under `"Resources": {`).
 */
export function splitTemplate(text: string, format: TemplateFormat): TemplateBlock[] {
  const lines = text.split('\n');
  const blocks: TemplateBlock[] = [];
  let buffer: string[] = [];
  let current: string | undefined;
  let inResources = false;
  const flush = () => {
    if (buffer.length) blocks.push(current === undefined ? { text: buffer.join('\n') } : { text: buffer.join('\n'), logicalId: current });
    buffer = [];
  };
  const start = format === 'yaml' ? /^ {2}([A-Za-z0-9]+):\s*$/ : /^ {4}"([A-Za-z0-9]+)": \{\s*$/;
  const sectionStart = format === 'yaml' ? /^Resources:\s*$/ : /^ {2}"Resources": \{\s*$/;
  const sectionEnd = format === 'yaml' ? /^\S/ : /^ {2}\}/;
  for (const line of lines) {
    if (!inResources && sectionStart.test(line)) {
      buffer.push(line);
      flush();
      inResources = true;
      continue;
    }
    if (inResources && sectionEnd.test(line)) {
      flush();
      current = undefined;
      inResources = false;
    } else if (inResources) {
      const m = start.exec(line);
      if (m) {
        flush();
        current = m[1];
      }
    }
    buffer.push(line);
  }
  flush();
  // Keep the exact text: blocks joined with newlines give the template back.
  return blocks;
}

type Hljs = typeof import('highlight.js/lib/core').default;

/** highlight.js with YAML and JSON (the module system keeps one copy however often this runs). */
async function loadHighlighter(): Promise<Hljs> {
  const [core, yaml, json] = await Promise.all([
    import('highlight.js/lib/core'),
    import('highlight.js/lib/languages/yaml'),
    import('highlight.js/lib/languages/json'),
  ]);
  const hljs = core.default;
  if (!hljs.getLanguage('yaml')) hljs.registerLanguage('yaml', yaml.default);
  if (!hljs.getLanguage('json')) hljs.registerLanguage('json', json.default);
  return hljs;
}

const Block = memo(function Block({
  block,
  nodeId,
  marked,
  language,
  hljs,
}: {
  block: TemplateBlock;
  nodeId: string | undefined;
  marked: boolean;
  language: TemplateFormat;
  hljs: Hljs | null;
}) {
  const html = useMemo(() => (hljs ? hljs.highlight(`${block.text}\n`, { language, ignoreIllegals: true }).value : null), [hljs, block.text, language]);
  const props = {
    className: marked ? 'cfn-block cfn-block--marked' : 'cfn-block',
    ...(block.logicalId ? { 'data-testid': 'template-resource', 'data-logical-id': block.logicalId } : {}),
    ...(nodeId ? { 'data-node-id': nodeId } : {}),
  };
  return html === null ? <div {...props}>{`${block.text}\n`}</div> : <div {...props} dangerouslySetInnerHTML={{ __html: html }} />;
});

const STYLE = `
.template-panel { display: flex; flex-direction: column; gap: 8px; min-height: 0; height: 100%; }
.template-panel .cfn-code { margin: 0; overflow: auto; flex: 1; min-height: 200px; font-size: 12px; line-height: 1.45; white-space: pre; tab-size: 2; border: 1px solid var(--border); border-radius: 6px; padding: 6px 0; }
.template-panel .cfn-block { padding: 0 8px; border-left: 3px solid transparent; }
.template-panel .cfn-block--marked { background: color-mix(in srgb, var(--accent) 12%, transparent); border-left-color: var(--accent); }
.template-panel .hljs-attr, .template-panel .hljs-attribute { color: color-mix(in srgb, var(--accent) 85%, var(--text)); }
.template-panel .hljs-string { color: #0f7b3f; }
.template-panel .hljs-number, .template-panel .hljs-literal { color: #b0521a; }
.template-panel .hljs-type, .template-panel .hljs-meta, .template-panel .hljs-tag { color: #8a3ab9; font-weight: 600; }
.template-panel .hljs-bullet, .template-panel .hljs-punctuation { color: var(--muted); }
:root[data-theme='dark'] .template-panel .hljs-string { color: #7fd18b; }
:root[data-theme='dark'] .template-panel .hljs-number, :root[data-theme='dark'] .template-panel .hljs-literal { color: #f5a35c; }
:root[data-theme='dark'] .template-panel .hljs-type, :root[data-theme='dark'] .template-panel .hljs-meta { color: #d49cf5; }
@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) .template-panel .hljs-string { color: #7fd18b; }
  :root:not([data-theme='light']) .template-panel .hljs-number, :root:not([data-theme='light']) .template-panel .hljs-literal { color: #f5a35c; }
  :root:not([data-theme='light']) .template-panel .hljs-type, :root:not([data-theme='light']) .template-panel .hljs-meta { color: #d49cf5; }
}
`;

export function TemplatePanel() {
  const store = useAppStoreApi();
  const t = useT();
  const liveDesign = useAppStore((s) => s.design);
  const selected = useAppStore((s) => s.selection.nodes);
  const design = useDeferredValue(liveDesign);
  const errors = useErrorCount();
  const [format, setFormat] = useState<TemplateFormat>('yaml');
  const [hljs, setHljs] = useState<Hljs | null>(null);
  const codeRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    let live = true;
    // Without the highlighter the template is still shown, as plain text.
    loadHighlighter().then(
      (h) => live && setHljs(() => h),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // Positions do not reach the template: moving nodes must not regenerate it (1,000 nodes ≈ 0.2 s).
  // The memo is the store's, shared with the change set (store/exportMemo.ts).
  const generated = useAppStore((s) => s.cfnExport)(design);
  // Only the shown format is written out (YAML of 1,000 nodes takes ~0.5 s); the same text as the CLI.
  const text = useMemo(() => (generated.ok ? cfnTemplateText(generated.template, format) : ''), [generated, format]);
  const blocks = useMemo(() => splitTemplate(text, format), [text, format]);
  const highlighter = text.length > HIGHLIGHT_LIMIT ? null : hljs;
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const owners = generated.ok ? generated.owners : new Map<string, string>();
  const markedCount = blocks.filter((b) => b.logicalId && selectedSet.has(owners.get(b.logicalId) ?? '')).length;

  // Scroll to the first resource of the selected node(s) when the selection (or the text) changes.
  const selectionKey = selected.join(',');
  useEffect(() => {
    const pre = codeRef.current;
    if (!pre || !selectionKey) return;
    const first = pre.querySelector<HTMLElement>('.cfn-block--marked');
    if (first) pre.scrollTop = first.offsetTop - pre.offsetTop;
  }, [selectionKey, text]);

  const save = (f: TemplateFormat) => {
    if (!generated.ok) return;
    try {
      const body = f === format ? text : cfnTemplateText(generated.template, f);
      downloadText(`${fileBaseName(design.name)}.template.${f}`, body, f === 'yaml' ? 'application/yaml' : 'application/json');
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
      {errors > 0 && (
        <p role="status" data-testid="template-warning" style={{ margin: 0 }}>
          ⚠ {t('templateErrors', { n: errors })}
        </p>
      )}
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
        <button type="button" data-testid="export-cfn-yaml" disabled={!generated.ok} onClick={() => save('yaml')}>
          {t('downloadYaml')}
        </button>
        <button type="button" data-testid="export-cfn-json" disabled={!generated.ok} onClick={() => save('json')}>
          {t('downloadJson')}
        </button>
        {generated.ok && text.length > HIGHLIGHT_LIMIT && <span className="muted">{t('templatePlain')}</span>}
        {generated.ok && (
          <span className="muted" data-testid="template-count">
            {selected.length
              ? markedCount
                ? t('templateSelected', { n: markedCount })
                : t('templateNoResources')
              : t('templateResources', { n: generated.count })}
          </span>
        )}
      </div>
      {generated.ok ? (
        <pre
          ref={codeRef}
          className="cfn-code hljs"
          data-testid="template-code"
          data-format={format}
          tabIndex={0}
          aria-label={t('templateCode', { format: format.toUpperCase() })}
        >
          <code>
            {blocks.map((b, i) => {
              const nodeId = b.logicalId ? owners.get(b.logicalId) : undefined;
              return (
                <Block
                  key={`${format}:${b.logicalId ?? `#${i}`}`}
                  block={b}
                  nodeId={nodeId}
                  marked={nodeId !== undefined && selectedSet.has(nodeId)}
                  language={format}
                  hljs={highlighter}
                />
              );
            })}
          </code>
        </pre>
      ) : (
        <p role="alert" data-testid="template-error" style={{ margin: 0 }}>
          {t('templateFailed', { detail: generated.message })}
        </p>
      )}
    </div>
  );
}
