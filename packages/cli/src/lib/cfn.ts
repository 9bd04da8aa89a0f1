/** The CloudFormation export of the `export` command (loads the emitters and the YAML writer). */
import { rmSync } from 'node:fs';
import { extname } from 'node:path';
import { templateLimits, type Design, type Diagnostic } from '@stackcanvas/core';
import { CfnExportError, cfnTemplateText, exportStacks } from '@stackcanvas/core/cfn';
import { CliError, EXIT_DESIGN_ERRORS } from '../cli';
import { writeFileAtomic } from './files';

/** `web.template.yaml` → `web.template.us-east-1.yaml`: where the companion us-east-1 stack goes, beside the main one. */
export function companionPath(out: string): string {
  const ext = extname(out);
  return ext ? `${out.slice(0, -ext.length)}.us-east-1${ext}` : `${out}.us-east-1`;
}

/**
 * Writes the CloudFormation template of `design` to `out` as YAML (short-form tags) or JSON and,
 * when the design has resources that only exist in us-east-1 (a web ACL for CloudFront), the
 * companion stack beside it (`companionPath`). Returns the paths written, main stack first. Each
 * file appears whole or not at all (written beside, then renamed); when the second write fails the
 * first is removed. A design the emitters cannot express (e.g. a distribution without an origin)
 * exits 1 with no file.
 */
export function exportCfn(
  design: Design,
  format: 'yaml' | 'json',
  out: string,
  /** Each template against CloudFormation's quotas (`templateLimits`): warnings, the files are still written. */
  warn: (d: Diagnostic, path: string) => void = () => undefined,
  options: { readonly skipResources?: boolean } = {},
): string[] {
  const files: [string, string][] = [];
  try {
    const stacks = exportStacks(design);
    const main = cfnTemplateText(stacks.main.template, format);
    files.push([out, main]);
    for (const d of templateLimits(stacks.main.template, main, options)) warn(d, out);
    if (stacks.usEast1) {
      const text = cfnTemplateText(stacks.usEast1.template, format);
      files.push([companionPath(out), text]);
      for (const d of templateLimits(stacks.usEast1.template, text)) warn(d, companionPath(out));
    }
  } catch (e) {
    if (e instanceof CfnExportError) throw new CliError(`export: ${e.message}`, EXIT_DESIGN_ERRORS);
    throw e;
  }
  const written: string[] = [];
  for (const [path, text] of files) {
    try {
      writeFileAtomic('export', path, text);
    } catch (e) {
      for (const w of written) rmSync(w, { force: true });
      throw e;
    }
    written.push(path);
  }
  return written;
}
