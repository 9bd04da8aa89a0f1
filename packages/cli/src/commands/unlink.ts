import { decodeShareLink, serializeDesign } from '@stackcanvas/core';
import { CliError, EXIT_OK, type Command } from '../cli';

export const unlinkCommand: Command = {
  name: 'unlink',
  usage: 'stackcanvas unlink URL',
  summary: 'print the design (*.stackcanvas.json) a share URL carries',
  flags: {},
  minArgs: 1,
  maxArgs: 1,
  run(args, io) {
    const result = decodeShareLink(args.positional[0]!);
    if (!result.ok) throw new CliError(`unlink: ${result.error.message}`);
    io.stdout(serializeDesign(result.design));
    return EXIT_OK;
  },
};
