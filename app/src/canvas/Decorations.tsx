/**
 * How decorations (`decorations.ts`) are drawn: the change-set colour, finding badge and traffic
 * load on a node, the traffic label on an edge, and the ghosts of removed components. Everything is
 * text (never HTML) and positioned over the node, so a node's size and layout do not change.
 */
import { catalog, type Locale } from '@stackcanvas/core';
import { ViewportPortal } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { translate, type MessageKey } from '../i18n/index';
import type { NodeChange } from '../panels/changeView';
import { trafficText, trafficTitle, type Decorations, type EdgeDecoration, type Ghost, type NodeDecoration, type NodeFindingsDecoration } from './decorations';
import './decorations.css';
import { iconUrl } from './icons';

const CHANGE_TEXT: Readonly<Record<NodeChange, MessageKey>> = {
  added: 'changeAdded',
  modified: 'changeModified',
  replaced: 'changeReplaced',
  'maybe-replaced': 'changeMaybeReplaced',
};

const SYMBOL = { error: '!', warning: '▲', info: 'i' } as const;

/** Classes for the node's root element. */
export function decorationClass(d: NodeDecoration | undefined): string {
  if (!d) return '';
  return `${d.change ? ` sc-change sc-change--${d.change}` : ''}${d.traffic ? ` sc-traffic${d.traffic.overloaded ? ' sc-traffic--overloaded' : ''}` : ''}`;
}

/** Test hooks on the node's root element: `data-rps` (requests/s arriving, rounded), `data-change`, `data-overloaded`. */
export function decorationAttributes(d: NodeDecoration | undefined): Record<string, string> {
  if (!d) return {};
  const out: Record<string, string> = {};
  if (d.change) out['data-change'] = d.change;
  if (d.traffic) {
    out['data-rps'] = String(d.traffic.rps);
    out['data-overloaded'] = String(d.traffic.overloaded);
  }
  return out;
}

export function FindingsBadge({ findings, locale, kind }: { findings: NodeFindingsDecoration; locale: Locale; kind: 'node' | 'ghost' | 'row' }) {
  const what = findings.data === 'lost' ? 'changeDataLost' : findings.data === 'kept' ? 'changeDataKept' : 'changeFindingsOnly';
  return (
    <span
      className={`sc-change-badge sc-change-badge--${findings.severity} sc-change-badge--${kind}`}
      data-testid="change-badge"
      data-severity={findings.severity}
      data-codes={findings.codes}
      {...(findings.data ? { 'data-data': findings.data } : {})}
      title={findings.text}
      role="img"
      aria-label={`${translate(locale, what)}: ${findings.text}`}
    >
      {findings.data ? '⛁' : SYMBOL[findings.severity]}
      {findings.data === 'lost' ? <span className="sc-change-badge__word">{translate(locale, 'changeDataLostShort')}</span> : null}
    </span>
  );
}

/** Drawn inside a service node: its change tag and finding badge, and its traffic load. */
export function NodeDecorationView({ decoration, locale }: { decoration: NodeDecoration | undefined; locale: Locale }) {
  if (!decoration) return null;
  const { change, findings, traffic } = decoration;
  return (
    <>
      {change ? (
        <span className="sc-change-tag" data-testid="change-tag">
          {translate(locale, CHANGE_TEXT[change])}
        </span>
      ) : null}
      {findings ? <FindingsBadge findings={findings} locale={locale} kind="node" /> : null}
      {traffic ? (
        <span className="sc-node-load" data-testid="node-load" title={trafficTitle(traffic, locale)}>
          {trafficText(traffic, locale)}
          {traffic.overloaded ? <strong> · {translate(locale, 'trafficOverloaded')}</strong> : null}
        </span>
      ) : null}
    </>
  );
}

/** Drawn in an edge's label: its requests per second. */
export function EdgeDecorationView({ decoration }: { decoration: EdgeDecoration | undefined }) {
  const traffic = decoration?.traffic;
  if (!traffic) return null;
  return (
    <span className={`sc-edge-rps${traffic.rps === 0 ? ' sc-edge-rps--idle' : ''}`} data-testid="edge-rps" data-rps={traffic.rps}>
      {traffic.label}
    </span>
  );
}

/** The stroke of an edge in traffic mode: its width by the requests it carries. */
export function edgeStyle(decoration: EdgeDecoration | undefined): CSSProperties | undefined {
  const traffic = decoration?.traffic;
  if (!traffic) return undefined;
  return traffic.rps === 0 ? { strokeWidth: traffic.width, strokeDasharray: '4 4' } : { strokeWidth: traffic.width };
}

const GhostView = memo(function GhostView({ ghost, locale }: { ghost: Ghost; locale: Locale }) {
  const spec = ghost.kind ? catalog[ghost.kind] : undefined;
  return (
    <div
      className={`sc-ghost${ghost.placed ? ' sc-ghost--placed' : ''}`}
      data-testid="ghost"
      data-node-id={ghost.id}
      style={{ transform: `translate(${ghost.x}px, ${ghost.y}px)` }}
      title={`${translate(locale, ghost.placed ? 'ghostPlacedTitle' : 'ghostTitle', { label: ghost.label })}\n${ghost.logicalIds.join(', ')}`}
    >
      {spec ? <img className="service-node__icon" src={iconUrl(spec.icon)} alt="" draggable={false} /> : null}
      <div className="service-node__text">
        <div className="service-node__label">{ghost.label}</div>
        <div className="service-node__kind">{spec ? spec.name[locale] : ghost.logicalIds.join(', ')}</div>
      </div>
      <span className="sc-change-tag">{translate(locale, 'changeRemoved')}</span>
      {ghost.findings ? <FindingsBadge findings={ghost.findings} locale={locale} kind="ghost" /> : null}
    </div>
  );
});

/** Removed components, drawn as ghosts in the flow's coordinates (like the VPC frame). */
export const ChangeGhosts = memo(function ChangeGhosts({ decorations, locale }: { decorations: Decorations; locale: Locale }) {
  if (!decorations.ghosts.length) return null;
  return (
    <ViewportPortal>
      {decorations.ghosts.map((g) => (
        <GhostView key={g.id} ghost={g} locale={locale} />
      ))}
    </ViewportPortal>
  );
});
