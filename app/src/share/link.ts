/**
 * Reading a share link (`#d=1.<payload>`) at start-up. Owned by the share-link work (issue 7);
 * until then no link is recognised.
 */
import type { Design } from '@stackcanvas/core';

export type LinkResult = { readonly design: Design } | { readonly error: string } | null;

/** The design a share URL carries, a message saying why it is refused, or null when there is no link. */
export function readShareLink(_hash: string): LinkResult {
  return null;
}
