import { resolve } from 'node:path';
import { CliError, defineCommand, EXIT_DESIGN_ERRORS, EXIT_OK } from '../cli';

const TARGETS = ['cfn-yaml', 'cfn-json', 'cdk'] as const;

export const exportCommand = defineCommand({
  name: 'export',
  usage: 'stackcanvas export FILE --to cfn-yaml|cfn-json|cdk --out PATH',
  summary:
    'write a CloudFormation template (and, when the design needs one, its us-east-1 companion stack beside it: <stem>.us-east-1.<ext>), or a CDK app directory; exit 1 and no output when the design has errors',
  options: { to: { type: 'string' }, out: { type: 'string' } },
  positionals: ['FILE'],
  async run({ values: { to, out }, positionals: [file] }, io) {
    if (to === undefined || !(TARGETS as readonly string[]).includes(to)) throw new CliError(`export: --to must be one of ${TARGETS.join(', ')}`);
    if (out === undefined) throw new CliError('export: --out PATH is required');
    // The writer loads while the design is read and checked.
    const writer = to === 'cdk' ? import('../lib/cdk') : import('../lib/cfn');
    writer.catch(() => undefined); // awaited below; an early return must not leave it unhandled
    const { readDesignOrTemplate, designErrors } = await import('../lib/design');
    const design = (await readDesignOrTemplate(io.cwd, file!)).design;
    const { errors, warnings } = designErrors(design);
    if (errors.length) {
      for (const d of errors) io.stderr(`error   ${d.rule}  ${d.message.en}\n`);
      return EXIT_DESIGN_ERRORS;
    }
    // CloudFormation's quotas, known before generating (a warning: the export still runs).
    for (const d of warnings) io.stderr(`warning ${d.rule}  ${d.message.en}\n`);
    const path = resolve(io.cwd, out);
    const lib = await writer;
    if ('exportCdk' in lib) {
      lib.exportCdk(design, path);
      io.stdout(`wrote ${out}\n`);
      return EXIT_OK;
    }
    // The main stack at PATH, and its us-east-1 companion beside it when the design needs one.
    const written = lib.exportCfn(
      design,
      to === 'cfn-yaml' ? 'yaml' : 'json',
      path,
      (d, at) => io.stderr(`warning ${d.rule}  ${at === path ? out : lib.companionPath(out)}: ${d.message.en}\n`),
      { skipResources: warnings.some((d) => d.rule === 'SC-X024') },
    );
    io.stdout(`wrote ${out}\n`);
    if (written.length > 1) io.stdout(`wrote ${lib.companionPath(out)}\n`);
    return EXIT_OK;
  },
});
