/**
 * `virtual:stackcanvas/kind-icons`: the AWS Architecture Icon of every registered kind, imported
 * from `aws-icons` as URLs. Generated from the catalog at build time, so a new kind's icon needs no
 * app edit.
 *
 * The icons (the kinds' and the diagram's group icons) stay SVG files beside the scripts instead
 * of data URLs inlined into them, so they are not part of the first load's JavaScript; the page
 * preloads each one (`<link rel="preload" as="image">` in `index.html`), so they are in before the
 * canvas first draws. Image export reads them back and embeds them (`canvas/exportImage.ts`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:stackcanvas/kind-icons';
const RESOLVED = `\0${ID}`;

/** An icon of `aws-icons` (the only SVGs the app draws as images). */
const isIcon = (file: string) => /[\\/]aws-icons[\\/]icons[\\/].*\.svg$/.test(file);

export function kindIcons(): Plugin {
  return {
    name: 'stackcanvas-kind-icons',
    config: () => ({ build: { assetsInlineLimit: (file: string) => (isIcon(file) ? false : undefined) } }),
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return undefined; // the dev server serves the files as they are
        return Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.originalFileNames.some(isIcon))
          .map((a) => a.fileName)
          .sort()
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'image', type: 'image/svg+xml', href: `./${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
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
