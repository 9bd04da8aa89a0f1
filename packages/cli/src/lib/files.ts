/** Reading and writing the files a command names: one clear line for each way it can fail. */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeUtf8, formatByte, formatMegabytes, MAX_DESIGN_BYTES } from '@stackcanvas/core';
import { CliError } from '../cli';

/** Reads a text file for a command, refusing a missing, unreadable, oversized or non-UTF-8 file with one clear line. */
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // Strict UTF-8: a bad byte is refused with its offset, never replaced by U+FFFD; a BOM is dropped.
  const text = decodeUtf8(bytes);
  if (!text.ok) throw new CliError(`${file}: not UTF-8 text: invalid byte ${formatByte(text.byte)} at byte offset ${text.offset}`);
  return text.text;
}

/** How a failed write reads on one line. */
export function writeError(command: string, out: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(`${command}: cannot write ${out} (${code === 'ENOENT' ? 'no such directory' : (code ?? 'error')})`);
}

/**
 * Writes `text` to `path` whole or not at all: into a file beside it, then renamed. `shown` is how
 * the path is named in an error (as the user typed it).
 */
export function writeFileAtomic(command: string, path: string, text: string, shown: string = path): void {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, text, 'utf8');
    renameSync(partial, path);
  } catch (e) {
    rmSync(partial, { force: true });
    throw writeError(command, shown, e);
  }
}
