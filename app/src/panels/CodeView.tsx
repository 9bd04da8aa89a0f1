/**
 * The Template tab's code view: CodeMirror 6, read-only, loaded on demand (this module is only
 * ever imported dynamically). CodeMirror draws the lines in view and parses for highlighting only
 * as far as it shows, so a 2.6 MB template costs what one screen of it costs.
 *
 * Test hooks (docs/testing.md, the contract's Template tab): the scroller is `template-code` with
 * `data-format`; the key line of each resource drawn is a `template-resource` with
 * `data-logical-id` (and `data-node-id` when a node emitted it), marked `cfn-block--marked` when
 * its node is selected (its other lines `cfn-line--marked`). Mod-A selects the whole template, so
 * copying takes all of it, not only the lines drawn.
 */
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, EditorView, keymap, type DecorationSet } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import type { ResourceRange, TemplateFormat } from './templateText';

export interface CodeViewProps {
  readonly text: string;
  readonly format: TemplateFormat;
  readonly ranges: readonly ResourceRange[];
  /** Logical id → node id. */
  readonly owners: ReadonlyMap<string, string>;
  /** Selected node ids: their resources are marked, and the first is scrolled to. */
  readonly selected: ReadonlySet<string>;
  readonly label: string;
  /** Which stack the text is (`data-stack`): `main`, or `usEast1` for the companion stack. */
  readonly stack?: string;
}

const MARKED_KEY_LINE = Decoration.line({ class: 'cfn-block--marked' });
const MARKED_LINE = Decoration.line({ class: 'cfn-line--marked' });

/** The key line of every resource, with its hooks: fixed for a text, so built once per text. */
function keyLines(state: EditorState, ranges: readonly ResourceRange[], owners: ReadonlyMap<string, string>): DecorationSet {
  const b = new RangeSetBuilder<Decoration>();
  const doc = state.doc;
  for (const r of ranges) {
    if (r.from > doc.length) break;
    const attributes: Record<string, string> = { 'data-testid': 'template-resource', 'data-logical-id': r.logicalId };
    const nodeId = owners.get(r.logicalId);
    if (nodeId) attributes['data-node-id'] = nodeId;
    const at = doc.lineAt(r.from).from;
    b.add(at, at, Decoration.line({ class: 'cfn-block', attributes }));
  }
  return b.finish();
}

/** The marks of the selected nodes' resources (a few lines; rebuilt when the selection changes). */
function marks(state: EditorState, props: CodeViewProps): DecorationSet {
  const b = new RangeSetBuilder<Decoration>();
  if (!props.selected.size) return b.finish();
  const doc = state.doc;
  for (const r of props.ranges) {
    if (r.to > doc.length) break;
    if (!props.selected.has(props.owners.get(r.logicalId) ?? '')) continue;
    const first = doc.lineAt(r.from);
    b.add(first.from, first.from, MARKED_KEY_LINE);
    const last = doc.lineAt(r.to).number;
    for (let n = first.number + 1; n <= last; n++) {
      const line = doc.line(n);
      b.add(line.from, line.from, MARKED_LINE);
    }
  }
  return b.finish();
}

const language = (format: TemplateFormat): Extension => (format === 'yaml' ? yaml() : json());

const selectAll = keymap.of([
  {
    key: 'Mod-a',
    run: (view) => {
      view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } });
      return true;
    },
  },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '12px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.45' },
  '.cm-content': { padding: '6px 0' },
  '.cm-line': { padding: '0 8px', borderLeft: '3px solid transparent' },
});

export default function CodeView(props: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const decos = useRef(new Compartment());
  const lang = useRef(new Compartment());
  const shown = useRef<{
    text: string;
    format: TemplateFormat;
    ranges: readonly ResourceRange[];
    owners: ReadonlyMap<string, string>;
    selected: ReadonlySet<string>;
  } | null>(null);
  const latest = useRef(props);
  latest.current = props;

  // One editor for the panel's life; its document is replaced when the text changes.
  useEffect(() => {
    const v = new EditorView({ parent: host.current! });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
      shown.current = null;
    };
  }, []);

  const { text, format, ranges, owners, selected, label, stack = 'main' } = props;
  useEffect(() => {
    const v = view.current!;
    const scroller = v.scrollDOM;
    scroller.setAttribute('data-testid', 'template-code');
    scroller.setAttribute('data-format', format);
    scroller.setAttribute('data-stack', stack);
    scroller.setAttribute('aria-label', label);
    scroller.classList.add('cfn-code');
    if (shown.current?.text !== text || shown.current.format !== format || shown.current.ranges !== ranges || shown.current.owners !== owners) {
      const base = EditorState.create({ doc: text });
      const state = EditorState.create({
        doc: base.doc,
        extensions: [
          EditorView.decorations.of(keyLines(base, ranges, owners)),
          EditorState.readOnly.of(true),
          theme,
          selectAll,
          syntaxHighlighting(classHighlighter),
          lang.current.of(language(format)),
          decos.current.of(EditorView.decorations.of(marks(base, latest.current))),
        ],
      });
      v.setState(state);
      shown.current = { text, format, ranges, owners, selected };
    } else if (shown.current.selected !== selected) {
      v.dispatch({ effects: decos.current.reconfigure(EditorView.decorations.of(marks(v.state, latest.current))) });
      shown.current = { ...shown.current, selected };
    }
  }, [text, format, ranges, owners, selected, label, stack]);

  // Scroll to the first resource of the selected node(s) when the selection (or the text) changes.
  useEffect(() => {
    const v = view.current!;
    if (!selected.size) return;
    const first = ranges.find((r) => selected.has(owners.get(r.logicalId) ?? ''));
    if (first && first.from <= v.state.doc.length) v.dispatch({ effects: EditorView.scrollIntoView(first.from, { y: 'start' }) });
  }, [selected, ranges, owners, text]);

  return <div ref={host} className="cfn-editor" />;
}
