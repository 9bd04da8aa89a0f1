/** What the figures were measured on: printed at the top of the report. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  readonly date: string;
  readonly commit: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly pnpm: string;
  readonly chromium: string;
  readonly loadBefore: readonly number[];
  loadAfter?: readonly number[];
}

function output(cmd: string, args: string[], cwd?: string): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', cwd, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(repoRoot: string, chromiumPath: string | undefined): Machine {
  const dirty = output('git', ['status', '--porcelain', '--untracked-files=no'], repoRoot) !== '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${output('git', ['rev-parse', '--short', 'HEAD'], repoRoot)}${dirty ? ' (with uncommitted changes)' : ''}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    os: `${osType()} ${release()}`,
    node: process.version,
    pnpm: output('pnpm', ['--version']),
    chromium: chromiumPath ? output(chromiumPath, ['--version']) : 'not found',
    loadBefore: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
