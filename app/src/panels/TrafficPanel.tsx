/**
 * The Traffic tab: the entry rate (`traffic-rps`), the traffic assumptions of the design as
 * sliders (hit ratios and CDN shares first; `traffic-node-<id>-<prop>` / `traffic-edge-<id>-<prop>`),
 * one summary sentence per cache (core's `trafficSummaries` + `formatSummary`) and the overloads.
 * The numbers on the canvas are drawn by the canvas while traffic mode (`traffic-mode`) is on.
 *
 * A slider move is a design edit (one undo step per drag). Each row is memoized on its own value,
 * so a move re-renders only that row, the summaries and the canvas nodes whose numbers changed.
 */
import { formatSummary, trafficSummaries, type Locale } from '@stackcanvas/core';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { nodeLabel } from '../i18n/labels';
import type { TrafficTarget } from '../store/slices/traffic';
import { MAX_ENTRY_RPS } from '../store/slices/traffic';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';
import './panels.css';
import { assumptionsOf, type Assumption, type AssumptionGroup } from './trafficAssumptions';

function testId(target: TrafficTarget, name: string): string {
  return 'node' in target ? `traffic-node-${target.node}-${name}` : `traffic-edge-${target.edge}-${name}`;
}

interface RowProps {
  readonly target: TrafficTarget;
  readonly item: Assumption;
  readonly locale: Locale;
}

/** Rows are rebuilt on every edit; a row re-renders only when what it shows changed. */
const sameRow = (a: RowProps, b: RowProps) =>
  a.locale === b.locale &&
  a.item.name === b.item.name &&
  a.item.value === b.item.value &&
  a.item.set === b.item.set &&
  a.item.spec === b.item.spec &&
  JSON.stringify(a.target) === JSON.stringify(b.target);

const Row = memo(function Row({ target, item, locale }: RowProps) {
  const store = useAppStoreApi();
  const id = useId();
  const gesture = useRef<number | undefined>(undefined);
  const { spec, name, value } = item;
  const slider = spec.max <= 100;
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(String(value));
  }
  const apply = (text: string) => {
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= spec.min && n <= spec.max) store.getState().setTrafficProp(target, name, n, gesture.current);
  };
  const unit = spec.unit ? spec.unit[locale] : '';
  const end = () => {
    gesture.current = undefined;
  };
  return (
    <div className="sc-traffic-row">
      <label htmlFor={id} title={spec.help?.[locale]}>
        {spec.label[locale]}
      </label>
      {slider ? (
        <input
          id={id}
          type="range"
          data-testid={testId(target, name)}
          min={spec.min}
          max={spec.max}
          step={1}
          value={value}
          title={spec.help?.[locale]}
          onPointerDown={() => {
            gesture.current = store.getState().beginTrafficGesture();
          }}
          onPointerUp={end}
          onPointerCancel={end}
          onBlur={end}
          onChange={(e) => apply(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type="number"
          data-testid={testId(target, name)}
          min={spec.min}
          max={spec.max}
          step={1}
          value={draft}
          title={spec.help?.[locale]}
          onChange={(e) => {
            setDraft(e.target.value);
            apply(e.target.value);
          }}
        />
      )}
      <output htmlFor={id} className={item.set ? 'sc-traffic-value' : 'sc-traffic-value muted'}>
        {slider ? `${value}${unit}` : unit}
      </output>
    </div>
  );
}, sameRow);

function Group({ group, names, locale }: { group: AssumptionGroup; names: string; locale: Locale }) {
  return (
    <fieldset className="sc-traffic-group">
      <legend>{names}</legend>
      {group.items.map((item) => (
        <Row key={item.name} target={group.target} item={item} locale={locale} />
      ))}
    </fieldset>
  );
}

function EntryRate() {
  const store = useAppStoreApi();
  const t = useT();
  const rps = useAppStore((s) => s.entryRps);
  const [draft, setDraft] = useState(String(rps));
  const [seen, setSeen] = useState(rps);
  if (seen !== rps) {
    setSeen(rps);
    if (Number(draft) !== rps) setDraft(String(rps));
  }
  const n = Number(draft);
  const valid = draft.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= MAX_ENTRY_RPS;
  const id = useId();
  return (
    <div className={`field${valid ? '' : ' invalid'}`}>
      <label htmlFor={id}>{t('trafficEntry')}</label>
      <input
        id={id}
        type="number"
        data-testid="traffic-rps"
        min={0}
        max={MAX_ENTRY_RPS}
        step={1000}
        value={draft}
        aria-invalid={!valid}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '') store.getState().setEntryRps(v);
        }}
      />
      {valid ? null : (
        <small className="field-error" role="alert">
          {t('trafficEntryError')}
        </small>
      )}
      <small className="muted">{t('trafficEntryHelp')}</small>
    </div>
  );
}

export function TrafficPanel() {
  const store = useAppStoreApi();
  const t = useT();
  const locale = useLocale();
  const design = useAppStore((s) => s.design);
  const rps = useAppStore((s) => s.entryRps);
  const mode = useAppStore((s) => s.trafficMode);
  const result = useMemo(() => store.getState().trafficFor(design, rps), [store, design, rps]);
  const assumptions = useMemo(() => assumptionsOf(design, result), [design, result]);
  const summaries = useMemo(
    () => trafficSummaries(design, result).map((s) => ({ key: `${s.id}:${s.node}:${s.store ?? ''}`, node: s.node, text: formatSummary(s, locale) })),
    [design, result, locale],
  );
  const labels = useMemo(() => new Map(design.nodes.map((n) => [n.id, nodeLabel(n, locale)])), [design.nodes, locale]);
  const nameOf = (g: AssumptionGroup) =>
    g.nodes.length === 2
      ? t('trafficEdgeName', { source: labels.get(g.nodes[0]!) ?? '', target: labels.get(g.nodes[1]!) ?? '' })
      : (labels.get(g.nodes[0]!) ?? '');
  const overloaded = [...result.nodes].filter(([, n]) => n.overloaded).map(([id]) => labels.get(id) ?? id);

  return (
    <div className="panel-body sc-traffic-panel" data-testid="traffic-panel">
      <p className="muted" style={{ margin: 0 }}>
        {t('trafficIntro')}
      </p>
      {mode ? null : <p className="small">{t('trafficOffHint')}</p>}
      <EntryRate />
      {result.entries.length ? null : (
        <p role="status" data-testid="traffic-no-entry">
          {t('trafficNoEntry')}
        </p>
      )}
      <p role="status" data-testid="traffic-overloads" data-count={overloaded.length} className={overloaded.length ? 'sc-traffic-overloaded' : 'muted'}>
        {overloaded.length ? t('trafficOverloads', { names: overloaded.join(', ') }) : t('trafficNoOverload')}
      </p>
      {summaries.length ? (
        <section>
          <h3 className="sc-panel-heading">{t('trafficSummaries')}</h3>
          <ul className="sc-traffic-summaries" data-testid="traffic-summaries">
            {summaries.map((s) => (
              <li key={s.key} data-testid="traffic-summary" data-node={s.node}>
                {s.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {assumptions.caches.length ? (
        <section>
          <h3 className="sc-panel-heading">{t('trafficCaches')}</h3>
          {assumptions.caches.map((g) => (
            <Group key={g.key} group={g} names={nameOf(g)} locale={locale} />
          ))}
        </section>
      ) : null}
      {assumptions.other.length ? (
        <details>
          <summary className="sc-panel-heading">{t('trafficOther')}</summary>
          {assumptions.other.map((g) => (
            <Group key={g.key} group={g} names={nameOf(g)} locale={locale} />
          ))}
        </details>
      ) : null}
    </div>
  );
}
