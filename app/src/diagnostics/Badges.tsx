/**
 * Severity badges drawn on nodes and edges. Each badge subscribes with a selector that returns a
 * string, so a badge re-renders only when its own severity or text changes, never on a move.
 */
import type { DesignNode, Locale, Severity } from '@stackcanvas/core';
import { coreText, msg, type MessageKey } from '../i18n/index';
import { withLabels } from '../i18n/labels';
import { useAppStore, useT } from '../store/provider';
import type { AppState } from '../store/createAppStore';
import './diagnostics.css';
import type { ElementSummary } from './memo';

const SYMBOL: Readonly<Record<Severity, string>> = { error: '!', warning: '▲', info: 'i' };
const SEVERITY_NAME: Readonly<Record<Severity, Extract<MessageKey, `badge${Capitalize<Severity>}`>>> = {
  error: 'badgeError',
  warning: 'badgeWarning',
  info: 'badgeInfo',
};

function summaryText(summary: ElementSummary | undefined, nodes: readonly DesignNode[], locale: Locale): string {
  if (!summary) return '';
  const lines = summary.items.map((d) => `• ${d.rule} ${coreText(withLabels(d.message[locale], nodes, locale), locale)}`);
  return `${summary.severity}\n${lines.join('\n')}`;
}

function Badge({ text, kind, id }: { text: string; kind: 'node' | 'edge'; id: string }) {
  const t = useT();
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
      aria-label={t('badgeAria', { n: count, severity: msg(SEVERITY_NAME[severity]), details: title })}
    >
      {SYMBOL[severity]}
      {count > 1 ? <span className="sc-badge__count">{count}</span> : null}
    </span>
  );
}

export function NodeBadge({ nodeId }: { nodeId: string }) {
  const text = useAppStore((s: AppState) =>
    summaryText(s.diagnostics.elementIndex(s.diagnostics.diagnosticsFor(s.design)).nodes.get(nodeId), s.design.nodes, s.locale),
  );
  return <Badge text={text} kind="node" id={nodeId} />;
}

export function EdgeBadge({ edgeId }: { edgeId: string }) {
  const text = useAppStore((s: AppState) =>
    summaryText(s.diagnostics.elementIndex(s.diagnostics.diagnosticsFor(s.design)).edges.get(edgeId), s.design.nodes, s.locale),
  );
  return <Badge text={text} kind="edge" id={edgeId} />;
}
