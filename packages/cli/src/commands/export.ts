import { resolve } from 'node:path';
import { validate } from '@stackcanvas/core';
import { CliError, EXIT_DESIGN_ERRORS, EXIT_OK, type Command } from '../cli';
import { readDesignFile } from '../io';
import { exportCdk } from './export-cdk';
import { companionPath, exportCfn } from './export-cfn';

const TARGETS = ['cfn-yaml', 'cfn-json', 'cdk'] as const;

export const exportCommand: Command = {
  name: 'export',
  usage: 'stackcanvas export FILE --to cfn-yaml|cfn-json|cdk --out PATH',
  summary:
    'write a CloudFormation template (and, when the design needs one, its us-east-1 companion stack beside it: <stem>.us-east-1.<ext>), or a CDK app directory; exit 1 and no output when the design has errors',
  flags: { to: true, out: true },
  minArgs: 1,
  maxArgs: 1,
  run(args, io) {
    const to = args.flags['to'];
    const out = args.flags['out'];
    if (typeof to !== 'string' || !(TARGETS as readonly string[]).includes(to)) {
      throw new CliError(`export: --to must be one of ${TARGETS.join(', ')}`);
    }
    if (typeof out !== 'string') throw new CliError('export: --out PATH is required');
    const design = readDesignFile(io.cwd, args.positional[0]!);
    const errors = validate(design).filter((d) => d.severity === 'error');
    if (errors.length) {
      for (const d of errors) io.stderr(`error   ${d.rule}  ${d.message.en}\n`);
      return EXIT_DESIGN_ERRORS;
    }
    const path = resolve(io.cwd, out);
    if (to === 'cdk') {
      exportCdk(design, path);
      io.stdout(`wrote ${out}\n`);
      return EXIT_OK;
    }
    // The main stack at PATH, and its us-east-1 companion beside it when the design needs one.
    const written = exportCfn(design, to === 'cfn-yaml' ? 'yaml' : 'json', path);
    io.stdout(`wrote ${out}\n`);
    if (written.length > 1) io.stdout(`wrote ${companionPath(out)}\n`);
    return EXIT_OK;
  },
};
