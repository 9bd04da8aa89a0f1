/**
 * Severity badges drawn on nodes and edges. Each badge subscribes with a selector that returns a
 * string, so a badge re-renders only when its own severity or text changes, never on a move.
 */
import type { Locale, Severity } from '@stackcanvas/core';
import { useAppStore, type AppState } from '../store/createAppStore';
import './diagnostics.css';
import { diagnosticsFor, elementIndex, type ElementSummary } from './memo';

const SYMBOL: Readonly<Record<Severity, string>> = { error: '!', warning: '▲', info: 'i' };
const SEVERITY_NAME: Readonly<Record<Severity, Record<Locale, string>>> = {
  error: { en: 'error', ko: '오류' },
  warning: { en: 'warning', ko: '경고' },
  info: { en: 'info', ko: '정보' },
};

function summaryText(summary: ElementSummary | undefined, locale: Locale): string {
  if (!summary) return '';
  const lines = summary.items.map((d) => `• ${d.rule} ${d.message[locale]}`);
  return `${summary.severity}\n${lines.join('\n')}`;
}

function Badge({ text, kind, id, locale }: { text: string; kind: 'node' | 'edge'; id: string; locale: Locale }) {
  if (!text) return null;
  const newline = text.indexOf('\n');
  const severity = text.slice(0, newline) as Severity;
  const title = text.slice(newline + 1);
  const count = title.split('\n').length;
  return (
    <span
      className={`sc-badge sc-badge--${severity} sc-badge--${kind}`}
      data-testid={`${kind}-badge`}
      data-severity={severity}
      data-for={id}
      title={title}
      role="img"
      aria-label={`${count} ${SEVERITY_NAME[severity][locale]}: ${title}`}
    >
      {SYMBOL[severity]}
      {count > 1 ? <span className="sc-badge__count">{count}</span> : null}
    </span>
  );
}

export function NodeBadge({ nodeId }: { nodeId: string }) {
  const locale = useAppStore((s) => s.locale);
  const text = useAppStore((s: AppState) => summaryText(elementIndex(diagnosticsFor(s.design)).nodes.get(nodeId), s.locale));
  return <Badge text={text} kind="node" id={nodeId} locale={locale} />;
}

export function EdgeBadge({ edgeId }: { edgeId: string }) {
  const locale = useAppStore((s) => s.locale);
  const text = useAppStore((s: AppState) => summaryText(elementIndex(diagnosticsFor(s.design)).edges.get(edgeId), s.locale));
  return <Badge text={text} kind="edge" id={edgeId} locale={locale} />;
}
