/**
 * `virtual:stackcanvas/reference-design` and `virtual:stackcanvas/examples`: core's bundled
 * examples (`REFERENCE_DESIGN`, `EXAMPLES`) as core's `parseDesign` reads them, worked out at build
 * time and written as literals, so the first load carries the reference design without the design
 * parser (zod). The dev server and Vitest re-export core's own values (an edited example shows at
 * once); `examples.test.ts` checks the literals against core.
 */
import type { Plugin } from 'vite';

const IDS = ['virtual:stackcanvas/reference-design', 'virtual:stackcanvas/examples'] as const;

export function bundledExamples(): Plugin {
  let dev = false;
  return {
    name: 'stackcanvas-examples',
    // The dev server and the unit tests take core's own objects (the tests mix them with core's).
    configResolved: (config) => void (dev = config.command === 'serve'),
    resolveId: (id) => ((IDS as readonly string[]).includes(id) ? `\0${id}` : undefined),
    async load(id) {
      const which = IDS.find((x) => id === `\0${x}`);
      if (!which) return undefined;
      const name = which === IDS[0] ? 'REFERENCE_DESIGN' : 'EXAMPLES';
      if (dev) return `export { ${name} } from '@stackcanvas/core';`;
      const { tsImport } = await import('tsx/esm/api');
      const core = (await tsImport('../../packages/core/src/examples.ts', import.meta.url)) as typeof import('../../packages/core/src/examples');
      return `export const ${name} = ${JSON.stringify(core[name])};`;
    },
  };
}
