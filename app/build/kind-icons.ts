/**
 * `virtual:stackcanvas/kind-icons`: the AWS Architecture Icon of every registered kind, imported
 * from `aws-icons` as URLs (small SVGs are inlined by Vite as data URLs, so image export stays
 * self-contained). Generated from the catalog at build time, so a new kind's icon needs no app edit.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:stackcanvas/kind-icons';
const RESOLVED = `\0${ID}`;

export function kindIcons(): Plugin {
  return {
    name: 'stackcanvas-kind-icons',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // The catalog is TypeScript: tsx loads it here (the config itself stays small and unbundled).
      const { tsImport } = await import('tsx/esm/api');
      const core = (await tsImport('../../packages/core/src/catalog/index.ts', import.meta.url)) as typeof import('../../packages/core/src/catalog/index');
      const icons = [...new Set(core.ALL_KINDS.map((k) => core.catalog[k].icon))].sort();
      // Absolute paths: a virtual module has no directory to resolve `aws-icons` from.
      const root = dirname(createRequire(join(import.meta.dirname, '../package.json')).resolve('aws-icons/package.json'));
      return [
        ...icons.map((icon, i) => `import i${i} from ${JSON.stringify(`${join(root, 'icons', `${icon}.svg`)}?url`)};`),
        `export const KIND_ICONS = {`,
        ...icons.map((icon, i) => `  ${JSON.stringify(icon)}: i${i},`),
        `};`,
      ].join('\n');
    },
  };
}
