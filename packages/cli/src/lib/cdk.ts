/** The CDK export of the `export` command (loads the CDK generator). */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Design } from '@stackcanvas/core';
import { toCdkProject } from '@stackcanvas/core/cdk';
import { CliError } from '../cli';
import { writeError } from './files';

/**
 * Writes a ready CDK app for `design` into the directory `out` (`npm install && npx cdk synth`
 * works in it). The directory appears whole or not at all: the files are written into a sibling
 * folder that is then renamed. An existing file, or a directory that is not empty, is never
 * overwritten.
 */
export function exportCdk(design: Design, out: string): void {
  if (existsSync(out)) {
    const stat = statSync(out);
    if (!stat.isDirectory()) throw new CliError(`export: ${out} exists and is not a directory; choose a new directory for the CDK app`);
    if (readdirSync(out).length > 0) throw new CliError(`export: ${out} is not empty; choose a new or empty directory for the CDK app`);
  }
  const project = toCdkProject(design);
  const partial = join(dirname(out), `.${basename(out)}.${process.pid}.partial`);
  try {
    rmSync(partial, { recursive: true, force: true });
    for (const [path, text] of Object.entries(project.files)) {
      const file = join(partial, ...path.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text, 'utf8');
    }
    // An empty directory given as --out is replaced (rmdir refuses anything else).
    if (existsSync(out)) rmdirSync(out);
    renameSync(partial, out);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    if (e instanceof CliError) throw e;
    throw writeError('export', out, e);
  }
}
