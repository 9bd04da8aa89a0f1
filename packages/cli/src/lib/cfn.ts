/** The CloudFormation export of the `export` command (loads the emitters and the YAML writer). */
import { type Design } from '@stackcanvas/core';
import { CfnExportError, toCfnJson, toCfnYaml } from '@stackcanvas/core/cfn';
import { CliError, EXIT_DESIGN_ERRORS } from '../cli';
import { writeFileAtomic } from './files';

/**
 * Writes the CloudFormation template of `design` to `out` as YAML (short-form tags) or JSON.
 * The file appears whole or not at all (written beside, then renamed). A design the emitters
 * cannot express (e.g. a distribution without an origin) exits 1 with no file.
 */
export function exportCfn(design: Design, format: 'yaml' | 'json', out: string): void {
  let text: string;
  try {
    text = format === 'yaml' ? toCfnYaml(design) : toCfnJson(design);
  } catch (e) {
    if (e instanceof CfnExportError) throw new CliError(`export: ${e.message}`, EXIT_DESIGN_ERRORS);
    throw e;
  }
  writeFileAtomic('export', out, text);
}
