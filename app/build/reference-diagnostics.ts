/**
 * `virtual:stackcanvas/reference-diagnostics`: the diagnostics of the reference architecture (the
 * design a first visit opens), worked out at build time by core's own `validate`. The app draws
 * them at once and loads the rules only when another design is open or this one changes
 * (`app/src/diagnostics/memo.ts`), so the rules are not part of the first load.
 */
import type { Plugin } from 'vite';

const ID = 'virtual:stackcanvas/reference-diagnostics';
const RESOLVED = `\0${ID}`;

export function referenceDiagnostics(): Plugin {
  let dev = false;
  return {
    name: 'stackcanvas-reference-diagnostics',
    // The dev server would keep a result from its start while the rules are edited: there the app
    // loads the rules at start-up instead (null). Builds and the unit tests get the result.
    configResolved: (config) => void (dev = config.command === 'serve' && !process.env['VITEST']),
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (dev) return 'export const REFERENCE_DIAGNOSTICS = null;';
      const { tsImport } = await import('tsx/esm/api');
      const core = (await tsImport('../../packages/core/src/index.ts', import.meta.url)) as typeof import('../../packages/core/src/index');
      return `export const REFERENCE_DIAGNOSTICS = ${JSON.stringify(core.validate(core.REFERENCE_DESIGN))};`;
    },
  };
}
