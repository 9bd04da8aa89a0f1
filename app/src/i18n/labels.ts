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
