/**
 * The validation panel: counts by severity, entries grouped by severity (errors first), each with
 * its rule, message in the current language, fix and AWS documentation link. Clicking an entry
 * (or Enter on it) selects its components and zooms the canvas to them.
 */
import { SEVERITIES, type Design, type Diagnostic, type I18n, type Locale, type Severity } from '@stackcanvas/core';
import '../diagnostics/diagnostics.css';
import { useDiagnostics, useRulesLoadFailed } from '../diagnostics/useDiagnostics';
import { coreText, msg, type MessageKey } from '../i18n/index';
import { withLabels } from '../i18n/labels';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';
import { LoadFailed } from './LoadFailed';

const SEVERITY_TITLE: Readonly<Record<Severity, Extract<MessageKey, `severity${Capitalize<Severity>}`>>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Nodes to zoom to: the diagnostic's nodes, else the ends of its edges. */
function focusTargets(d: Diagnostic, design: Design): string[] {
  if (d.nodes.length) return [...d.nodes];
  const ids = new Set(design.nodes.map((n) => n.id));
  const ends = new Set<string>();
  for (const e of design.edges) {
    if (!d.edges.includes(e.id)) continue;
    if (ids.has(e.source)) ends.add(e.source);
    if (ids.has(e.target)) ends.add(e.target);
  }
  return [...ends].sort();
}

function Entry({ d, locale }: { d: Diagnostic; locale: Locale }) {
  const store = useAppStoreApi();
  const t = useT();
  const nodes = useAppStore((s) => s.design.nodes);
  const text = (x: I18n) => coreText(withLabels(x[locale], nodes, locale), locale);
  const focus = () => {
    const s = store.getState();
    s.focusNodes(focusTargets(d, s.design));
  };
  return (
    <li
      className={`sc-diagnostic sc-diagnostic--${d.severity}`}
      data-testid="diagnostic"
      data-severity={d.severity}
      data-rule={d.rule}
      role="button"
      tabIndex={0}
      onClick={focus}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          focus();
        }
      }}
    >
      <div className="sc-diagnostic__head">
        <span className="sc-diagnostic__rule">{d.rule}</span>
        <span className="sc-diagnostic__title">{text(d.title)}</span>
      </div>
      <div className="sc-diagnostic__message">{text(d.message)}</div>
      <div className="sc-diagnostic__fix">
        {t('fix')}: {text(d.fix)}{' '}
        <a href={d.docsUrl} target="_blank" rel="noreferrer noopener" onClick={(e) => e.stopPropagation()}>
          {t('docs')}
        </a>
      </div>
    </li>
  );
}

export function DiagnosticsPanel() {
  const locale = useLocale();
  const t = useT();
  const diagnostics = useDiagnostics();
  const rulesFailed = useRulesLoadFailed();
  const groups = SEVERITIES.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) }));
  if (rulesFailed) {
    // Not "no problems": they are unknown without the rules.
    return (
      <div data-testid="diagnostics" className="panel-body sc-diagnostics">
        <LoadFailed part="partRules" lead="rulesLoadFailed" testId="rules-load-failed" />
      </div>
    );
  }
  return (
    <div data-testid="diagnostics" className="panel-body sc-diagnostics">
      <div className="sc-diagnostics__counts" aria-label={t('diagnosticsSummary')}>
        {groups.map(({ severity, items }) => (
          <span key={severity} className={`sc-count sc-count--${severity}`} data-testid={`diagnostics-count-${severity}`} data-count={items.length}>
            <strong>{items.length}</strong> {t(SEVERITY_TITLE[severity])}
          </span>
        ))}
      </div>
      {diagnostics.length === 0 ? <p className="muted">{t('diagnosticsNone')}</p> : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ severity, items }) => (
          <section key={severity} data-testid={`diagnostics-group-${severity}`}>
            <h4>{t('severityGroup', { severity: msg(SEVERITY_TITLE[severity]), n: items.length })}</h4>
            <ul>
              {items.map((d) => (
                <Entry key={`${d.rule}:${d.nodes.join(',')}:${d.edges.join(',')}:${d.message.en}`} d={d} locale={locale} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
