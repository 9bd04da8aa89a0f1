/** Reading a design file and checking it: the parser and the rules, loaded by the commands that need them. */
import { parseDesign, summarizeErrors, validate, type Design, type Diagnostic } from '@stackcanvas/core';
import { CliError } from '../cli';
import { readTextFile } from './files';

export { validate };

/** Reads and parses a design file; any problem is one line naming the file, the JSON path and what was expected. */
export function readDesignFile(cwd: string, file: string): Design {
  const result = parseDesign(readTextFile(cwd, file));
  if (!result.ok) throw new CliError(`${file}: ${summarizeErrors(result.errors)}`);
  return result.design;
}

/** The diagnostics of severity error, in the order `validate` gives. */
export function designErrors(design: Design): Diagnostic[] {
  return validate(design).filter((d) => d.severity === 'error');
}
