/**
 * The inspector: a form generated from the catalog's props for the selected node or edge
 * (types, limits, defaults, help), with inline errors. A valid value goes through the store into
 * the document at once; an invalid one stays in the field with its error and changes nothing.
 * Test hooks: root `inspector`, each field `prop-<name>`, the label `node-label`.
 *
 * This frame is part of the first load; the forms (`InspectorForms.tsx`) are fetched at the
 * first gesture (`atFirstGesture` in `App.tsx`), before a click can select anything.
 */
import { Suspense } from 'react';
import { useAppStore, useLocale, useT } from '../store/provider';
import { preloadable } from './preloadable';

const NodeInspector = preloadable(() => import('./InspectorForms').then((m) => m.NodeInspector), 'partInspector');
const EdgeInspector = preloadable(() => import('./InspectorForms').then((m) => m.EdgeInspector), 'partInspector');

/** Fetches the forms ahead of the first selection. */
export const preloadInspectorForms = () => Promise.all([NodeInspector.preload(), EdgeInspector.preload()]);

export function Inspector() {
  const locale = useLocale();
  const t = useT();
  const count = useAppStore((s) => s.selection.nodes.length + s.selection.edges.length);
  const node = useAppStore((s) =>
    s.selection.nodes.length === 1 && !s.selection.edges.length ? s.design.nodes.find((n) => n.id === s.selection.nodes[0]) : undefined,
  );
  const edge = useAppStore((s) =>
    s.selection.edges.length === 1 && !s.selection.nodes.length ? s.design.edges.find((e) => e.id === s.selection.edges[0]) : undefined,
  );
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspector')}>
      <h2 className="inspector__title">{t('inspector')}</h2>
      <Suspense fallback={<p className="muted">{t('inspectorLoading')}</p>}>
        {node ? (
          <NodeInspector key={node.id} node={node} locale={locale} />
        ) : edge ? (
          <EdgeInspector key={edge.id} edge={edge} locale={locale} />
        ) : (
          <p className="muted">{count > 1 ? t('manySelected', { n: count }) : t('nothingSelected')}</p>
        )}
      </Suspense>
    </section>
  );
}
