import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { importAndLayout, isGeneric, MAX_IMPORT_BYTES, serializeDesign } from '@stackcanvas/core';
import { CliError, EXIT_OK, type Command } from '../cli';
import { readTextFile } from '../io';

/** `web.template.yaml` → `web`: the design's name from the file name. */
function nameFromFile(file: string): string {
  let stem = basename(file);
  for (;;) {
    const ext = extname(stem);
    if (!ext || !/^\.(ya?ml|json|template|stackcanvas)$/i.test(ext)) break;
    stem = stem.slice(0, -ext.length);
  }
  return stem.trim().slice(0, 100) || 'imported';
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export const importCommand: Command = {
  name: 'import',
  usage: 'stackcanvas import TEMPLATE --out FILE',
  summary: 'turn a CloudFormation template (YAML or JSON) into a design; prints what was folded or kept as generic resources',
  flags: { out: true },
  minArgs: 1,
  maxArgs: 1,
  async run(args, io) {
    const file = args.positional[0]!;
    const out = args.flags['out'];
    if (typeof out !== 'string' || !out) throw new CliError('import: --out FILE is required');
    const text = readTextFile(io.cwd, file, MAX_IMPORT_BYTES);
    const result = await importAndLayout(text, { name: nameFromFile(file) });
    if (!result.ok) throw new CliError(`${file}: ${result.error.message}`);
    const path = resolve(io.cwd, out);
    const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    try {
      writeFileSync(partial, serializeDesign(result.design), 'utf8');
      renameSync(partial, path);
    } catch (e) {
      rmSync(partial, { force: true });
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(`import: cannot write ${out} (${code === 'ENOENT' ? 'no such directory' : (code ?? 'error')})`);
    }
    const generic = result.design.nodes.filter((n) => isGeneric(n.kind)).length;
    io.stdout(
      `wrote ${out}: ${count(result.design.nodes.length - generic, 'component')}, ${count(generic, 'generic resource')}, ${count(result.design.edges.length, 'connection')}\n`,
    );
    for (const w of result.warnings) io.stdout(`note: ${w}\n`);
    return EXIT_OK;
  },
};
