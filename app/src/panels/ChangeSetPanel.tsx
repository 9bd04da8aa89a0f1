/**
 * The Change set tab (`tab-changeset`): the deployed baseline of an environment (mark the design
 * as deployed, `mark-deployed`; or load the deployed template, `load-baseline`), then what an update
 * to the current design does, as the CloudFormation console shows a change set: one row per
 * resource (`data-testid="change"` with `data-action`, `data-replacement`, `data-logical-id`), the
 * property details on expand, filters by action and replacement, and core's findings (data loss,
 * changes that cannot succeed) in the user's language. The diff is core's (`diffTemplates`), loaded
 * with this tab.
 */
import { ENVIRONMENT_NAMES, type Design, type EnvironmentName, type Locale } from '@stackcanvas/core';
import type { ChangeDetail, ChangeSet, Finding, ResourceChange } from '@stackcanvas/core/changeset';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { FindingsBadge } from '../canvas/Decorations';
import { renderCoreMessage, type MessageKey, type T } from '../i18n/index';
import { nodeLabel } from '../i18n/labels';
import type { ChangesetModule } from '../store/diffMemo';
import { useAppStore, useAppStoreApi, useLocale, useT } from '../store/provider';
import { IMPORT_ACCEPT } from './ImportButton';
import { LoadFailed } from './LoadFailed';
import { dataOutcome, worstSeverity, type ChangeRow, type ChangeView } from './changeView';
import './panels.css';
import { useChangeSet } from './useChangeSet';

type ActionFilter = 'all' | ResourceChange['action'];
type ReplacementFilter = 'all' | 'True' | 'Conditional' | 'False';

const ACTION_TEXT = {
  Add: 'actionAdd',
  Modify: 'actionModify',
  Remove: 'actionRemove',
  Dynamic: 'actionDynamic',
} as const satisfies Readonly<Record<ResourceChange['action'], MessageKey>>;
const REPLACEMENT_TEXT = {
  True: 'replacementTrue',
  False: 'replacementFalse',
  Conditional: 'replacementConditional',
} as const satisfies Readonly<Record<'True' | 'False' | 'Conditional', MessageKey>>;

const MAX_VALUE = 400;

/** A value as the console shows it: text as it is, anything else as compact JSON (shortened). */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function when(at: string, locale: Locale): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function resourceCount(template: Readonly<Record<string, unknown>>): number {
  const r = template['Resources'];
  return r && typeof r === 'object' ? Object.keys(r).length : 0;
}

function Baseline({ env }: { env: EnvironmentName }) {
  const store = useAppStoreApi();
  const t = useT();
  const locale = useLocale();
  const baseline = useAppStore((s) => s.design.baselines?.[env]);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async () => {
    const el = input.current;
    const file = el?.files?.[0];
    if (!el || !file) return;
    setBusy(true);
    try {
      await store.getState().loadBaseline(file);
    } finally {
      el.value = '';
      setBusy(false);
    }
  };
  return (
    <div className="sc-baseline">
      <div className="sc-baseline__row">
        <label>
          {t('changesetEnv')}{' '}
          <select data-testid="changeset-env" value={env} onChange={(e) => store.getState().setChangeEnv(e.target.value as EnvironmentName)}>
            {ENVIRONMENT_NAMES.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="mark-deployed" title={t('markDeployedTitle', { env })} onClick={() => store.getState().markDeployed()}>
          {t('markDeployed')}
        </button>
        <label className="sc-file-button" title={t('loadBaselineTitle', { env })} aria-busy={busy}>
          <input
            ref={input}
            className="sr-only"
            type="file"
            data-testid="load-baseline"
            accept={IMPORT_ACCEPT}
            disabled={busy}
            onChange={() => void onFile()}
          />
          {t('loadBaseline')}
        </label>
        {baseline ? (
          <button type="button" data-testid="forget-baseline" title={t('forgetBaselineTitle', { env })} onClick={() => store.getState().forgetBaseline()}>
            {t('forgetBaseline')}
          </button>
        ) : null}
      </div>
      <p className="small" data-testid="baseline-status" data-env={env} data-source={baseline?.source ?? 'none'} style={{ margin: 0 }}>
        {baseline
          ? t(baseline.source === 'marked' ? 'changesetBaselineMarked' : 'changesetBaselineLoaded', {
              env,
              when: when(baseline.at, locale),
              n: resourceCount(baseline.template),
            })
          : t('changesetBaselineNone', { env })}
      </p>
    </div>
  );
}

function Findings({ findings, owners, t, locale }: { findings: readonly Finding[]; owners: ReadonlyMap<string, string>; t: T; locale: Locale }) {
  const store = useAppStoreApi();
  if (!findings.length) return null;
  return (
    <section>
      <h3 className="sc-panel-heading">{t('changesetFindings')}</h3>
      <ul className="sc-findings" data-testid="change-findings">
        {findings.map((f) => {
          const owner = owners.get(f.logicalId);
          const data = dataOutcome([f]);
          return (
            <li
              key={`${f.code}:${f.logicalId}`}
              className={`sc-finding sc-finding--${f.severity}`}
              data-testid="change-finding"
              data-code={f.code}
              data-severity={f.severity}
              data-logical-id={f.logicalId}
              {...(data ? { 'data-data': data } : {})}
              onClick={owner ? () => store.getState().focusNodes([owner]) : undefined}
            >
              <span className="sc-finding__code">{f.code}</span> {renderCoreMessage(f, locale)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Detail({ d, changeset, t, locale }: { d: ChangeDetail; changeset: ChangesetModule; t: T; locale: Locale }) {
  const why = d.evaluation === 'Dynamic' || d.replacement === 'Conditional' ? changeset.causesText(d.causes)[locale] : null;
  const old = d.resolved ? d.resolved.old : d.old;
  const now = d.resolved ? d.resolved.new : d.new;
  return (
    <li className="sc-detail" data-testid="change-detail" data-path={d.path} data-replacement={d.replacement}>
      <div>
        <code>{d.path}</code> · {t('detailReplacement')}: <span className={`sc-repl sc-repl--${d.replacement}`}>{t(REPLACEMENT_TEXT[d.replacement])}</span>
      </div>
      {why ? <div className="muted small">{t('detailWhy', { why })}</div> : null}
      <dl>
        <dt>{t('detailOld')}</dt>
        <dd>
          <code className="sc-value" title={typeof old === 'string' ? old : JSON.stringify(old)}>
            {show(old)}
          </code>
        </dd>
        <dt>{t('detailNew')}</dt>
        <dd>
          <code className="sc-value" title={typeof now === 'string' ? now : JSON.stringify(now)}>
            {show(now)}
          </code>
        </dd>
      </dl>
      {d.resolved ? <div className="muted small">{t('detailMapped')}</div> : null}
    </li>
  );
}

/** A resource type that may break after each `::` (the panel is narrow). */
function TypeName({ type }: { type: string }) {
  const parts = type.split('::');
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i ? '::' : ''}
          {i ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </>
  );
}

function ownerName(row: ChangeRow, design: Design, view: ChangeView, locale: Locale): string | undefined {
  if (!row.owner) return undefined;
  const node = design.nodes.find((n) => n.id === row.owner);
  if (node) return nodeLabel(node, locale);
  const removed = view.removed.find((r) => r.id === row.owner);
  return removed?.label ?? removed?.last?.label ?? row.owner;
}

function Changes({ view, changeset, design, t, locale }: { view: ChangeView; changeset: ChangesetModule; design: Design; t: T; locale: Locale }) {
  const store = useAppStoreApi();
  const [action, setAction] = useState<ActionFilter>('all');
  const [replacement, setReplacement] = useState<ReplacementFilter>('all');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const set: ChangeSet = view.set;
  const rows = useMemo(
    () => view.rows.filter((r) => (action === 'all' || r.change.action === action) && (replacement === 'all' || r.change.replacement === replacement)),
    [view.rows, action, replacement],
  );
  const counts = useMemo(() => {
    const c = { add: 0, modify: 0, replace: 0, remove: 0 };
    for (const r of view.rows) {
      if (r.change.action === 'Add') c.add++;
      else if (r.change.action === 'Remove') c.remove++;
      else c.modify++;
      if (r.change.replacement === 'True' || r.change.replacement === 'Conditional') c.replace++;
    }
    return c;
  }, [view.rows]);
  const findingsOwners = useMemo(() => {
    const m = new Map<string, string>();
    for (const [node, list] of view.findings) for (const f of list) if (design.nodes.some((n) => n.id === node)) m.set(f.logicalId, node);
    return m;
  }, [view.findings, design.nodes]);
  const rowFindings = useMemo(() => {
    const m = new Map<string, Finding[]>();
    for (const f of set.findings) (m.get(f.logicalId) ?? m.set(f.logicalId, []).get(f.logicalId)!).push(f);
    return m;
  }, [set.findings]);

  if (!set.changes.length && !set.sections.length) {
    return (
      <p role="status" data-testid="changeset-empty" className="sc-changeset-empty">
        {t('changesetNone')}
      </p>
    );
  }
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return (
    <>
      <p role="status" data-testid="changeset-summary" data-count={set.changes.length} style={{ margin: 0 }}>
        <strong>{t('changesetSummary', counts)}</strong>
      </p>
      <Findings findings={set.findings} owners={findingsOwners} t={t} locale={locale} />
      {set.changes.length ? (
        <section>
          <div className="sc-filters">
            <label>
              {t('filterAction')}{' '}
              <select data-testid="changeset-filter-action" value={action} onChange={(e) => setAction(e.target.value as ActionFilter)}>
                <option value="all">{t('filterAll')}</option>
                {(['Add', 'Modify', 'Remove', 'Dynamic'] as const).map((a) => (
                  <option key={a} value={a}>
                    {t(ACTION_TEXT[a])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('filterReplacement')}{' '}
              <select data-testid="changeset-filter-replacement" value={replacement} onChange={(e) => setReplacement(e.target.value as ReplacementFilter)}>
                <option value="all">{t('filterAll')}</option>
                {(['True', 'Conditional', 'False'] as const).map((r) => (
                  <option key={r} value={r}>
                    {t(REPLACEMENT_TEXT[r])}
                  </option>
                ))}
              </select>
            </label>
            {rows.length !== set.changes.length ? (
              <span className="muted small">{t('changesetFiltered', { shown: rows.length, n: set.changes.length })}</span>
            ) : null}
          </div>
          {rows.length ? (
            <div className="sc-changes-scroll">
              <table className="sc-changes" data-testid="changes">
                <thead>
                  <tr>
                    <th scope="col">{t('colAction')}</th>
                    <th scope="col">{t('colLogicalId')}</th>
                    <th scope="col">{t('colType')}</th>
                    <th scope="col">{t('colReplacement')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const c = row.change;
                    const expanded = open.has(row.key);
                    const owner = ownerName(row, design, view, locale);
                    const present = row.owner !== undefined && design.nodes.some((n) => n.id === row.owner);
                    const findings = rowFindings.get(c.logicalId) ?? [];
                    const severity = worstSeverity(findings);
                    return (
                      <Fragment key={row.key}>
                        <tr
                          className={`sc-change-row sc-change-row--${c.action}`}
                          data-testid="change"
                          data-action={c.action}
                          data-replacement={c.replacement ?? 'null'}
                          data-logical-id={c.logicalId}
                        >
                          <td>
                            <button
                              type="button"
                              className="sc-expand"
                              aria-expanded={expanded}
                              aria-label={t('changeDetails', { id: c.logicalId })}
                              data-testid="change-expand"
                              onClick={() => toggle(row.key)}
                            >
                              {expanded ? '▾' : '▸'}
                            </button>{' '}
                            {t(ACTION_TEXT[c.action])}
                          </td>
                          <td>
                            <code className="sc-logical-id">{c.logicalId}</code>
                            {severity ? (
                              <>
                                {' '}
                                <FindingsBadge
                                  kind="row"
                                  locale={locale}
                                  findings={{
                                    severity,
                                    codes: findings.map((f) => f.code).join(' '),
                                    text: findings.map((f) => renderCoreMessage(f, locale)).join('\n'),
                                    ...(dataOutcome(findings) ? { data: dataOutcome(findings)! } : {}),
                                  }}
                                />
                              </>
                            ) : null}
                            <div className="small" title={t('colComponent')}>
                              {owner === undefined ? (
                                <span className="muted">{t('changeShared')}</span>
                              ) : present ? (
                                <button type="button" className="sc-link" onClick={() => store.getState().focusNodes([row.owner!])}>
                                  {owner}
                                </button>
                              ) : (
                                <s>{owner}</s>
                              )}
                            </div>
                          </td>
                          <td className="small">
                            <TypeName type={c.resourceType} />
                          </td>
                          <td className={c.replacement ? `sc-repl sc-repl--${c.replacement}` : 'muted'}>
                            {c.replacement ? t(REPLACEMENT_TEXT[c.replacement]) : '—'}
                          </td>
                        </tr>
                        {expanded ? (
                          <tr className="sc-change-details">
                            <td colSpan={4}>
                              {c.details.length ? (
                                <ul className="sc-details">
                                  {c.details.map((d) => (
                                    <Detail key={d.path} d={d} changeset={changeset} t={t} locale={locale} />
                                  ))}
                                </ul>
                              ) : (
                                <p className="muted small">{t('detailNone')}</p>
                              )}
                            </td>
                          </tr>
                        ) : null}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t('changesetNoMatch')}</p>
          )}
        </section>
      ) : null}
      {view.removed.length ? (
        <section>
          <h3 className="sc-panel-heading">{t('changesetRemoved')}</h3>
          <ul className="sc-removed" data-testid="changeset-removed">
            {view.removed.map((r) => (
              <li key={r.id} data-node-id={r.id}>
                <s>{r.last ? nodeLabel(r.last, locale) : (r.label ?? r.id)}</s> <span className="muted small">({r.logicalIds.join(', ')})</span>
                {r.last ? null : <div className="muted small">{t('changesetRemovedPlaced', { label: r.label ?? r.id })}</div>}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {set.sections.length ? (
        <section>
          <h3 className="sc-panel-heading">{t('changesetSections')}</h3>
          <ul className="sc-sections" data-testid="changeset-sections">
            {set.sections.map((s) => (
              <li key={`${s.section}:${s.name}`} data-section={s.section} data-action={s.action}>
                {t(ACTION_TEXT[s.action])} <code>{s.section === s.name ? s.section : `${s.section}.${s.name}`}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function ChangeSetPanel() {
  const store = useAppStoreApi();
  const t = useT();
  const locale = useLocale();
  const changeset = useAppStore((s) => s.changesetModule);
  const onCanvas = useAppStore((s) => s.changesOnCanvas);
  const design = useAppStore((s) => s.design);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    let live = true;
    // A failed fetch is kept by the browser for the page's lifetime: the notice offers a reload, not a retry.
    store
      .getState()
      .loadChangeset()
      .then(
        () => live && setLoadFailed(false),
        () => live && setLoadFailed(true),
      );
    return () => {
      live = false;
    };
  }, [store]);
  const state = useChangeSet();

  return (
    <div className="panel-body sc-changeset-panel" data-testid="changeset-panel">
      <p className="muted" style={{ margin: 0 }}>
        {t('changesetIntro')}
      </p>
      <Baseline env={state.env} />
      <label className="checkbox">
        <input type="checkbox" data-testid="changes-on-canvas" checked={onCanvas} onChange={(e) => store.getState().setChangesOnCanvas(e.target.checked)} />
        {t('changesOnCanvas')}
      </label>
      {loadFailed ? (
        <LoadFailed part="partChangesetDiff" testId="changeset-error" />
      ) : state.status === 'loading' ? (
        <p className="muted">{t('changesetLoading')}</p>
      ) : state.status === 'export-failed' ? (
        <p role="alert" data-testid="changeset-error">
          {t('changesetExportFailed', { detail: state.message })}
        </p>
      ) : state.status === 'ready' && changeset ? (
        <Changes view={state.view} changeset={changeset} design={design} t={t} locale={locale} />
      ) : null}
    </div>
  );
}
