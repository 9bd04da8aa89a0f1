#!/usr/bin/env node
/**
 * Builds the CLI: `src/main.ts` and everything it imports (the core included) bundled by esbuild
 * into `dist/stackcanvas.mjs`, with what the commands import lazily split into `dist/chunks/`, so
 * a run loads compiled JavaScript only and `--help` loads almost nothing.
 *
 *   node packages/cli/build.mjs             build (the root `prepare` does this on `pnpm install`)
 *   node packages/cli/build.mjs --if-stale  build only when a source is newer than the bundle
 *                                           (the CLI tests call this, so they never run a stale bundle)
 *   node packages/cli/build.mjs --check     exit 1 when the bundle is stale, 0 when it is current
 *
 * The new bundle replaces the old one whole (built beside it, then renamed), and concurrent
 * builds (test files starting in parallel) wait for each other through a lock directory.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = join(here, 'dist');
const entry = join(dist, 'stackcanvas.mjs');
const meta = join(dist, 'meta.json');
const lock = join(here, '.dist.lock');

/** Files that change the bundle besides its inputs: this script and the package manifests. */
const CONFIG_FILES = [fileURLToPath(import.meta.url), join(here, 'package.json'), join(root, 'packages/core/package.json'), join(root, 'pnpm-lock.yaml')];

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // a missing input (a file removed or renamed) means: rebuild
  }
}

/** Whether any input of the last build, or the build configuration, is newer than the bundle. */
export function isStale() {
  if (!existsSync(entry) || !existsSync(meta)) return true;
  const built = mtime(entry);
  let inputs;
  try {
    inputs = Object.keys(JSON.parse(readFileSync(meta, 'utf8')).inputs);
  } catch {
    return true;
  }
  return [...CONFIG_FILES, ...inputs.map((p) => resolve(root, p))].some((p) => mtime(p) > built);
}

async function buildInto(outdir) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { stackcanvas: join(here, 'src/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // CommonJS dependencies (elkjs) may call require(); give the ES module bundle a real one.
    banner: { js: "import { createRequire as __stackcanvasRequire } from 'node:module'; const require = __stackcanvasRequire(import.meta.url);" },
  });
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `fn` holding the lock directory; a lock older than a minute is a crashed build's and is taken over. */
async function withLock(fn) {
  for (let waited = 0; ; waited += 50) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() - mtime(lock) > 60_000) rmSync(lock, { recursive: true, force: true });
      else sleep(50);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function buildCli({ ifStale = false } = {}) {
  return withLock(async () => {
    if (ifStale && !isStale()) return false;
    const next = `${dist}.next-${process.pid}`;
    const old = `${dist}.old-${process.pid}`;
    rmSync(next, { recursive: true, force: true });
    await buildInto(next);
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(next, dist);
    rmSync(old, { recursive: true, force: true });
    return true;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  const stale = isStale();
  console.log(stale ? 'stale: a source is newer than packages/cli/dist/stackcanvas.mjs' : 'current');
  process.exitCode = stale ? 1 : 0;
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  buildCli({ ifStale: process.argv.includes('--if-stale') }).then(
    (built) => {
      if (built && !process.argv.includes('--quiet')) {
        console.log(`built packages/cli/dist/stackcanvas.mjs in ${Math.round(performance.now() - started)} ms`);
      }
    },
    (e) => {
      console.error(`packages/cli/build.mjs: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
