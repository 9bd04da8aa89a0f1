import { CliError, defineCommand, EXIT_OK } from '../cli';

export const unlinkCommand = defineCommand({
  name: 'unlink',
  usage: 'stackcanvas unlink URL',
  summary: 'print the design (*.stackcanvas.json) a share URL carries',
  options: {},
  positionals: ['URL'],
  async run({ positionals: [url] }, io) {
    const { decodeShareLink, serializeDesign } = await import('../lib/share');
    const result = decodeShareLink(url!);
    if (!result.ok) throw new CliError(`unlink: ${result.error.message}`);
    io.stdout(serializeDesign(result.design));
    return EXIT_OK;
  },
});
