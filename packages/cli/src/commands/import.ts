import { basename, extname, resolve } from 'node:path';
import { CliError, defineCommand, EXIT_OK } from '../cli';

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

export const importCommand = defineCommand({
  name: 'import',
  usage: 'stackcanvas import TEMPLATE --out FILE',
  summary: 'turn a CloudFormation template (YAML or JSON) into a design, without loss; prints the resources each component holds',
  options: { out: { type: 'string' } },
  positionals: ['TEMPLATE'],
  async run({ values: { out }, positionals: [file] }, io) {
    if (!out) throw new CliError('import: --out FILE is required');
    const [{ readTextFile, writeFileAtomic }, { importAndLayout, isGeneric, MAX_IMPORT_BYTES, serializeDesign }] = await Promise.all([
      import('../lib/files'),
      import('../lib/importer'),
    ]);
    const text = readTextFile(io.cwd, file!, MAX_IMPORT_BYTES);
    const result = await importAndLayout(text, { name: nameFromFile(file!) });
    if (!result.ok) throw new CliError(`${file}: ${result.error.message}`);
    writeFileAtomic('import', resolve(io.cwd, out), serializeDesign(result.design), out);
    const generic = result.design.nodes.filter((n) => isGeneric(n.kind)).length;
    io.stdout(
      `wrote ${out}: ${count(result.design.nodes.length - generic, 'component')}, ${count(generic, 'generic resource')}, ${count(result.design.edges.length, 'connection')}\n`,
    );
    // What each component holds: the template's resources, kept as they are and written back with only the edits made.
    for (const n of result.design.nodes) {
      if (n.imported) io.stdout(`  ${n.label ?? n.id} (${n.kind}): ${n.imported.resources.join(', ')}\n`);
    }
    const generics = result.design.nodes.filter((n) => isGeneric(n.kind)).map((n) => String(n.props['logicalId'] ?? n.id));
    if (generics.length) io.stdout(`  kept as generic resources: ${generics.join(', ')}\n`);
    const shared = Object.keys(result.design.resources ?? {}).filter((id) => !result.design.nodes.some((n) => n.imported?.resources.includes(id)));
    if (shared.length) io.stdout(`  shared (the network, kept as it is): ${shared.join(', ')}\n`);
    for (const w of result.warnings) io.stdout(`note: ${w}\n`);
    return EXIT_OK;
  },
});
