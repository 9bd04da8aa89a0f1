/**
 * The inspector's forms (`Inspector.tsx` holds the frame): generated from the catalog's props for
 * the selected node or edge (types, limits, defaults, help), with inline errors. A valid value goes
 * through the store into the document at once; an invalid one stays in the field with its error
 * and changes nothing. Fetched at the first gesture, not part of the first load.
 */
import {
  catalog,
  connectionMeaning,
  edgePropSpecs,
  MAX_LABEL_LENGTH,
  type DesignEdge,
  type DesignNode,
  type I18n,
  type Locale,
  type PropSpec,
  type PropSpecs,
} from '@stackcanvas/core';
import { propHelp } from '@stackcanvas/core/help';
import { useId, useState } from 'react';
import { iconUrl } from '../canvas/icons';
import { nodeLabel } from '../i18n/labels';
import { useAppStore, useAppStoreApi, useT } from '../store/provider';
import { parseField } from './fields';

export function NodeInspector({ node, locale }: { node: DesignNode; locale: Locale }) {
  const store = useAppStoreApi();
  const t = useT();
  const spec = catalog[node.kind];
  const labelId = useId();
  return (
    <div className="inspector__body">
      <header className="inspector__head">
        <img src={iconUrl(spec.icon)} alt="" width={32} height={32} />
        <div>
          <strong>{spec.name[locale]}</strong>
          <div className="muted small">
            {t('nodeId')}: <code>{node.id}</code>
          </div>
        </div>
      </header>
      <p className="small">
        {spec.description[locale]}{' '}
        <a href={spec.docsUrl} target="_blank" rel="noreferrer noopener">
          {t('docs')}
        </a>
      </p>
      <div className="field">
        <label htmlFor={labelId}>{t('label')}</label>
        <input
          id={labelId}
          data-testid="node-label"
          type="text"
          maxLength={MAX_LABEL_LENGTH}
          value={node.label ?? ''}
          placeholder={nodeLabel({ ...node, label: undefined } as DesignNode, locale)}
          onChange={(e) => store.getState().setNodeLabel(node.id, e.target.value)}
        />
        <small className="muted">{t('labelHelp')}</small>
      </div>
      {node.imported ? (
        <p className="muted small" data-testid="node-held">
          {t('heldResources', { ids: node.imported.resources.join(', ') })}
        </p>
      ) : null}
      <PropsForm
        specs={spec.props}
        values={node.props}
        helpOf={(name) => propHelp(node.kind, name)}
        locale={locale}
        fromTemplate={node.imported ? { props: node.imported.props, expressions: node.imported.expressions ?? {} } : undefined}
        onChange={(patch) => store.getState().updateNodeProps(node.id, patch)}
      />
      <DeleteButton />
    </div>
  );
}

export function EdgeInspector({ edge, locale }: { edge: DesignEdge; locale: Locale }) {
  const store = useAppStoreApi();
  const t = useT();
  const source = useAppStore((s) => s.design.nodes.find((n) => n.id === edge.source));
  const target = useAppStore((s) => s.design.nodes.find((n) => n.id === edge.target));
  if (!source || !target) return null;
  const meaning = connectionMeaning(source.kind, target.kind, target.props);
  const specs = edgePropSpecs(source.kind, target.kind);
  return (
    <div className="inspector__body">
      <header className="inspector__head">
        <div>
          <strong>{t('connection')}</strong>
          <div className="small">{t('connectionEnds', { source: nodeLabel(source, locale), target: nodeLabel(target, locale) })}</div>
          <div className="muted small">{meaning ? meaning[locale] : catalog[source.kind].connectionHint[locale]}</div>
        </div>
      </header>
      {Object.keys(specs).length ? (
        <PropsForm
          specs={specs}
          values={edge.props}
          helpOf={(name) => propHelp(source.kind, name, 'edge')}
          locale={locale}
          onChange={(patch) => store.getState().updateEdgeProps(edge.id, patch)}
        />
      ) : (
        <p className="muted small">{t('noProps')}</p>
      )}
      <DeleteButton />
    </div>
  );
}

/** Deletes the selection (one undo step), like the Delete key. */
function DeleteButton() {
  const store = useAppStoreApi();
  const t = useT();
  return (
    <button type="button" className="danger" data-testid="inspector-delete" onClick={() => store.getState().deleteSelection()}>
      {t('delete')}
    </button>
  );
}

/** What an imported node's props were when the template was read, and the expressions some of them were given by. */
interface FromTemplate {
  readonly props: Readonly<Record<string, unknown>>;
  readonly expressions: Readonly<Record<string, unknown>>;
}

/** A CloudFormation expression in the short form a reader knows (`!Ref HashKeyName`). */
function expressionText(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const [key] = Object.keys(value);
    const inner = (value as Record<string, unknown>)[key!];
    if (key === 'Ref') return `!Ref ${String(inner)}`;
    if (key?.startsWith('Fn::')) return `!${key.slice(4)} ${JSON.stringify(inner)}`;
  }
  return JSON.stringify(value);
}

function PropsForm(props: {
  specs: PropSpecs;
  values: Readonly<Record<string, unknown>>;
  /** The help text of a prop whose spec carries none (the kind's help facet). */
  helpOf: (name: string) => I18n | undefined;
  locale: Locale;
  fromTemplate?: FromTemplate | undefined;
  onChange: (patch: Record<string, unknown>) => void;
}) {
  return (
    <div className="props-form">
      {Object.entries(props.specs).map(([name, spec]) => (
        <PropField
          key={name}
          name={name}
          spec={spec}
          help={spec.help ?? props.helpOf(name)}
          value={props.values[name]}
          locale={props.locale}
          // The template's expression, while the value is still the one read from it.
          expression={
            props.fromTemplate &&
            name in props.fromTemplate.expressions &&
            JSON.stringify(props.values[name]) === JSON.stringify(props.fromTemplate.props[name])
              ? expressionText(props.fromTemplate.expressions[name])
              : undefined
          }
          onChange={(v) => props.onChange({ [name]: v })}
        />
      ))}
    </div>
  );
}

/** Text of a value in its field. */
function format(spec: PropSpec, value: unknown): string {
  if (value === undefined) return '';
  if (spec.type === 'json') return JSON.stringify(value, null, 2);
  return String(value);
}

function PropField({
  name,
  spec,
  help,
  value,
  locale,
  expression,
  onChange,
}: {
  name: string;
  spec: PropSpec;
  help: I18n | undefined;
  value: unknown;
  locale: Locale;
  expression?: string | undefined;
  onChange: (v: unknown) => void;
}) {
  const t = useT();
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  // The field's own text while it is edited; follows the document when it changes elsewhere (undo).
  const [draft, setDraft] = useState(() => format(spec, value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    const current = parseField(spec, draft, locale);
    if (!current.ok || JSON.stringify(current.value) !== JSON.stringify(value)) setDraft(format(spec, value));
  }
  const parsed = spec.type === 'boolean' || spec.type === 'enum' ? null : parseField(spec, draft, locale);
  const error = parsed && !parsed.ok ? parsed.error : null;
  const edit = (text: string) => {
    setDraft(text);
    const p = parseField(spec, text, locale);
    if (p.ok) onChange(p.value);
  };
  const described = error ? `${helpId} ${errorId}` : helpId;
  const defaultText = spec.default === undefined || spec.type === 'json' ? null : t('defaultValue', { value: formatDefault(spec, locale) });
  let control;
  switch (spec.type) {
    case 'boolean':
      control = (
        <input
          id={id}
          data-testid={`prop-${name}`}
          type="checkbox"
          checked={value === true}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
      break;
    case 'enum':
      control = (
        <select
          id={id}
          data-testid={`prop-${name}`}
          value={String(value ?? spec.default)}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        >
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[locale]}
            </option>
          ))}
        </select>
      );
      break;
    case 'integer':
      control = (
        <input
          id={id}
          data-testid={`prop-${name}`}
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          step={1}
          value={draft}
          aria-invalid={!!error}
          aria-describedby={described}
          onChange={(e) => edit(e.target.value)}
        />
      );
      break;
    case 'string':
      control = (
        <>
          <input
            id={id}
            data-testid={`prop-${name}`}
            type="text"
            value={draft}
            placeholder={spec.default === undefined ? '*' : undefined}
            list={spec.suggestions ? `${id}-list` : undefined}
            aria-invalid={!!error}
            aria-describedby={described}
            onChange={(e) => edit(e.target.value)}
          />
          {spec.suggestions ? (
            <datalist id={`${id}-list`}>
              {spec.suggestions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label[locale]}
                </option>
              ))}
            </datalist>
          ) : null}
        </>
      );
      break;
    case 'json':
      control = (
        <textarea
          id={id}
          data-testid={`prop-${name}`}
          rows={5}
          spellCheck={false}
          value={draft}
          aria-invalid={!!error}
          aria-describedby={described}
          onChange={(e) => edit(e.target.value)}
        />
      );
      break;
  }
  return (
    <div className={`field field-${spec.type}${error ? ' invalid' : ''}`}>
      {spec.type === 'boolean' ? (
        <label className="checkbox" htmlFor={id}>
          {control} {spec.label[locale]}
        </label>
      ) : (
        <>
          <label htmlFor={id}>
            {spec.label[locale]}
            {spec.type === 'integer' ? (
              <span className="muted small">
                {' '}
                ({t('range', { min: spec.min, max: spec.max })}
                {spec.unit ? ` ${spec.unit[locale]}` : ''})
              </span>
            ) : null}
          </label>
          {control}
        </>
      )}
      {error ? (
        <small id={errorId} className="field-error" data-testid={`prop-error-${name}`} role="alert">
          {error}
        </small>
      ) : null}
      {expression ? (
        <small className="field-expression" data-testid={`prop-expression-${name}`}>
          {t('fromTemplate', { expression })}
        </small>
      ) : null}
      <small id={helpId} className="muted">
        {help?.[locale]}
        {defaultText ? `${help ? ' ' : ''}(${defaultText})` : ''}
      </small>
    </div>
  );
}

function formatDefault(spec: PropSpec, locale: Locale): string {
  if (spec.type === 'enum') return spec.options.find((o) => o.value === spec.default)?.label[locale] ?? String(spec.default);
  if (spec.type === 'boolean') return spec.default ? '✓' : '✗';
  return String(spec.default);
}
