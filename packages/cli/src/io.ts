import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatMegabytes, MAX_DESIGN_BYTES, parseDesign, summarizeErrors, type Design } from '@stackcanvas/core';
import { CliError } from './cli';

/** Reads a text file for a command, refusing a missing, unreadable or oversized file with one clear line. */
export function readTextFile(cwd: string, file: string, limit = MAX_DESIGN_BYTES): string {
  const path = resolve(cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new CliError(`${file}: not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`);
  }
  if (size > limit) throw new CliError(`${file}: the file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(limit)}`);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Reads and parses a design file; any problem is one line naming the file, the JSON path and what was expected. */
export function readDesignFile(cwd: string, file: string): Design {
  const result = parseDesign(readTextFile(cwd, file));
  if (!result.ok) throw new CliError(`${file}: ${summarizeErrors(result.errors)}`);
  return result.design;
}
