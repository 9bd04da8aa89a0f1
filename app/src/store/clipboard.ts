/**
 * The system clipboard as a second source for paste (copy in one tab, paste in another).
 * Best effort: browsers may refuse clipboard access; the in-app clipboard always works.
 * What is read back is decoded by core's `parseDesign`, like any file from outside (the parser
 * is fetched at the first paste: it is not part of the first load).
 */
import { DESIGN_FORMAT, DESIGN_VERSION, serializeDesign, type Fragment } from '@stackcanvas/core';

const MARKER = 'stackcanvas.clipboard';

export function writeSystemClipboard(fragment: Fragment): void {
  const text = serializeDesign({ format: DESIGN_FORMAT, version: DESIGN_VERSION, name: MARKER, nodes: fragment.nodes, edges: fragment.edges });
  void globalThis.navigator?.clipboard?.writeText(text).catch(() => undefined);
}

/** The fragment on the system clipboard, or null (not ours, unreadable, or access refused). */
export async function readSystemClipboard(): Promise<Fragment | null> {
  try {
    const text = await globalThis.navigator?.clipboard?.readText();
    if (!text || !text.includes(MARKER)) return null;
    const { parseDesign } = await import('@stackcanvas/core/parse');
    const parsed = parseDesign(text);
    return parsed.ok && parsed.design.name === MARKER ? { nodes: parsed.design.nodes, edges: parsed.design.edges } : null;
  } catch {
    return null;
  }
}
