declare module 'virtual:stackcanvas/reference-diagnostics' {
  import type { Diagnostic } from '@stackcanvas/core';
  /** `validate(REFERENCE_DESIGN)` as worked out at build time; null on the dev server. */
  export const REFERENCE_DIAGNOSTICS: readonly Diagnostic[] | null;
}
