import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '../../..');

/**
 * The tests run the built CLI (`packages/cli/dist/stackcanvas.mjs`), as users do. `pnpm test`
 * builds it first; this rebuilds it when any source (the core included) is newer than the bundle,
 * so running one test file after an edit never tests a stale bundle.
 */
const build = spawnSync(process.execPath, [join(repoRoot, 'packages/cli/build.mjs'), '--if-stale', '--quiet'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`building the CLI failed: ${build.stderr || build.stdout}`);

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI exactly as the contract says: `pnpm --silent stackcanvas <args>` from the repo root. */
export function runCli(args: readonly string[], cwd = repoRoot): RunResult {
  const r = spawnSync('pnpm', ['--silent', 'stackcanvas', ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'stackcanvas-cli-'));
}
