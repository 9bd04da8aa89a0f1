/**
 * The core as it ships, for the in-process figures: the functions bundled and minified by esbuild
 * as the CLI's bundle is (packages/cli/build.mjs), rather than the sources run through tsx, whose
 * transform wraps every function in a `__name` helper (keepNames) that no shipped build has.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Entry from './shipped-core-entry';

const here = dirname(fileURLToPath(import.meta.url));

export type ShippedCore = typeof Entry;

export async function loadShippedCore(): Promise<ShippedCore> {
  const outDir = join(here, '..', 'node_modules', '.cache', 'stackcanvas-bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `core-${process.pid}.mjs`);
  await build({
    entryPoints: [join(here, 'shipped-core-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href)) as ShippedCore;
}
