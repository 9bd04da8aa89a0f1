/** How a component is named on screen and in messages: its label, else its kind's name. */
import { catalog, type DesignNode, type I18n, type Locale } from '@stackcanvas/core';

/** The node's name in `locale`: its label, else the catalog name of its kind. */
export function nodeLabel(node: DesignNode, locale: Locale): string {
  return node.label ?? catalog[node.kind].name[locale];
}

/** The node's name as a message parameter: the label as it is, else the kind's name in each language. */
export function labelParam(node: DesignNode): string | I18n {
  return node.label ?? catalog[node.kind].name;
}

/** Per node list: the kind's name of each node that has no label, by id. */
const unlabeled = new WeakMap<readonly DesignNode[], ReadonlyMap<string, I18n>>();
function unlabeledNames(nodes: readonly DesignNode[]): ReadonlyMap<string, I18n> {
  let names = unlabeled.get(nodes);
  if (!names) {
    const m = new Map<string, I18n>();
    for (const n of nodes) if (n.label === undefined) m.set(n.id, catalog[n.kind].name);
    unlabeled.set(nodes, (names = m));
  }
  return names;
}

/**
 * A text of core that names components quoted (rule messages: `“querycache”이(가)…`) as the canvas
 * names them: a quoted id of a node without a label becomes its kind's name in `locale`
 * (`“ElastiCache”`), as `nodeLabel` shows it. Run before the particles are settled, so they fit
 * the name shown.
 */
export function withLabels(text: string, nodes: readonly DesignNode[], locale: Locale): string {
  const names = unlabeledNames(nodes);
  if (!names.size) return text;
  return text.replace(/“([^”]*)”/g, (whole, id: string) => {
    const name = names.get(id);
    return name ? `“${name[locale]}”` : whole;
  });
}
