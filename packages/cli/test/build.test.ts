import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers';

const cliDir = join(repoRoot, 'packages/cli');
const check = () => spawnSync(process.execPath, [join(cliDir, 'build.mjs'), '--check'], { encoding: 'utf8' });

describe('the built CLI', () => {
  it('pnpm stackcanvas and the bin run the compiled bundle, not TypeScript', () => {
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const cli = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(root.scripts['stackcanvas']).toBe('node packages/cli/dist/stackcanvas.mjs');
    expect(cli.bin['stackcanvas']).toBe('./dist/stackcanvas.mjs');
    const bundle = readFileSync(join(cliDir, 'dist/stackcanvas.mjs'), 'utf8');
    expect(bundle.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // The entry holds the command list only: the core is in chunks that commands import when they run.
    expect(bundle.length).toBeLessThan(20_000);
    expect(bundle).not.toMatch(/AWSTemplateFormatVersion|js-yaml|zod/);
  });

  it('the bin runs from any directory, with paths relative to that directory', () => {
    const r = spawnSync(join(cliDir, 'dist/stackcanvas.mjs'), ['validate', 'web-caching.stackcanvas.json', '--json'], {
      cwd: join(repoRoot, 'examples'),
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: '/nonexistent', npm_lifecycle_event: 'other' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('diagnostics');
  });

  it('pnpm stackcanvas takes paths relative to where pnpm was called', () => {
    const r = runCli(['validate', 'web-caching.stackcanvas.json'], join(repoRoot, 'examples'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an edit to the core makes the bundle stale (the tests then rebuild it)', () => {
    expect(check().status).toBe(0);
    const source = join(repoRoot, 'packages/core/src/rules/helpers.ts');
    const before = statSync(source);
    const built = statSync(join(cliDir, 'dist/stackcanvas.mjs')).mtime;
    try {
      utimesSync(source, before.atime, new Date(built.getTime() + 1000));
      const r = check();
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/stale/);
    } finally {
      utimesSync(source, before.atime, before.mtime);
    }
    expect(check().status).toBe(0);
  });
});
