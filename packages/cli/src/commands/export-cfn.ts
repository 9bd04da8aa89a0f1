import type { Design } from '@stackcanvas/core';
import { CliError } from '../cli';

/** Writes the CloudFormation template of `design` to `out` (issue 5). */
export function exportCfn(_design: Design, _format: 'yaml' | 'json', _out: string): void {
  throw new CliError('export --to cfn-yaml|cfn-json is not available yet');
}
