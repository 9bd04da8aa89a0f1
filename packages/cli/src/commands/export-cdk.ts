import type { Design } from '@stackcanvas/core';
import { CliError } from '../cli';

/** Writes a ready CDK app for `design` into the directory `out` (issue 6). */
export function exportCdk(_design: Design, _out: string): void {
  throw new CliError('export --to cdk is not available yet');
}
