/** `stackcanvas traffic FILE [--rps N] [--json]`: requests per second on every node and edge (docs/traffic-model.md). */
import { defineCommand, EXIT_OK } from '../cli';

export const trafficCommand = defineCommand({
  name: 'traffic',
  usage: 'stackcanvas traffic FILE [--rps N] [--json]',
  summary: 'requests/s on every node and edge for an entry rate of N (default 50000); docs/traffic-model.md',
  options: { rps: { type: 'string' }, json: { type: 'boolean' } },
  positionals: ['FILE'],
  async run({ values, positionals: [file] }, io) {
    const [{ computeTraffic, parseRps, trafficJson, trafficText }, { readDesignOrTemplate }] = await Promise.all([
      import('../lib/traffic'),
      import('../lib/design'),
    ]);
    const entryRps = parseRps(values.rps);
    const { design } = await readDesignOrTemplate(io.cwd, file!);
    const result = computeTraffic(design, { entryRps });
    io.stdout(values.json ? `${trafficJson(result)}\n` : trafficText(design, result));
    return EXIT_OK;
  },
});
