/**
 * The validation panel: counts by severity, entries grouped by severity (errors first), each with
 * its rule, message in the current language, fix and AWS documentation link. Clicking an entry
 * (or Enter on it) selects its components and zooms the canvas to them.
 */
import { SEVERITIES, type Design, type Diagnostic, type Locale, type Severity } from '@stackcanvas/core';
import '../diagnostics/diagnostics.css';
import { useDiagnostics } from '../diagnostics/useDiagnostics';
import { useAppStore } from '../store/createAppStore';

const TEXT = {
  error: { en: 'Errors', ko: '오류' },
  warning: { en: 'Warnings', ko: '경고' },
  info: { en: 'Info', ko: '정보' },
  none: { en: 'No problems found: the design passes every rule.', ko: '문제가 없습니다. 디자인이 모든 규칙을 통과했습니다.' },
  fix: { en: 'Fix', ko: '조치' },
  docs: { en: 'AWS documentation', ko: 'AWS 문서' },
  summary: { en: 'Validation summary', ko: '검증 요약' },
} as const satisfies Record<string, Record<Locale, string>>;

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
  const focus = () => {
    const s = useAppStore.getState();
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
        <span className="sc-diagnostic__title">{d.title[locale]}</span>
      </div>
      <div className="sc-diagnostic__message">{d.message[locale]}</div>
      <div className="sc-diagnostic__fix">
        {TEXT.fix[locale]}: {d.fix[locale]}{' '}
        <a href={d.docsUrl} target="_blank" rel="noreferrer noopener" onClick={(e) => e.stopPropagation()}>
          {TEXT.docs[locale]}
        </a>
      </div>
    </li>
  );
}

export function DiagnosticsPanel() {
  const locale = useAppStore((s) => s.locale);
  const diagnostics = useDiagnostics();
  const groups = SEVERITIES.map((severity) => ({ severity, items: diagnostics.filter((d) => d.severity === severity) }));
  return (
    <div data-testid="diagnostics" className="panel-body sc-diagnostics">
      <div className="sc-diagnostics__counts" aria-label={TEXT.summary[locale]}>
        {groups.map(({ severity, items }) => (
          <span key={severity} className={`sc-count sc-count--${severity}`} data-testid={`diagnostics-count-${severity}`} data-count={items.length}>
            <strong>{items.length}</strong> {TEXT[severity as Severity][locale]}
          </span>
        ))}
      </div>
      {diagnostics.length === 0 ? <p className="muted">{TEXT.none[locale]}</p> : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ severity, items }) => (
          <section key={severity} data-testid={`diagnostics-group-${severity}`}>
            <h4>
              {TEXT[severity][locale]} ({items.length})
            </h4>
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
