/**
 * Reading the file a command names as a design: a design file as it is, or a CloudFormation
 * template (YAML or JSON) imported on the fly, so that `validate`, `export`, `link` and `traffic`
 * run on an existing template too (e.g. next to cfn-lint in CI). The importer is loaded only
 * when the file is a template.
 */
import { exportReadiness, parseDesign, parseJsonStrict, summarizeErrors, validate as validateRules, type Design, type Diagnostic } from '@stackcanvas/core';
import { CliError } from '../cli';
import { readTextFile } from './files';

/**
 * The rules, then what the export knows before it runs (`exportReadiness`: an empty design is an
 * error, a design sure to pass CloudFormation's 500 resources a warning), so `validate` and
 * `export` agree on every design.
 */
export function validate(design: Design): Diagnostic[] {
  return [...validateRules(design), ...exportReadiness(design)];
}

/** A design file's JSON, or undefined when the text is not one (a template, YAML, …). */
function designJson(text: string): unknown {
  const start = text.trimStart();
  if (!start.startsWith('{')) return undefined;
  // Strict JSON (a repeated key is not this; the importer then says what is wrong with the file).
  const json = parseJsonStrict(text);
  if (!json.ok) return undefined;
  const value = json.value;
  return value && typeof value === 'object' && (value as Record<string, unknown>)['format'] === 'stackcanvas.design' ? value : undefined;
}

/** Reads and parses a design file; any problem is one line naming the file, the JSON path and what was expected. */
export function readDesignFile(cwd: string, file: string): Design {
  const result = parseDesign(readTextFile(cwd, file));
  if (!result.ok) throw new CliError(`${file}: ${summarizeErrors(result.errors)}`);
  return result.design;
}

export interface ReadDesign {
  readonly design: Design;
  /** The file was a CloudFormation template, imported without loss. */
  readonly template: boolean;
  readonly warnings: readonly string[];
}

/** A design file, or a template imported as a design; one line naming the file on any problem. */
export async function readDesignOrTemplate(cwd: string, file: string): Promise<ReadDesign> {
  // Design files and templates have the same 5 MB limit.
  const text = readTextFile(cwd, file);
  const json = designJson(text);
  if (json !== undefined) {
    const result = parseDesign(json);
    if (!result.ok) throw new CliError(`${file}: ${summarizeErrors(result.errors)}`);
    return { design: result.design, template: false, warnings: [] };
  }
  const { importText } = await import('./importer');
  const result = importText(text, { name: file.replace(/^.*[\\/]/, '').replace(/\.(template\.)?(ya?ml|json)$/i, '') || 'imported' });
  if (!result.ok) throw new CliError(`${file}: ${result.error.message}`);
  return { design: result.design, template: result.kind === 'template', warnings: result.warnings };
}

/** The diagnostics of severity error, in the order `validate` gives, and what the export warns about before it runs. */
export function designErrors(design: Design): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors = validate(design).filter((d) => d.severity === 'error');
  return { errors, warnings: errors.length ? [] : exportReadiness(design).filter((d) => d.severity === 'warning') };
}
