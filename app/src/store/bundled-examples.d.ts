declare module 'virtual:stackcanvas/reference-design' {
  import type { Design } from '@stackcanvas/core';
  /** Core's `REFERENCE_DESIGN`, written out at build time (`app/build/examples.ts`). */
  export const REFERENCE_DESIGN: Design;
}

declare module 'virtual:stackcanvas/examples' {
  import type { Example } from '@stackcanvas/core';
  /** Core's `EXAMPLES`, written out at build time (`app/build/examples.ts`). */
  export const EXAMPLES: readonly Example[];
}
